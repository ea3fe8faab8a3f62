// Shared rule of collect and donate: bring several items, in one or more trips, to a target.
import type { Point } from '../geometry';
import type { DeedDef } from './deed-defs';
import type { DeedState } from '../sim-types';
import type { WorldOps } from '../world-ops';

/** Hands over every carried item of `itemIds` to `targetId`; completes the deed with the last one. */
export function bringItems(
  world: WorldOps,
  deed: DeedDef,
  ds: DeedState,
  itemIds: readonly string[],
  targetId: string,
  target: Point,
): boolean {
  if (!world.reaches(targetId, target)) return false;
  const carried = world.carriedOf(itemIds);
  if (carried.length === 0) return false;
  ds.status = 'active';
  for (const itemId of carried) {
    world.handOver(itemId, targetId);
    ds.count++;
    world.emit({ type: 'placed', deedId: deed.id, itemId, count: ds.count, total: itemIds.length });
  }
  if (ds.count >= itemIds.length) world.completeDeed(deed, ds, target);
  return true;
}
