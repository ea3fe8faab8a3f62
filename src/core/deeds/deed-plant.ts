// plant: carry saplings to barren ground and plant them (planting the barren mountain).
import { z } from 'zod';
import { deedBaseShape, idSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const plantSchema = z
  .strictObject({
    kind: z.literal('plant').describe('Plant saplings on barren ground.'),
    ...deedBaseShape,
    saplings: z
      .array(idSchema)
      .min(1)
      .max(30)
      .describe('The ids of the saplings to plant (from "items").'),
    area: idSchema.describe('The id of the place (an area of "barren" tiles) to plant them in.'),
  })
  .describe(
    'plant: carrying a sapling, the player stands on (or faces) a barren tile in the area and presses interact; each tile takes one tree.',
  );

export type PlantDeed = z.infer<typeof plantSchema>;

export const plantDeed: DeedModule<PlantDeed> = {
  kind: 'plant',
  refs: (d) => ({
    people: [],
    items: d.saplings.map((id, i) => ({ field: `saplings/${i}`, id })),
    places: [{ field: 'area', id: d.area }],
    peopleOrPlaces: [],
  }),
  person: () => null,
  interact(world, deed, ds, faced) {
    const sapling = world.carriedOf(deed.saplings)[0];
    if (!sapling) return false;
    const planted = world.state.planted;
    const plantable = (at: { x: number; y: number }): boolean =>
      world.isPlace(deed.area) &&
      world.placeContains(deed.area, at) &&
      world.tileKind(at) === 'barren' &&
      !planted.some((p) => p.x === at.x && p.y === at.y);
    // Plant where you stand, or else on the tile in front.
    const here = { x: world.state.player.x, y: world.state.player.y };
    const target = plantable(here) ? here : faced;
    if (!plantable(target) || (target !== here && world.personAt(target))) return false;
    ds.status = 'active';
    world.handOver(sapling, deed.area);
    planted.push({ x: target.x, y: target.y });
    ds.count++;
    world.emit({ type: 'planted', deedId: deed.id, at: { x: target.x, y: target.y } });
    if (ds.count >= deed.saplings.length) world.completeDeed(deed, ds, target);
    return true;
  },
  tick() {},
  need(state, deed, ds) {
    const area = state.level.places.find((p) => p.id === deed.area);
    if (!area) return null;
    return {
      anchor: area.at,
      icon: 'seedling',
      progress: ds.count > 0 ? ds.count / deed.saplings.length : null,
      target: null,
    };
  },
};
