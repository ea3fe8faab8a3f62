// Generated levels for the benchmark: a stress level with many things on screen, and a large
// open level for the checker and solver (the same shape as `scripts/bench-levels.ts` uses).

const text = (s: string): { en: string; zh: string } => ({ en: s, zh: s });

const PEOPLE_SPRITES = ['woman', 'old-woman', 'man', 'old-man', 'girl', 'boy', 'child'];
const ITEM_SPRITES = ['package', 'umbrella', 'books', 'bouquet', 'basket', 'red-apple'];

export interface StressShape {
  /** People standing in the fenced garden (people only walk when escorted). */
  people: number;
  /** Items in the fenced garden: each bobs up and down (a tween), so they move on screen. */
  items: number;
  /** Lanes of cars driving through the garden (0 for a level format without traffic). */
  lanes: number;
}

/**
 * The default stress level: 200 bobbing items (with the three parcels), 103 standing people and
 * five lanes of cars, about 105 cars: over 300 moving things. The level format allows at most
 * 200 items and 200 people.
 */
export const STRESS: StressShape = { people: 100, items: 197, lanes: 5 };

const WIDTH = 64;
const HEIGHT = 24;
const GARDEN_TOP = 10;
/** Garden rows that are roads, one lane of cars each, in alternating directions. */
const ROAD_ROWS = [11, 14, 16, 19, 21];

/**
 * A 64×24 level: an open street at the top with three deliveries to do, and below a hedge a
 * fenced garden crossed by roads, full of people and items that nobody can reach (so neither
 * the solver nor the player picks them up by walking over them, and no car bumps the player).
 */
export function stressLevel(shape: StressShape = STRESS): string {
  const lanes = ROAD_ROWS.slice(0, shape.lanes);
  const isRoad = (y: number): boolean => lanes.includes(y);
  const rows = Array.from({ length: HEIGHT }, (_, y) =>
    Array.from({ length: WIDTH }, (_, x) => {
      if (y === GARDEN_TOP - 1 || y === HEIGHT - 1) return 'h';
      if (isRoad(y)) return '=';
      if (y < GARDEN_TOP - 1 && (x === 0 || x === WIDTH - 1) && y % 3 === 0) return 'T';
      return '.';
    }).join(''),
  );
  const cells: { x: number; y: number }[] = [];
  for (let y = GARDEN_TOP; y < HEIGHT - 1; y++) {
    if (!isRoad(y)) for (let x = 0; x < WIDTH; x++) cells.push({ x, y });
  }
  const total = shape.people + shape.items;
  if (total > cells.length) throw new Error(`at most ${cells.length} things fit in the garden`);
  const deeds = 3;
  const people = Array.from({ length: deeds }, (_, i) => ({
    id: `neighbour-${i}`,
    sprite: PEOPLE_SPRITES[i % PEOPLE_SPRITES.length]!,
    at: { x: 24 + i * 4, y: 2 + i * 2 },
    name: text(`Neighbour ${i}`),
  }));
  const items = Array.from({ length: deeds }, (_, i) => ({
    id: `parcel-${i}`,
    sprite: 'package',
    at: { x: 5 + i * 5, y: 2 + i * 2 },
    name: text(`Parcel ${i}`),
  }));
  // Spread the things evenly over the garden, people evenly among the items.
  for (let i = 0; i < total; i++) {
    const at = cells[Math.floor((i * cells.length) / total)]!;
    const isPerson =
      Math.floor(((i + 1) * shape.people) / total) > Math.floor((i * shape.people) / total);
    if (isPerson) {
      const n = people.length - deeds;
      const sprite = PEOPLE_SPRITES[n % PEOPLE_SPRITES.length]!;
      people.push({ id: `p${n}`, sprite, at, name: text(`P${n}`) });
    } else {
      const n = items.length - deeds;
      const sprite = ITEM_SPRITES[n % ITEM_SPRITES.length]!;
      items.push({ id: `i${n}`, sprite, at, name: text(`I${n}`) });
    }
  }
  const level: Record<string, unknown> = {
    schemaVersion: 1,
    id: 'bench-stress',
    title: text('Bench stress level'),
    intro: text('A generated level for the benchmark.'),
    map: {
      rows,
      legend: { '.': 'grass', T: 'tree', h: 'hedge', ...(lanes.length ? { '=': 'road' } : {}) },
    },
    start: { x: 2, y: 4 },
    people,
    items,
    deeds: Array.from({ length: deeds }, (_, i) => ({
      id: `deliver-${i}`,
      kind: 'deliver',
      item: `parcel-${i}`,
      to: `neighbour-${i}`,
      need: text('A parcel for me?'),
      thanks: text('Thank you!'),
    })),
    timeLimit: null,
    stars: [300, 340, 370],
  };
  if (lanes.length) {
    level.traffic = lanes.map((row, i) => ({
      row,
      dir: i % 2 ? 'left' : 'right',
      speed: 3,
      spacing: 3,
      sprite: (['automobile', 'taxi', 'bus'] as const)[i % 3],
    }));
  }
  return JSON.stringify(level, null, 2);
}

/** A large open level: `size`×`size` grass with rows of trees and deliveries spread out. */
export function bigLevel(size: number): string {
  const rows = Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => (x % 17 === 8 && y % 13 !== 6 ? 'T' : '.')).join(''),
  );
  const n = 6;
  return JSON.stringify({
    schemaVersion: 1,
    id: 'bench',
    title: text('Bench'),
    intro: text('Bench'),
    map: { rows, legend: { '.': 'grass', T: 'tree' } },
    start: { x: 1, y: 1 },
    people: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      sprite: 'woman',
      at: { x: 3 + i * 9, y: size - 3 - i * 7 },
      name: text(`P${i}`),
    })),
    items: Array.from({ length: n }, (_, i) => ({
      id: `i${i}`,
      sprite: 'package',
      at: { x: size - 3 - i * 11, y: 3 + i * 5 },
      name: text(`I${i}`),
    })),
    deeds: Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      kind: 'deliver',
      item: `i${i}`,
      to: `p${i}`,
      need: text('n'),
      thanks: text('t'),
    })),
    timeLimit: null,
    stars: [100, 200, 300],
  });
}
