// Scoring: the relay bonus and streak, the time bonus, stars at their thresholds, totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RELAY_MAX,
  RELAY_STEP,
  RELAY_WINDOW_MS,
  TIME_BONUS_PER_SECOND,
  relayFor,
  relayStreak,
  relayWindowLeft,
  runningScore,
  scoreLevel,
  starsFor,
  timeBonus,
} from '../../src/core/scoring';
import { createState } from '../../src/core/sim';
import type { DeedRecord } from '../../src/core/sim-types';
import { eventsOfType, makeLevel, run, text } from './helpers';

/** Records of deeds done at these times, 100 points each, with the relay the sim would give. */
function recordsAt(...times: number[]): DeedRecord[] {
  const records: DeedRecord[] = [];
  for (const [i, atMs] of times.entries()) {
    records.push({
      deedId: `d${i}`,
      kind: 'deliver',
      points: 100,
      atMs,
      relay: relayFor(records, atMs),
    });
  }
  return records;
}

const deed = (id: string, item: string) => ({
  id,
  kind: 'deliver',
  item,
  to: 'ann',
  need: text('n'),
  thanks: text('t'),
});

function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
    items: [{ id: 'cup', sprite: 'package', at: { x: 0, y: 1 }, name: text('cup') }],
    deeds: [deed('d', 'cup')],
    stars: [100, 200, 300],
    ...spec,
  });
}

describe('relay bonus', () => {
  it('is 0 for the first deed', () => {
    expect(relayFor([], 5000)).toBe(0);
  });

  it('is one step for a deed within the window of the last, up to its very end', () => {
    expect(relayFor(recordsAt(1000), 1000 + RELAY_WINDOW_MS - 1)).toBe(RELAY_STEP);
    expect(relayFor(recordsAt(1000), 1000 + RELAY_WINDOW_MS)).toBe(RELAY_STEP);
  });

  it('is 0 for a deed just outside the window', () => {
    expect(relayFor(recordsAt(1000), 1000 + RELAY_WINDOW_MS + 1)).toBe(0);
  });

  it('grows by one step for each deed in the chain, each within the window of the one before', () => {
    // The chain spans more than one window; what counts is each gap.
    const records = recordsAt(0, 10_000, 20_000);
    expect(records.map((r) => r.relay)).toEqual([0, RELAY_STEP, 2 * RELAY_STEP]);
    expect(relayFor(records, 30_000)).toBe(3 * RELAY_STEP);
  });

  it('counts only the chain since the last gap wider than the window', () => {
    const records = recordsAt(0, 5000, 5000 + RELAY_WINDOW_MS + 1);
    expect(records.map((r) => r.relay)).toEqual([0, RELAY_STEP, 0]);
    expect(relayFor(records, records[2]!.atMs + 1000)).toBe(RELAY_STEP);
  });

  it('is capped at RELAY_MAX', () => {
    expect(RELAY_MAX).toBeLessThan(10 * RELAY_STEP);
    const records = recordsAt(...Array.from({ length: 10 }, (_, i) => i * 1000));
    expect(records.map((r) => r.relay)).toEqual([0, 25, 50, 75, 100, 100, 100, 100, 100, 100]);
    expect(Math.max(...records.map((r) => r.relay))).toBe(RELAY_MAX);
    expect(relayFor(records, 10_000)).toBe(RELAY_MAX);
  });

  it('is given by the simulation to a deed done soon after another', () => {
    const s = createState(
      level({
        items: [
          { id: 'cup', sprite: 'package', at: { x: 1, y: 0 }, name: text('cup') },
          { id: 'pen', sprite: 'pen', at: { x: 2, y: 0 }, name: text('pen') },
        ],
        deeds: [deed('cup-for-ann', 'cup'), deed('pen-for-ann', 'pen')],
      }),
    );
    for (let i = 0; i < 3; i++) run(s, { dir: 'right' });
    const first = run(s, { interact: true });
    const second = run(s, { interact: true });
    expect(eventsOfType([...first, ...second], 'deedDone').map((e) => e.relay)).toEqual([
      0,
      RELAY_STEP,
    ]);
    expect(s.records.map((r) => r.relay)).toEqual([0, RELAY_STEP]);
    expect(runningScore(s.records)).toBe(200 + RELAY_STEP);
  });
});

describe('relay streak', () => {
  it('is 0 with no deeds', () => {
    expect(relayStreak([], 0)).toBe(0);
  });

  it('is 1 for a single deed, until the window closes', () => {
    const records = recordsAt(1000);
    expect(relayStreak(records, 1000)).toBe(1);
    expect(relayStreak(records, 1000 + RELAY_WINDOW_MS)).toBe(1);
    expect(relayStreak(records, 1000 + RELAY_WINDOW_MS + 1)).toBe(0);
  });

  it('counts the deeds of the current chain', () => {
    const records = recordsAt(0, 10_000, 20_000, 50_000, 60_000);
    expect(relayStreak(records.slice(0, 3), 21_000)).toBe(3);
    expect(relayStreak(records, 61_000)).toBe(2);
    expect(relayStreak(records, 60_000 + RELAY_WINDOW_MS + 1)).toBe(0);
  });

  it('the window bar shrinks from 1 to 0', () => {
    const records = recordsAt(1000);
    expect(relayWindowLeft([], 0)).toBe(0);
    expect(relayWindowLeft(records, 1000)).toBe(1);
    expect(relayWindowLeft(records, 1000 + RELAY_WINDOW_MS / 2)).toBe(0.5);
    expect(relayWindowLeft(records, 1000 + RELAY_WINDOW_MS)).toBe(0);
    expect(relayWindowLeft(records, 1000 + 2 * RELAY_WINDOW_MS)).toBe(0);
  });
});

describe('time bonus', () => {
  const timed = level({ timeLimit: 60 });

  it('gives points for each whole second left when passed', () => {
    expect(timeBonus(timed, 10_000, true)).toBe(50 * TIME_BONUS_PER_SECOND);
    expect(timeBonus(timed, 10_001, true)).toBe(49 * TIME_BONUS_PER_SECOND);
    expect(timeBonus(timed, 59_000, true)).toBe(TIME_BONUS_PER_SECOND);
    expect(timeBonus(timed, 59_001, true)).toBe(0);
    expect(timeBonus(timed, 0, true)).toBe(60 * TIME_BONUS_PER_SECOND);
  });

  it('is never negative, even past the limit', () => {
    expect(timeBonus(timed, 90_000, true)).toBe(0);
  });

  it('is 0 when the level was not passed', () => {
    expect(timeBonus(timed, 10_000, false)).toBe(0);
  });

  it('is 0 when the level has no time limit', () => {
    const untimed = level();
    expect(untimed.timeLimitMs).toBeNull();
    expect(timeBonus(untimed, 10_000, true)).toBe(0);
  });
});

describe('stars', () => {
  const thresholds = [100, 200, 300] as const;

  it.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [199, 1],
    [200, 2],
    [299, 2],
    [300, 3],
    [100_000, 3],
  ])('a passed total of %i earns %i stars', (total, stars) => {
    expect(starsFor(total, thresholds, true)).toBe(stars);
  });

  it('are 0 when the level was not passed, whatever the total', () => {
    expect(starsFor(300, thresholds, false)).toBe(0);
    expect(starsFor(100_000, thresholds, false)).toBe(0);
  });

  it('equal thresholds give the higher count', () => {
    expect(starsFor(200, [100, 200, 200], true)).toBe(3);
    expect(starsFor(0, [0, 0, 0], true)).toBe(3);
  });
});

describe('scoreLevel', () => {
  it('adds deed points, relay bonus and time bonus into the total', () => {
    const timed = level({ timeLimit: 60, stars: [100, 405, 100_000] });
    const records: DeedRecord[] = [
      { deedId: 'a', kind: 'deliver', points: 100, atMs: 1000, relay: 0 },
      { deedId: 'b', kind: 'escort', points: 150, atMs: 9000, relay: 25 },
      { deedId: 'c', kind: 'repair', points: 80, atMs: 12_000, relay: 50 },
    ];
    const score = scoreLevel(timed, records, 20_500, true);
    expect(score).toEqual({
      lines: [
        { deedId: 'a', kind: 'deliver', points: 100, relay: 0, atMs: 1000 },
        { deedId: 'b', kind: 'escort', points: 150, relay: 25, atMs: 9000 },
        { deedId: 'c', kind: 'repair', points: 80, relay: 50, atMs: 12_000 },
      ],
      deedPoints: 330,
      relayBonus: 75,
      timeBonus: 39 * TIME_BONUS_PER_SECOND,
      modestyBonus: 0,
      character: null,
      total: 330 + 75 + 39 * TIME_BONUS_PER_SECOND,
      stars: 2,
      passed: true,
    });
  });

  it('a failed attempt keeps its deed points but earns no time bonus and no stars', () => {
    const timed = level({ timeLimit: 60 });
    const score = scoreLevel(timed, recordsAt(1000, 2000, 3000), 60_000, false);
    expect(score).toMatchObject({
      deedPoints: 300,
      relayBonus: 75,
      timeBonus: 0,
      total: 375,
      stars: 0,
      passed: false,
    });
  });

  it('with no deeds the total is the time bonus alone', () => {
    const timed = level({ timeLimit: 60 });
    expect(scoreLevel(timed, [], 30_000, true)).toMatchObject({
      lines: [],
      deedPoints: 0,
      relayBonus: 0,
      total: 30 * TIME_BONUS_PER_SECOND,
    });
  });

  it('the total is always the sum of its parts, and stars follow the total', () => {
    const timed = level({ timeLimit: 120, stars: [100, 300, 600] });
    const record = fc.record({
      points: fc.integer({ min: 0, max: 10_000 }),
      relay: fc.integer({ min: 0, max: RELAY_MAX }),
      atMs: fc.integer({ min: 0, max: 200_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.boolean(),
        (parts, elapsed, passed) => {
          const records = parts.map((p, i) => ({ ...p, deedId: `d${i}`, kind: 'repair' as const }));
          const s = scoreLevel(timed, records, elapsed, passed);
          expect(s.deedPoints).toBe(parts.reduce((n, p) => n + p.points, 0));
          expect(s.relayBonus).toBe(parts.reduce((n, p) => n + p.relay, 0));
          expect(s.total).toBe(s.deedPoints + s.relayBonus + s.timeBonus);
          expect(s.total - s.timeBonus).toBe(runningScore(records));
          expect(s.stars).toBe(starsFor(s.total, timed.stars, passed));
          expect(s.lines).toHaveLength(parts.length);
        },
      ),
    );
  });
});
