// Cars in lanes. Each lane is a loop: cars drive along it at the lane's speed, wait before a
// crosswalk while anyone is on it or the walkers' light is green, keep their distance, and
// bump the player who stands in their way on the road (a short daze, never harm).
import type { Point } from './geometry';
import type { CarState, Level, SimState, SimEvent } from './sim-types';
import type { TrafficLane } from './level-schema-parts';

/** How long a bump with a car leaves the player dazed. */
export const STUN_MS = 1500;
/** The smallest gap kept between two cars, in tiles. */
const GAP = 1.2;

function laneLength(level: Level, lane: TrafficLane): number {
  return lane.dir === 'left' || lane.dir === 'right' ? level.width : level.height;
}

/** How many cars drive round a lane `length` tiles long (the level checker bounds the total). */
export function carsInLane(length: number, lane: Pick<TrafficLane, 'spacing'>): number {
  return Math.max(1, Math.ceil((length + 2) / lane.spacing));
}

/** Cars per lane, and the length of the loop they drive round. */
function loopOf(level: Level, lane: TrafficLane): { count: number; loop: number } {
  const count = carsInLane(laneLength(level, lane), lane);
  return { count, loop: count * lane.spacing };
}

export function createCars(level: Level): CarState[] {
  const cars: CarState[] = [];
  level.traffic.forEach((lane, laneIndex) => {
    const { count, loop } = loopOf(level, lane);
    for (let i = 0; i < count; i++) {
      cars.push({
        id: cars.length,
        lane: laneIndex,
        pos: ((lane.offset + i * lane.spacing) % loop) - 1,
      });
    }
  });
  return cars;
}

/** The tile under the front of a car, which may be off the map while it enters or leaves. */
export function carTile(level: Level, car: CarState): Point {
  const lane = level.traffic[car.lane]!;
  const k = Math.floor(car.pos);
  switch (lane.dir) {
    case 'right':
      return { x: k, y: lane.row! };
    case 'left':
      return { x: level.width - 1 - k, y: lane.row! };
    case 'down':
      return { x: lane.column!, y: k };
    case 'up':
      return { x: lane.column!, y: level.height - 1 - k };
  }
}

/** Whether the walkers' light is green at `timeMs` (always false without lights). */
export function walkersGreen(level: Level, timeMs: number): boolean {
  if (!level.lights) return false;
  const cycle = (level.lights.green + level.lights.red) * 1000;
  return timeMs % cycle < level.lights.green * 1000;
}

function occupied(state: SimState, at: Point): boolean {
  const p = state.player;
  if (p.x === at.x && p.y === at.y) return true;
  return state.people.some((q) => q.x === at.x && q.y === at.y);
}

export function stepCars(state: SimState, dtMs: number, events: SimEvent[]): void {
  const { level } = state;
  if (state.cars.length === 0) return;
  const green = walkersGreen(level, state.timeMs);
  // Each lane's cars, in the order of the list (one pass, not one per lane).
  const byLane: CarState[][] = level.traffic.map(() => []);
  for (const car of state.cars) byLane[car.lane]?.push(car);
  level.traffic.forEach((lane, laneIndex) => {
    const { loop } = loopOf(level, lane);
    const length = laneLength(level, lane);
    const cars = byLane[laneIndex]!.sort((a, b) => b.pos - a.pos);
    cars.forEach((car, i) => {
      let next = car.pos + (lane.speed * dtMs) / 1000;
      // Keep behind the car ahead (the front car follows the last one round the loop).
      const ahead = i === 0 ? cars[cars.length - 1]! : cars[i - 1]!;
      if (ahead !== car) {
        const aheadPos = ahead.pos < car.pos ? ahead.pos + loop : ahead.pos;
        next = Math.min(next, Math.max(car.pos, aheadPos - GAP));
      }
      // Wait before a crosswalk with someone on it, or while the walkers' light is green.
      const front = Math.floor(car.pos);
      const nextTile = Math.floor(next);
      if (nextTile > front && nextTile >= 0 && nextTile < length) {
        const tile = carTile(level, { ...car, pos: nextTile });
        const kind = level.tiles[tile.y * level.width + tile.x];
        if (kind === 'crosswalk' && (green || occupied(state, tile))) next = nextTile - 0.001;
      }
      car.pos = next;
      if (car.pos > length + 1) car.pos -= loop;
      // A car reaching the player on the road: a bump, a short daze.
      const at = carTile(level, car);
      const p = state.player;
      if (p.stunMs <= 0 && at.x === p.x && at.y === p.y) {
        p.stunMs = STUN_MS;
        p.path = [];
        p.pendingInteract = null;
        events.push({ type: 'carHit', at });
      }
    });
  });
}

/** Where a car is drawn: its centre in tile units (fractional), and which way it faces. */
export function carPosition(
  level: Level,
  car: CarState,
): { x: number; y: number; dir: TrafficLane['dir'] } {
  const lane = level.traffic[car.lane]!;
  // The front is at `pos`; the body's centre is half a tile behind it.
  const along = car.pos - 0.5;
  // `along` is measured in tiles from the lane's start edge, so it is already a centre.
  switch (lane.dir) {
    case 'right':
      return { x: along, y: lane.row! + 0.5, dir: lane.dir };
    case 'left':
      return { x: level.width - along, y: lane.row! + 0.5, dir: lane.dir };
    case 'down':
      return { x: lane.column! + 0.5, y: along, dir: lane.dir };
    case 'up':
      return { x: lane.column! + 0.5, y: level.height - along, dir: lane.dir };
  }
}
