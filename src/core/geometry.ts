// Grid geometry shared by every rule: points, the four directions, neighbours.

/** A tile position on the map: x grows to the right, y grows downwards. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One of the four directions a person can face or step in. */
export type Dir = 'up' | 'down' | 'left' | 'right';

export const DIRS: readonly Dir[] = ['up', 'down', 'left', 'right'];

const DELTA: Record<Dir, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The tile one step from `p` in direction `d`. */
export function stepFrom(p: Point, d: Dir): Point {
  const delta = DELTA[d];
  return { x: p.x + delta.x, y: p.y + delta.y };
}

export function samePoint(a: Point, b: Point): boolean {
  return a.x === b.x && a.y === b.y;
}

/** True when `a` and `b` share an edge. */
export function isNeighbour(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y) === 1;
}

/** The direction from `a` to its neighbour `b`, or null when they are not neighbours. */
export function dirTowards(a: Point, b: Point): Dir | null {
  for (const d of DIRS) {
    if (samePoint(stepFrom(a, d), b)) return d;
  }
  return null;
}

export function manhattan(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}
