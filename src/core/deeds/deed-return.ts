// return: give a found thing back to its owner instead of keeping it (honesty and trust).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const returnSchema = z
  .strictObject({
    kind: z.literal('return').describe('Give a found thing back to its owner.'),
    ...deedBaseShape,
    item: idSchema.describe('The id of the lost item (from "items").'),
    owner: idSchema.describe('The id of the person who lost it (from "people").'),
  })
  .describe(
    'return: the owner looks worried (a "?" bubble) until the player finds the item; handing it back counts as an honest choice.',
  );

export type ReturnDeed = z.infer<typeof returnSchema>;

export const returnDeed: DeedModule<ReturnDeed> = {
  kind: 'return',
  refs: (d) => ({
    people: [{ field: 'owner', id: d.owner }],
    items: [{ field: 'item', id: d.item }],
    places: [],
    peopleOrPlaces: [],
  }),
  person: (d) => d.owner,
  interact(world, deed, ds, target) {
    if (!world.isPersonAt(deed.owner, target) || !world.isCarrying(deed.item)) return false;
    world.handOver(deed.item, deed.owner);
    world.state.character.honest++;
    world.completeDeed(deed, ds, target);
    return true;
  },
  tick() {},
  need(state, deed) {
    const owner = state.people.find((p) => p.id === deed.owner);
    const item = state.level.items.find((i) => i.id === deed.item);
    if (!owner || !item) return null;
    const found = state.player.carrying.includes(deed.item);
    return {
      anchor: { x: owner.x, y: owner.y },
      icon: found ? item.sprite : 'red-question-mark',
      progress: null,
      target: null,
    };
  },
};
