// donate: give what you gathered to a donation point (the kebab seller who gave his earnings).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import { bringItems } from './bring-items';
import type { DeedModule } from './deed-module';

export const donateSchema = z
  .strictObject({
    kind: z.literal('donate').describe('Give what you gathered to a donation point.'),
    ...deedBaseShape,
    items: z
      .array(idSchema)
      .min(1)
      .max(30)
      .describe('The ids of the things to gather and give (from "items"), like coins or books.'),
    to: idSchema.describe('The id of the person or place that receives them.'),
  })
  .describe('donate: the player gathers the things and hands them over, in one or more trips.');

export type DonateDeed = z.infer<typeof donateSchema>;

export const donateDeed: DeedModule<DonateDeed> = {
  kind: 'donate',
  refs: (d) => ({
    people: [],
    items: d.items.map((id, i) => ({ field: `items/${i}`, id })),
    places: [],
    peopleOrPlaces: [{ field: 'to', id: d.to }],
  }),
  person: (d) => d.to,
  interact: (world, deed, ds, target) => bringItems(world, deed, ds, deed.items, deed.to, target),
  tick() {},
  need(state, deed, ds) {
    const person = state.people.find((p) => p.id === deed.to);
    const place = state.level.places.find((p) => p.id === deed.to);
    const anchor = person ? { x: person.x, y: person.y } : place?.at;
    const item = state.level.items.find((i) => i.id === deed.items[0]);
    if (!anchor) return null;
    return {
      anchor,
      icon: item?.sprite ?? 'red-heart',
      progress: ds.count > 0 ? ds.count / deed.items.length : null,
      target: null,
    };
  },
};
