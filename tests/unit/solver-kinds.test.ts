// The solver plays every deed kind: small levels of each new kind are passed, and feeding the
// solver's inputs back to the simulation passes them again in the same time.
import { describe, expect, it } from 'vitest';
import { CARRY_LIMIT, createState } from '../../src/core/sim';
import type { Level } from '../../src/core/sim-types';
import { solveLevel } from '../../src/core/solver';
import { makeLevel, playReplay, run, steps, text } from './helpers';

const lines = { need: text('n'), thanks: text('t') };

function person(id: string, x: number, y: number) {
  return { id, sprite: 'woman', at: { x, y }, name: text(id) };
}

function item(id: string, x: number, y: number) {
  return { id, sprite: 'package', at: { x, y }, name: text(id) };
}

// A 10 × 5 field of grass with a pond (~) in the middle, so that walks go round it.
//   0123456789
// 0 ..........
// 1 ...~~~....
// 2 ...~~~....
// 3 ..........
// 4 ..........
function field(spec: Record<string, unknown>): Level {
  return makeLevel({
    map: {
      rows: ['..........', '...~~~....', '...~~~....', '..........', '..........'],
      legend: { '.': 'grass', '~': 'water', b: 'barren' },
    },
    ...spec,
  });
}

type Spec = Record<string, unknown> & { deeds: Record<string, unknown>[] };

/** Small levels, one deed kind each, as level file fields on top of the field of grass. */
const KINDS: [string, Spec][] = [
  [
    'teach, with the right answer the third option',
    {
      people: [person('ming', 8, 2)],
      deeds: [
        {
          id: 'sums',
          kind: 'teach',
          person: 'ming',
          question: text('3 + 4?'),
          options: [text('6'), text('8'), text('7')],
          answer: 2,
          ...lines,
        },
      ],
    },
  ],
  [
    'choose, with the good option after an unkind one',
    {
      people: [person('wang', 7, 4)],
      deeds: [
        {
          id: 'wallet',
          kind: 'choose',
          person: 'wang',
          prompt: text('A wallet?'),
          options: [
            { text: text('Keep'), outcome: text('o'), kind: 'unkind', honest: false },
            { text: text('Return'), outcome: text('o'), kind: 'good', honest: true },
          ],
          ...lines,
        },
      ],
    },
  ],
  [
    `collect, with more litter than ${CARRY_LIMIT} hands hold (two trips)`,
    {
      items: [item('can-1', 9, 0), item('can-2', 9, 4), item('can-3', 0, 3), item('can-4', 6, 3)],
      places: [{ id: 'bin', at: { x: 1, y: 1 }, name: text('bin'), solid: true }],
      deeds: [
        {
          id: 'litter',
          kind: 'collect',
          items: ['can-1', 'can-2', 'can-3', 'can-4'],
          bin: 'bin',
          ...lines,
        },
      ],
    },
  ],
  [
    'plant, on barren ground across the pond',
    {
      map: {
        rows: ['.......bbb', '...~~~.bbb', '...~~~....', '..........'],
        legend: { '.': 'grass', '~': 'water', b: 'barren' },
      },
      items: [item('sapling-1', 0, 3), item('sapling-2', 1, 3), item('sapling-3', 2, 0)],
      places: [{ id: 'hill', at: { x: 7, y: 0 }, width: 3, height: 2, name: text('hill') }],
      deeds: [
        {
          id: 'trees',
          kind: 'plant',
          saplings: ['sapling-1', 'sapling-2', 'sapling-3'],
          area: 'hill',
          ...lines,
        },
      ],
    },
  ],
  [
    'rescue, whose countdown starts after a while',
    {
      people: [person('yu', 9, 2)],
      places: [{ id: 'spot', at: { x: 7, y: 1 }, name: text('spot') }],
      deeds: [
        {
          id: 'kite',
          kind: 'rescue',
          place: 'spot',
          seconds: 4,
          startsAt: 5,
          person: 'yu',
          ...lines,
        },
      ],
    },
  ],
  [
    'donate, to a person, in two trips',
    {
      people: [person('fang', 4, 0)],
      items: [
        item('coin-1', 0, 4),
        item('coin-2', 2, 4),
        item('coin-3', 9, 3),
        item('coin-4', 4, 3),
      ],
      deeds: [
        {
          id: 'give',
          kind: 'donate',
          items: ['coin-1', 'coin-2', 'coin-3', 'coin-4'],
          to: 'fang',
          ...lines,
        },
      ],
    },
  ],
  [
    'donate, to an open place',
    {
      items: [item('book-1', 8, 4), item('book-2', 1, 3)],
      places: [{ id: 'library', at: { x: 6, y: 0 }, name: text('library') }],
      deeds: [
        { id: 'books', kind: 'donate', items: ['book-1', 'book-2'], to: 'library', ...lines },
      ],
    },
  ],
  [
    'return',
    {
      people: [person('mei', 2, 0)],
      items: [item('purse', 9, 1)],
      deeds: [{ id: 'purse-back', kind: 'return', item: 'purse', owner: 'mei', ...lines }],
    },
  ],
];

/** Solves `level`, checks the pass, and replays the solver's inputs to the same result. */
function expectSolvedAndReplayed(level: Level): void {
  const solution = solveLevel(level);
  expect(solution.reason).toBeNull();
  expect(solution.passed).toBe(true);
  expect(solution.order).toEqual(expect.arrayContaining(level.deeds.map((d) => d.id)));
  const replayed = playReplay(level, solution.replay);
  expect(replayed.status).toBe('passed');
  expect(replayed.timeMs).toBe(solution.timeMs);
  expect(replayed.deeds.every((d) => d.status === 'done')).toBe(true);
}

describe('the solver', () => {
  it.each(KINDS)('passes a level with %s, and the replay passes it too', (_name, spec) => {
    expectSolvedAndReplayed(field(spec));
  });

  it('passes a level with all the new kinds at once, and the replay passes it too', () => {
    // Everything but the planting, which has a map of its own.
    const all = KINDS.filter(([name]) => !name.startsWith('plant')).map(([, spec]) => spec);
    const merged = (key: string): unknown[] =>
      all.flatMap((spec) => (spec[key] as unknown[] | undefined) ?? []);
    const level = field({
      people: merged('people'),
      items: merged('items'),
      places: merged('places'),
      // A countdown long enough for the other deeds to be done first, in any order.
      deeds: all
        .flatMap((spec) => spec.deeds)
        .map((d) => (d.kind === 'rescue' ? { ...d, seconds: 120 } : d)),
    });
    expect(level.deeds.map((d) => d.kind).sort()).toEqual([
      'choose',
      'collect',
      'donate',
      'donate',
      'rescue',
      'return',
      'teach',
    ]);
    expectSolvedAndReplayed(level);
  });

  it('answers a teach question right the first time: full points', () => {
    const level = field(KINDS[0]![1]);
    const replayed = playReplay(level, solveLevel(level).replay);
    expect(replayed.deeds[0]).toMatchObject({ status: 'done', tries: 0 });
    expect(replayed.records[0]!.points).toBe(100);
  });

  it('takes the kind choice, not the first one', () => {
    const level = field(KINDS[1]![1]);
    const replayed = playReplay(level, solveLevel(level).replay);
    expect(replayed.deeds[0]!.status).toBe('done');
    expect(replayed.character).toMatchObject({ honest: 1, dishonest: 0 });
  });

  it('waits in the rescue spot for the countdown to start', () => {
    const level = field(KINDS[4]![1]);
    const solution = solveLevel(level);
    expect(solution.timeMs).toBe(5000);
  });
});

describe('a time reward', () => {
  // A cup for Ann next to the start earns 20 extra seconds; the letter for Bo lies at the far
  // end of a long field and Bo stands back at the start: too far for 10 s, not for 30.
  const level = makeLevel({
    map: { rows: ['.'.repeat(60), '.'.repeat(60)], legend: { '.': 'grass' } },
    people: [person('ann', 2, 0), person('bo', 0, 1)],
    items: [item('cup', 1, 0), item('letter', 59, 1)],
    deeds: [
      {
        id: 'cup',
        kind: 'deliver',
        item: 'cup',
        to: 'ann',
        reward: { kind: 'time', seconds: 20 },
        ...lines,
      },
      { id: 'letter', kind: 'deliver', item: 'letter', to: 'bo', ...lines },
    ],
    timeLimit: 10,
  });

  it('makes the level passable: by hand, taking it passes after the original limit', () => {
    const s = createState(level);
    run(s, { dir: 'right' });
    run(s, { interact: true });
    expect(s.dialog).toEqual({ kind: 'thanks', deedId: 'cup' });
    steps(s, 1, { choice: 1 });
    run(s, { tap: { x: 59, y: 1 } });
    run(s, { tap: { x: 0, y: 1 } });
    expect(s.status).toBe('passed');
    expect(s.timeMs).toBeGreaterThan(10_000);
  });

  it('without taking it, the same walk runs out of time', () => {
    const s = createState(level);
    run(s, { dir: 'right' });
    run(s, { interact: true });
    steps(s, 1, { choice: 0 });
    run(s, { tap: { x: 59, y: 1 } });
    run(s, { tap: { x: 0, y: 1 } });
    expect(s.status).toBe('timeUp');
  });

  it('the solver passes a level whose limit is reachable only by taking it', () => {
    const solution = solveLevel(level);
    expect(solution.passed).toBe(true);
    const replayed = playReplay(level, solution.replay);
    expect(replayed.status).toBe('passed');
    expect(replayed.timeMs).toBe(solution.timeMs);
    expect(replayed.bonusMs).toBe(20_000);
  });
});
