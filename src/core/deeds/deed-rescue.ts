// rescue: reach a spot before a countdown ends (the mother who caught a falling child).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const rescueSchema = z
  .strictObject({
    kind: z.literal('rescue').describe('Reach a spot before a countdown ends.'),
    ...deedBaseShape,
    place: idSchema.describe('The id of the (open) place to reach in time.'),
    seconds: z
      .number()
      .min(2)
      .max(120)
      .describe('Seconds the player has once the countdown starts.'),
    startsAt: z
      .number()
      .min(0)
      .max(3600)
      .default(0)
      .describe('Seconds after the level starts when the countdown begins. Default 0.'),
    person: idSchema
      .optional()
      .describe('The id of the person in need (from "people"), if any: they say thanks.'),
  })
  .describe(
    'rescue: when the countdown starts the spot is marked; standing in it before the time runs out completes the deed, else the chance passes.',
  );

export type RescueDeed = z.infer<typeof rescueSchema>;

export const rescueDeed: DeedModule<RescueDeed> = {
  kind: 'rescue',
  refs: (d) => ({
    people: d.person ? [{ field: 'person', id: d.person }] : [],
    items: [],
    places: [{ field: 'place', id: d.place }],
    peopleOrPlaces: [],
  }),
  person: (d) => d.person ?? null,
  interact: () => false,
  tick(world, deed, ds, dtMs) {
    if (ds.status === 'missed') return;
    if (ds.status === 'open') {
      if (world.state.timeMs < deed.startsAt * 1000) return;
      ds.status = 'active';
    }
    const player = world.state.player;
    if (player.moveT >= 1 && world.placeContains(deed.place, player)) {
      world.completeDeed(deed, ds, { x: player.x, y: player.y });
      return;
    }
    ds.progressMs += dtMs;
    if (ds.progressMs >= deed.seconds * 1000) world.missDeed(deed, ds);
  },
  need(state, deed, ds) {
    if (ds.status !== 'active') return null;
    const place = state.level.places.find((p) => p.id === deed.place);
    if (!place) return null;
    return {
      anchor: place.at,
      icon: 'red-exclamation-mark',
      progress: Math.max(0, 1 - ds.progressMs / (deed.seconds * 1000)),
      target: place.at,
    };
  },
};
