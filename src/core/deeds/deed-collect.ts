// collect: pick up all the litter in an area and take it to a bin (caring for nature).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import { bringItems } from './bring-items';
import type { DeedModule } from './deed-module';

export const collectSchema = z
  .strictObject({
    kind: z.literal('collect').describe('Pick up litter and take it to a bin.'),
    ...deedBaseShape,
    items: z
      .array(idSchema)
      .min(1)
      .max(30)
      .describe('The ids of the pieces of litter (from "items").'),
    bin: idSchema.describe('The id of the bin (a place) to take them to.'),
  })
  .describe(
    'collect: the player picks up every piece (three at most at a time) and puts them in the bin by facing it and pressing interact.',
  );

export type CollectDeed = z.infer<typeof collectSchema>;

export const collectDeed: DeedModule<CollectDeed> = {
  kind: 'collect',
  refs: (d) => ({
    people: [],
    items: d.items.map((id, i) => ({ field: `items/${i}`, id })),
    places: [{ field: 'bin', id: d.bin }],
    peopleOrPlaces: [],
  }),
  person: () => null,
  interact: (world, deed, ds, target) => bringItems(world, deed, ds, deed.items, deed.bin, target),
  tick() {},
  need(state, deed, ds) {
    const bin = state.level.places.find((p) => p.id === deed.bin);
    if (!bin) return null;
    return {
      anchor: bin.at,
      icon: bin.sprite ?? 'wastebasket',
      progress: ds.count > 0 ? ds.count / deed.items.length : null,
      target: null,
    };
  },
};
