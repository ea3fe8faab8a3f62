// Who or what a deed is for, to name it in lists (the results card, the teacher's page).
import { deedModule } from './deeds/deed-registry';
import type { DeedDef } from './deeds/deed-defs';
import type { LocalText } from './level-schema-parts';
import type { Level } from './sim-types';

/** The name of the person a deed helps, or else of the place it happens at. */
export function deedTargetName(level: Level, deed: DeedDef): LocalText | null {
  const module = deedModule(deed);
  const personId = module.person(deed);
  const person = personId ? level.people.find((p) => p.id === personId) : undefined;
  if (person) return person.name;
  const refs = module.refs(deed);
  const placeIds = [...refs.places, ...refs.peopleOrPlaces].map((r) => r.id);
  return level.places.find((p) => placeIds.includes(p.id))?.name ?? null;
}
