// Shortest walks on the tile grid (breadth-first search; every step costs the same).
//
// Written here rather than taken from a package: the grid libraries on the registry are either
// unmaintained (pathfinding, last released 2016) or asynchronous (easystarjs), and the
// solver needs a whole distance field from one tile, which a BFS gives directly.
import { DIRS, stepFrom, type Point } from './geometry';

export interface GridSize {
  readonly width: number;
  readonly height: number;
}

/** Distance in steps from `from` to every tile (-1 where unreachable). */
export function distanceField(
  size: GridSize,
  from: Point,
  passable: (x: number, y: number) => boolean,
): Int32Array {
  const { width, height } = size;
  const dist = new Int32Array(width * height).fill(-1);
  const queue = new Int32Array(width * height);
  let head = 0;
  let tail = 0;
  const start = from.y * width + from.x;
  dist[start] = 0;
  queue[tail++] = start;
  while (head < tail) {
    const cur = queue[head++]!;
    const cx = cur % width;
    const cy = (cur - cx) / width;
    const d = dist[cur]!;
    for (const dir of DIRS) {
      const n = stepFrom({ x: cx, y: cy }, dir);
      if (n.x < 0 || n.y < 0 || n.x >= width || n.y >= height) continue;
      const ni = n.y * width + n.x;
      if (dist[ni] !== -1 || !passable(n.x, n.y)) continue;
      dist[ni] = d + 1;
      queue[tail++] = ni;
    }
  }
  return dist;
}

/** Steps to the four neighbours, in the order of DIRS: up, down, left, right. */
const NEIGHBOUR_DX = DIRS.map((d) => stepFrom({ x: 0, y: 0 }, d).x);
const NEIGHBOUR_DY = DIRS.map((d) => stepFrom({ x: 0, y: 0 }, d).y);

/**
 * The tiles to walk, in order, from `from` (excluded) to the nearest of `goals` (included).
 * Null when no goal can be reached; an empty list when `from` is already a goal.
 */
export function findPath(
  size: GridSize,
  from: Point,
  goals: readonly Point[],
  passable: (x: number, y: number) => boolean,
): Point[] | null {
  if (goals.some((g) => g.x === from.x && g.y === from.y)) return [];
  const reachable = goals.filter(
    (g) => g.x >= 0 && g.y >= 0 && g.x < size.width && g.y < size.height,
  );
  if (reachable.length === 0) return null;
  // Search backwards from the goals so the path can be read off from `from` forwards.
  const { width, height } = size;
  const dist = new Int32Array(width * height).fill(-1);
  const queue: number[] = [];
  for (const g of reachable) {
    if (!passable(g.x, g.y)) continue;
    dist[g.y * width + g.x] = 0;
    queue.push(g.y * width + g.x);
  }
  const fromIndex = from.y * width + from.x;
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head]!;
    const cx = cur % width;
    const cy = (cur - cx) / width;
    // The four neighbours in the order of DIRS (up, down, left, right), without allocating.
    for (let k = 0; k < 4; k++) {
      const nx = cx + NEIGHBOUR_DX[k]!;
      const ny = cy + NEIGHBOUR_DY[k]!;
      if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      const ni = ny * width + nx;
      if (dist[ni] !== -1) continue;
      if (ni !== fromIndex && !passable(nx, ny)) continue;
      dist[ni] = dist[cur]! + 1;
      queue.push(ni);
    }
  }
  if (dist[fromIndex] === -1) return null;
  const path: Point[] = [];
  let cur: Point = from;
  while (dist[cur.y * width + cur.x]! > 0) {
    const here = dist[cur.y * width + cur.x]!;
    let next: Point | null = null;
    for (const dir of DIRS) {
      const n = stepFrom(cur, dir);
      if (n.x < 0 || n.y < 0 || n.x >= width || n.y >= height) continue;
      if (dist[n.y * width + n.x] === here - 1) {
        next = n;
        break;
      }
    }
    if (next === null) return null;
    path.push(next);
    cur = next;
  }
  return path;
}
