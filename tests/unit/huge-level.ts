// A level as big as a designer could make it, for tests and measurements of the checker's work
// budget: a square map of grass with road rows (lanes of cars, a crosswalk to cross them) in
// the middle, rows of people each with their item just below them, and a delivery from each
// item to its person.

export interface HugeLevelSpec {
  /** Map width and height in tiles. */
  size: number;
  /** People, each with an item to be brought to them. */
  people: number;
  /** Deliveries, to the first `deeds` people. */
  deeds: number;
  /** Lanes of cars along road rows in the middle of the map. */
  lanes: number;
  /** Tiles between cars in a lane. */
  spacing: number;
  /** Seconds, or null for none. */
  timeLimit: number | null;
}

const text = (s: string) => ({ en: s, zh: s });

export function hugeLevel(spec: HugeLevelSpec): Record<string, unknown> {
  const { size } = spec;
  const roadTop = size - spec.lanes - 1;
  const isRoad = (y: number): boolean => y >= roadTop && y < roadTop + spec.lanes;
  const cross = Math.floor(size / 2);
  const rows = Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => (isRoad(y) ? (x === cross ? '|' : '=') : '.')).join(''),
  );
  // Every third row a row of people on odd columns, their items in the row below, and a free
  // row under that to walk along.
  const spots: { x: number; y: number }[] = [];
  for (let y = 0; y + 1 < roadTop && spots.length < spec.people; y += 3) {
    for (let x = 1; x < size && spots.length < spec.people; x += 2) spots.push({ x, y });
  }
  const people = spots.map((at, i) => ({
    id: `p${i}`,
    sprite: 'woman',
    at,
    name: text(`Person ${i}`),
  }));
  const items = spots.map((at, i) => ({
    id: `i${i}`,
    sprite: 'package',
    at: { x: at.x, y: at.y + 1 },
    name: text(`Thing ${i}`),
  }));
  const deeds = spots.slice(0, spec.deeds).map((_, i) => ({
    id: `d${i}`,
    kind: 'deliver',
    item: `i${i}`,
    to: `p${i}`,
    need: text('n'),
    thanks: text('t'),
  }));
  const traffic = Array.from({ length: spec.lanes }, (_, k) => ({
    row: roadTop + k,
    dir: k % 2 ? 'left' : 'right',
    spacing: spec.spacing,
    speed: 2,
  }));
  return {
    schemaVersion: 1,
    id: 'huge',
    title: text('Huge'),
    intro: text('As big as it gets.'),
    map: { rows, legend: { '.': 'grass', '=': 'road', '|': 'crosswalk' } },
    start: { x: 0, y: 2 },
    people,
    items,
    deeds,
    traffic,
    timeLimit: spec.timeLimit,
    stars: [0, 0, 0],
  };
}
