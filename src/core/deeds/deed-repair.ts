// repair: stay beside something broken and keep at it until it is mended (Lei Feng mending
// socks; "a small cog in the machine"). Moving away pauses the work; progress is kept.
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const repairSchema = z
  .strictObject({
    kind: z.literal('repair').describe('Mend something by staying beside it.'),
    ...deedBaseShape,
    place: idSchema.describe('The id of the broken thing to mend (from "places").'),
    seconds: z
      .number()
      .min(0.5)
      .max(60)
      .default(3)
      .describe('How many seconds of work it takes. Default 3.'),
    owner: idSchema
      .optional()
      .describe(
        'The id of the person the thing belongs to (from "people"), if any: they ask for help and say thanks.',
      ),
    tool: idSchema
      .optional()
      .describe('The id of an item the player must carry to mend it (from "items"), if any.'),
  })
  .describe(
    'repair: the player faces the broken thing and presses interact, then stays put until it is mended.',
  );

export type RepairDeed = z.infer<typeof repairSchema>;

export const repairDeed: DeedModule<RepairDeed> = {
  kind: 'repair',
  refs: (d) => ({
    people: d.owner ? [{ field: 'owner', id: d.owner }] : [],
    items: d.tool ? [{ field: 'tool', id: d.tool }] : [],
    places: [{ field: 'place', id: d.place }],
    peopleOrPlaces: [],
  }),
  person: (d) => d.owner ?? null,
  interact(world, deed, ds, target) {
    if (!world.isTarget(deed.place, target)) return false;
    if (deed.tool && !world.isCarrying(deed.tool)) {
      world.emit({ type: 'needsTool', deedId: deed.id, itemId: deed.tool });
      return true;
    }
    ds.status = 'active';
    world.startWork(deed.id);
    return true;
  },
  tick(world, deed, ds, dtMs) {
    if (ds.status !== 'active' || !world.isWorkingOn(deed.id)) return;
    ds.progressMs += dtMs;
    if (ds.progressMs >= deed.seconds * 1000) {
      ds.progressMs = deed.seconds * 1000;
      world.stopWork();
      const place = world.place(deed.place);
      world.completeDeed(deed, ds, place.at);
    }
  },
  need(state, deed, ds) {
    const place = state.level.places.find((p) => p.id === deed.place);
    if (!place) return null;
    const tool = deed.tool ? state.level.items.find((i) => i.id === deed.tool) : undefined;
    return {
      anchor: place.at,
      icon: tool?.sprite ?? 'hammer-and-wrench',
      progress: ds.progressMs > 0 ? ds.progressMs / (deed.seconds * 1000) : null,
      target: null,
    };
  },
};
