// Shortest walks on the grid: findPath and distanceField.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNeighbour, manhattan, type Point } from '../../src/core/geometry';
import { distanceField, findPath } from '../../src/core/grid-path';

/** A grid drawn as rows: "#" blocks, anything else is open. */
function grid(rows: readonly string[]) {
  const size = { width: rows[0]!.length, height: rows.length };
  const passable = (x: number, y: number) => rows[y]![x] !== '#';
  return { size, passable };
}

/** Checks that `path` is a walk from `from`: each tile next to the one before, all passable. */
function expectWalk(
  path: readonly Point[],
  from: Point,
  passable: (x: number, y: number) => boolean,
) {
  let prev = from;
  for (const p of path) {
    expect(isNeighbour(prev, p)).toBe(true);
    expect(passable(p.x, p.y)).toBe(true);
    prev = p;
  }
}

describe('findPath', () => {
  it('walks the shortest way on open ground, ending on the goal', () => {
    const { size, passable } = grid(['.....', '.....', '.....']);
    const from = { x: 0, y: 0 };
    const goal = { x: 4, y: 2 };
    const path = findPath(size, from, [goal], passable)!;
    expect(path).toHaveLength(manhattan(from, goal));
    expect(path[path.length - 1]).toEqual(goal);
    expectWalk(path, from, passable);
  });

  it('goes around walls', () => {
    const { size, passable } = grid(['..#..', '..#..', '.....']);
    const from = { x: 0, y: 0 };
    const path = findPath(size, from, [{ x: 4, y: 0 }], passable)!;
    expect(path).toHaveLength(8);
    expect(path).toContainEqual({ x: 2, y: 2 });
    expectWalk(path, from, passable);
  });

  it('is null when the goal cannot be reached', () => {
    const { size, passable } = grid(['...#.', '...#.', '...#.']);
    expect(findPath(size, { x: 0, y: 0 }, [{ x: 4, y: 1 }], passable)).toBeNull();
  });

  it('is null when the only goal is blocked, or outside the map', () => {
    const { size, passable } = grid(['.....', '..#..', '.....']);
    expect(findPath(size, { x: 0, y: 0 }, [{ x: 2, y: 1 }], passable)).toBeNull();
    expect(findPath(size, { x: 0, y: 0 }, [{ x: 5, y: 0 }], passable)).toBeNull();
    expect(findPath(size, { x: 0, y: 0 }, [{ x: -1, y: 0 }], passable)).toBeNull();
    expect(findPath(size, { x: 0, y: 0 }, [], passable)).toBeNull();
  });

  it('is empty when already at a goal', () => {
    const { size, passable } = grid(['.....', '.....', '.....']);
    expect(
      findPath(
        size,
        { x: 2, y: 1 },
        [
          { x: 0, y: 0 },
          { x: 2, y: 1 },
        ],
        passable,
      ),
    ).toEqual([]);
  });

  it('goes to the nearest of several goals', () => {
    const { size, passable } = grid(['.....', '.....', '.....']);
    const path = findPath(
      size,
      { x: 0, y: 0 },
      [
        { x: 4, y: 0 },
        { x: 0, y: 2 },
      ],
      passable,
    )!;
    expect(path).toEqual([
      { x: 0, y: 1 },
      { x: 0, y: 2 },
    ]);
  });

  it('the nearest goal is the nearest by walking, not as the crow flies', () => {
    const { size, passable } = grid(['.#...', '.#.#.', '...#.']);
    // (2,0) is 2 tiles away in a straight line but 6 steps around the wall; (4,2) is 10 steps.
    const path = findPath(
      size,
      { x: 0, y: 0 },
      [
        { x: 4, y: 2 },
        { x: 2, y: 0 },
      ],
      passable,
    )!;
    expect(path).toHaveLength(6);
    expect(path[path.length - 1]).toEqual({ x: 2, y: 0 });
  });

  it('skips goals that are blocked and uses the others', () => {
    const { size, passable } = grid(['.#...', '.....', '.....']);
    const path = findPath(
      size,
      { x: 0, y: 0 },
      [
        { x: 1, y: 0 },
        { x: 3, y: 0 },
      ],
      passable,
    )!;
    expect(path[path.length - 1]).toEqual({ x: 3, y: 0 });
    expect(path).toHaveLength(5);
  });

  it('may start on a tile that is not passable itself', () => {
    const { size, passable } = grid(['#....', '.....', '.....']);
    const path = findPath(size, { x: 0, y: 0 }, [{ x: 2, y: 0 }], passable)!;
    expect(path).toEqual([
      { x: 1, y: 0 },
      { x: 2, y: 0 },
    ]);
  });

  it('agrees with distanceField on random maps, and every path is a walk', () => {
    const W = 7;
    const H = 5;
    const point = fc.record({
      x: fc.integer({ min: 0, max: W - 1 }),
      y: fc.integer({ min: 0, max: H - 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: W * H, maxLength: W * H }),
        point,
        point,
        (walls, from, goal) => {
          const passable = (x: number, y: number) => !walls[y * W + x];
          const size = { width: W, height: H };
          const path = findPath(size, from, [goal], passable);
          const dist = distanceField(size, from, passable)[goal.y * W + goal.x]!;
          if (dist === -1) expect(path).toBeNull();
          else {
            expect(path).not.toBeNull();
            expect(path).toHaveLength(dist);
            expectWalk(path!, from, passable);
            if (dist > 0) expect(path![dist - 1]).toEqual(goal);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('distanceField', () => {
  it('gives the steps from the start to every tile, and -1 where none lead', () => {
    const { size, passable } = grid(['..#.', '..#.', '....', '##.#']);
    const dist = distanceField(size, { x: 0, y: 0 }, passable);
    // prettier-ignore
    expect([...dist]).toEqual([
      0, 1, -1, 7,
      1, 2, -1, 6,
      2, 3, 4, 5,
      -1, -1, 5, -1,
    ]);
  });

  it('a walled-off part is unreachable', () => {
    const { size, passable } = grid(['.#.', '##.', '...']);
    const dist = distanceField(size, { x: 0, y: 0 }, passable);
    expect([...dist]).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('is symmetric: the distance from a to b is the distance from b to a', () => {
    const { size, passable } = grid(['...#...', '.#.#.#.', '.#...#.']);
    const a = { x: 0, y: 2 };
    const b = { x: 6, y: 0 };
    const ab = distanceField(size, a, passable)[b.y * size.width + b.x];
    const ba = distanceField(size, b, passable)[a.y * size.width + a.x];
    expect(ab).toBe(ba);
    expect(ab).toBe(12);
  });
});
