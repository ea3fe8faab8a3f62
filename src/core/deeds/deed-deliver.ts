// deliver: bring an item to a person or a place (an umbrella in the rain, a ticket, books).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const deliverSchema = z
  .strictObject({
    kind: z.literal('deliver').describe('Bring an item to a person or a place.'),
    ...deedBaseShape,
    item: idSchema.describe('The id of the item to bring (from "items").'),
    to: idSchema.describe('The id of the person or place to bring it to.'),
  })
  .describe('deliver: the player picks up the item and hands it over, facing the person or place.');

export type DeliverDeed = z.infer<typeof deliverSchema>;

export const deliverDeed: DeedModule<DeliverDeed> = {
  kind: 'deliver',
  refs: (d) => ({
    people: [],
    items: [{ field: 'item', id: d.item }],
    places: [],
    peopleOrPlaces: [{ field: 'to', id: d.to }],
  }),
  person: (d) => d.to,
  interact(world, deed, ds, target) {
    // Facing the person or place, or standing inside an open place (a bus stop, a library).
    const player = world.state.player;
    const inside = world.isPlace(deed.to) && world.placeContains(deed.to, player);
    if (!inside && !world.isTarget(deed.to, target)) return false;
    if (!world.isCarrying(deed.item)) return false;
    world.handOver(deed.item, deed.to);
    world.completeDeed(deed, ds, target);
    return true;
  },
  tick() {},
  need(state, deed) {
    const anchor = state.level.people.some((p) => p.id === deed.to)
      ? state.people.find((p) => p.id === deed.to)
      : state.level.places.find((p) => p.id === deed.to)?.at;
    const item = state.level.items.find((i) => i.id === deed.item);
    if (!anchor || !item) return null;
    return {
      anchor: { x: anchor.x, y: anchor.y },
      icon: item.sprite,
      progress: null,
      target: null,
    };
  },
};
