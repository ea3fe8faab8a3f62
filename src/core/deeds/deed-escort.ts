// escort: walk someone to a place; they follow the player step by step (helping an elder
// across the street on the crosswalk).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const escortSchema = z
  .strictObject({
    kind: z.literal('escort').describe('Walk a person to a place.'),
    ...deedBaseShape,
    person: idSchema.describe('The id of the person to walk with (from "people").'),
    to: idSchema.describe('The id of the place to bring them to (from "places").'),
  })
  .describe(
    'escort: the player talks to the person, who then follows; the deed is done when they stand in the place.',
  );

export type EscortDeed = z.infer<typeof escortSchema>;

export const escortDeed: DeedModule<EscortDeed> = {
  kind: 'escort',
  refs: (d) => ({
    people: [{ field: 'person', id: d.person }],
    items: [],
    places: [{ field: 'to', id: d.to }],
    peopleOrPlaces: [],
  }),
  person: (d) => d.person,
  interact(world, deed, ds, target) {
    if (ds.status !== 'open') return false;
    const person = world.personAt(target);
    if (!person || person.id !== deed.person) return false;
    const walking = world.state.people.find((p) => p.following);
    if (walking) {
      // One at a time: finish walking with the first person before taking another.
      world.emit({ type: 'alreadyEscorting', personId: walking.id });
      return true;
    }
    if (world.onRoad()) {
      // Nobody is led along the road: start from the pavement or the crosswalk.
      world.emit({ type: 'useCrosswalk', at: target });
      return true;
    }
    ds.status = 'active';
    world.startFollowing(person.id, deed.id);
    return true;
  },
  tick(world, deed, ds) {
    if (ds.status !== 'active') return;
    const person = world.person(deed.person);
    if (person.moveT < 1) return;
    if (world.placeContains(deed.to, person)) {
      world.stopFollowing(person.id);
      world.completeDeed(deed, ds, { x: person.x, y: person.y });
    }
  },
  need(state, deed, ds) {
    const person = state.people.find((p) => p.id === deed.person);
    const place = state.level.places.find((p) => p.id === deed.to);
    if (!person || !place) return null;
    return {
      anchor: { x: person.x, y: person.y },
      icon: place.sprite ?? 'house',
      progress: null,
      target: ds.status === 'active' ? place.at : null,
    };
  },
};
