// Property tests for reading and solving levels: whatever text a designer saves, the checker
// answers with a level or with problems that each say where (never a crash); and the solver
// passes every small open level it is given, with a replay that passes it again.
// Fixed seeds, so a failure is the same on every run: fast-check prints the seed and the
// shrunk input to reproduce it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLevelText } from '../../src/core/level-check';
import { parseLevel, type LevelProblem } from '../../src/core/level-parse';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent } from '../../src/core/sim-types';
import { solveLevel } from '../../src/core/solver';

const text = (s: string) => ({ en: s, zh: s });

/** A small valid level with a deliver, an escort and a repair deed, laid out as a designer would. */
const VALID: Record<string, unknown> = {
  $schema: './level.schema.json',
  schemaVersion: 1,
  id: 'fuzz',
  title: text('Fuzz'),
  intro: text('A level to break.'),
  map: {
    rows: ['#######', '#.....#', '#==|==#', '#.....#', '#######'],
    legend: { '#': 'wall', '.': 'grass', '=': 'road', '|': 'crosswalk' },
  },
  start: { x: 1, y: 1 },
  people: [
    { id: 'ann', sprite: 'woman', at: { x: 5, y: 1 }, name: text('Ann'), says: text('Hi') },
    { id: 'bob', sprite: 'old-man', at: { x: 1, y: 3 }, name: text('Bob') },
  ],
  items: [
    { id: 'cup', sprite: 'package', at: { x: 3, y: 1 }, name: text('cup') },
    { id: 'kit', sprite: 'toolbox', at: { x: 2, y: 1 }, name: text('kit') },
  ],
  places: [
    { id: 'shop', at: { x: 4, y: 3 }, width: 2, name: text('shop') },
    { id: 'seat', at: { x: 2, y: 3 }, sprite: 'seat', name: text('seat'), solid: true },
  ],
  deeds: [
    { id: 'give', kind: 'deliver', item: 'cup', to: 'ann', need: text('n'), thanks: text('t') },
    {
      id: 'walk',
      kind: 'escort',
      person: 'bob',
      to: 'shop',
      points: 150,
      need: text('n'),
      thanks: text('t'),
    },
    {
      id: 'mend',
      kind: 'repair',
      place: 'seat',
      seconds: 1,
      tool: 'kit',
      owner: 'ann',
      need: text('n'),
      thanks: text('t'),
    },
  ],
  goal: { required: 2, mustDo: ['give'] },
  timeLimit: 120,
  stars: [200, 300, 400],
  seed: 7,
  teacher: { learningGoal: text('g'), discussion: text('d') },
};

const VALID_TEXT = JSON.stringify(VALID, null, 2);

/** Every problem says where and what. */
function expectWellFormed(problems: readonly LevelProblem[]): void {
  for (const p of problems) {
    expect(Number.isInteger(p.line) && p.line >= 1, `line of ${JSON.stringify(p)}`).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, `column of ${JSON.stringify(p)}`).toBe(
      true,
    );
    expect(p.path === '' || p.path.startsWith('/'), `path of ${JSON.stringify(p)}`).toBe(true);
    expect(typeof p.message === 'string' && p.message.trim().length > 0).toBe(true);
    expect(['error', 'warning']).toContain(p.severity);
  }
}

/** parseLevel and checkLevelText on `input`: no throw, and a level or a non-empty list of problems. */
function checkBoth(input: string): void {
  const parsed = parseLevel(input);
  if (parsed.ok) {
    expect(parsed.level).toBeTruthy();
    expectWellFormed(parsed.warnings);
  } else {
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.some((p) => p.severity === 'error')).toBe(true);
    expectWellFormed(parsed.problems);
  }
  const checked = checkLevelText(input);
  expectWellFormed(checked.problems);
  if (checked.level === null) {
    expect(checked.problems.some((p) => p.severity === 'error')).toBe(true);
  } else {
    expect(checked.problems.every((p) => p.severity === 'warning')).toBe(true);
  }
  // The checker rejects everything the parser rejects.
  if (!parsed.ok) expect(checked.level).toBeNull();
}

/** Runs per property: arbitrary text is cheap; a mutated level that still parses is solved. */
const PARSE_RUNS = 200;
const MUTATION_RUNS = 150;

describe('level text fuzzing: parseLevel and checkLevelText never throw', () => {
  it('the valid level is valid (so the mutations start from a good level)', () => {
    const r = checkLevelText(VALID_TEXT);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.level).not.toBeNull();
    expect(r.solution?.passed).toBe(true);
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 })), checkBoth),
      { seed: 5031963, numRuns: PARSE_RUNS },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), checkBoth), {
      seed: 5031964,
      numRuns: PARSE_RUNS,
    });
  });

  /** Characters that matter to JSON, and a few that a designer might type by mistake. */
  const noise = fc.string({
    unit: fc.constantFrom(...'{}[]:,"\\/*#\n\t 0123456789-.eE+truefalsn\u00a0，：“”'.split('')),
    minLength: 1,
    maxLength: 8,
  });
  const position = fc.nat({ max: VALID_TEXT.length });

  it('on the valid level with a range of characters deleted', () => {
    fc.assert(
      fc.property(position, fc.integer({ min: 1, max: 40 }), (at, length) => {
        checkBoth(VALID_TEXT.slice(0, at) + VALID_TEXT.slice(at + length));
      }),
      { seed: 5031965, numRuns: MUTATION_RUNS },
    );
  });

  it('on the valid level with random characters inserted', () => {
    fc.assert(
      fc.property(position, noise, (at, extra) => {
        checkBoth(VALID_TEXT.slice(0, at) + extra + VALID_TEXT.slice(at));
      }),
      { seed: 5031966, numRuns: MUTATION_RUNS },
    );
  });

  it('on the valid level with two characters swapped', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const chars = [...VALID_TEXT];
        const i = Math.min(a, chars.length - 1);
        const j = Math.min(b, chars.length - 1);
        [chars[i], chars[j]] = [chars[j]!, chars[i]!];
        checkBoth(chars.join(''));
      }),
      { seed: 5031967, numRuns: MUTATION_RUNS },
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The path of every value inside `value`, the root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function clone(): Json {
  return JSON.parse(VALID_TEXT) as Json;
}

function parentOf(
  root: Json,
  path: Path,
): { parent: Json[] | Record<string, Json>; key: string | number } {
  let cur = root as Json[] | Record<string, Json>;
  for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[k] as never;
  return { parent: cur, key: path[path.length - 1]! };
}

const ALL_PATHS = pathsOf(clone());
const ID_PATHS = ALL_PATHS.filter((p) => {
  const last = p[p.length - 1];
  const inMustDo = p[0] === 'goal' && p[1] === 'mustDo' && p.length === 3;
  return (
    inMustDo ||
    (typeof last === 'string' &&
      ['id', 'item', 'to', 'person', 'place', 'tool', 'owner'].includes(last))
  );
});
/** The ids the valid level uses, to rename one id to another (a clash or a dangling reference). */
const EXISTING_IDS = [
  ...new Set(
    ID_PATHS.map((p) => {
      const { parent, key } = parentOf(clone(), p);
      return (parent as Record<string | number, Json>)[key] as string;
    }),
  ),
];

/** A value of any JSON type, small. */
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 300 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 10 }),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  fc.constant<Json>({ en: 'x', zh: 'x' }),
  fc.constant<Json>({ x: 99, y: 0 }),
);

/** The JSON type of a value: "null", "array", "object", "number", "string" or "boolean". */
function jsonType(v: Json | undefined): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

const newId = fc.oneof(
  fc.constantFrom(...EXISTING_IDS),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
  fc.string({ maxLength: 12 }),
);

describe('structured mutations of a valid level: parseLevel and checkLevelText never throw', () => {
  it('with one key or entry dropped', () => {
    fc.assert(
      fc.property(fc.nat({ max: ALL_PATHS.length - 1 }), (i) => {
        const level = clone();
        const { parent, key } = parentOf(level, ALL_PATHS[i]!);
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        checkBoth(JSON.stringify(level, null, 2));
      }),
      { seed: 5031968, numRuns: MUTATION_RUNS },
    );
  });

  it('with one value replaced by a value of another type', () => {
    fc.assert(
      fc.property(fc.nat({ max: ALL_PATHS.length - 1 }), anyValue, (i, value) => {
        const level = clone();
        const { parent, key } = parentOf(level, ALL_PATHS[i]!);
        const values = parent as Record<string | number, Json>;
        fc.pre(jsonType(values[key]) !== jsonType(value));
        values[key] = value;
        checkBoth(JSON.stringify(level, null, 2));
      }),
      { seed: 5031969, numRuns: MUTATION_RUNS },
    );
  });

  it('with one id or reference renamed', () => {
    fc.assert(
      fc.property(fc.nat({ max: ID_PATHS.length - 1 }), newId, (i, id) => {
        const level = clone();
        const { parent, key } = parentOf(level, ID_PATHS[i]!);
        (parent as Record<string | number, Json>)[key] = id;
        checkBoth(JSON.stringify(level, null, 2));
      }),
      { seed: 5031970, numRuns: MUTATION_RUNS },
    );
  });

  it('with two mutations at once', () => {
    const mutation = fc.tuple(fc.nat({ max: ALL_PATHS.length - 1 }), anyValue);
    fc.assert(
      fc.property(mutation, mutation, (a, b) => {
        const level = clone();
        for (const [i, value] of [a, b]) {
          const path = ALL_PATHS[i]!;
          try {
            const { parent, key } = parentOf(level, path);
            if (parent !== null && typeof parent === 'object') {
              // A copy: the constants anyValue draws from must not be changed in place.
              (parent as Record<string | number, Json>)[key] = structuredClone(value);
            }
          } catch {
            // The first mutation removed the second one's parent: leave it.
          }
        }
        checkBoth(JSON.stringify(level, null, 2));
      }),
      { seed: 5031971, numRuns: MUTATION_RUNS },
    );
  });
});

interface Tile {
  x: number;
  y: number;
}

/** A small open level: grass only, 1–3 deliver deeds, things on distinct random tiles. */
const openLevel = fc
  .record({
    width: fc.integer({ min: 4, max: 10 }),
    height: fc.integer({ min: 3, max: 8 }),
    deeds: fc.integer({ min: 1, max: 3 }),
    people: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .chain(({ width, height, deeds, people, seed }) =>
    fc
      .record({
        // The start, the people and the items each on a tile of their own.
        tiles: fc.uniqueArray(
          fc.record({ x: fc.nat({ max: width - 1 }), y: fc.nat({ max: height - 1 }) }),
          {
            minLength: 1 + people + deeds,
            maxLength: 1 + people + deeds,
            selector: (t) => `${t.x},${t.y}`,
          },
        ),
        // Which person each deed's item goes to.
        to: fc.array(fc.nat({ max: people - 1 }), { minLength: deeds, maxLength: deeds }),
      })
      .map(({ tiles, to }) => ({ width, height, deeds, people, seed, tiles, to })),
  );

const STEPS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

/**
 * Whether everything can be reached: every tile that is not a person's from the start (people
 * stand in the way), and every person from a free tile beside them.
 */
function allReachable(width: number, height: number, start: Tile, people: Tile[]): boolean {
  const key = (t: Tile) => t.y * width + t.x;
  const inMap = (t: Tile) => t.x >= 0 && t.y >= 0 && t.x < width && t.y < height;
  const taken = new Set(people.map(key));
  const seen = new Set([key(start)]);
  const queue = [start];
  while (queue.length) {
    const t = queue.shift()!;
    for (const [dx, dy] of STEPS) {
      const n = { x: t.x + dx, y: t.y + dy };
      if (!inMap(n) || taken.has(key(n)) || seen.has(key(n))) continue;
      seen.add(key(n));
      queue.push(n);
    }
  }
  const freeBeside = (p: Tile) =>
    STEPS.some(
      ([dx, dy]) =>
        seen.has(key({ x: p.x + dx, y: p.y + dy })) && inMap({ x: p.x + dx, y: p.y + dy }),
    );
  return seen.size === width * height - taken.size && people.every(freeBeside);
}

describe('the solver on small open levels', () => {
  it('passes every one, and its replay passes it again', () => {
    fc.assert(
      fc.property(openLevel, (g) => {
        const [start, ...rest] = g.tiles as [Tile, ...Tile[]];
        const peopleAt = rest.slice(0, g.people);
        const itemsAt = rest.slice(g.people);
        // People stand in the way: skip the rare maps where they wall something or someone off.
        fc.pre(allReachable(g.width, g.height, start, peopleAt));
        const file = {
          schemaVersion: 1,
          id: 'open',
          title: text('Open'),
          intro: text('Open'),
          map: {
            rows: Array.from({ length: g.height }, () => '.'.repeat(g.width)),
            legend: { '.': 'grass' },
          },
          start,
          people: peopleAt.map((at, i) => ({
            id: `p${i}`,
            sprite: 'woman',
            at,
            name: text(`P${i}`),
          })),
          items: itemsAt.map((at, i) => ({
            id: `i${i}`,
            sprite: 'package',
            at,
            name: text(`I${i}`),
          })),
          deeds: g.to.map((p, i) => ({
            id: `d${i}`,
            kind: 'deliver',
            item: `i${i}`,
            to: `p${p}`,
            need: text('n'),
            thanks: text('t'),
          })),
          stars: [100, 200, 300],
          seed: g.seed,
        };
        const parsed = parseLevel(JSON.stringify(file));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const level = parsed.level;

        const solution = solveLevel(level);
        expect(solution.passed, solution.reason ?? '').toBe(true);
        expect([...solution.order].sort()).toEqual(level.deeds.map((d) => d.id).sort());
        expect(solution.score).toBeGreaterThanOrEqual(100 * g.deeds);

        const state = createState(level);
        const events: SimEvent[] = [];
        const replay = [...solution.replay];
        while (state.status === 'playing' && state.timeMs < solution.timeMs + 60_000) {
          const next = replay[0]?.tick === state.tick ? replay.shift()!.input : {};
          advance(state, next, TICK_MS, events);
        }
        expect(state.status).toBe('passed');
        expect(state.timeMs).toBe(solution.timeMs);
        expect(replay).toEqual([]);
      }),
      { seed: 5031972, numRuns: 30 },
    );
  });
});
