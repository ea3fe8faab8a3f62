// Bounds on levels from anyone (a dropped file, a link): every text, list and number in the
// format has a limit, and the checker's solver has a work budget, so no level can keep the game
// or the checker busy for long. Measured in steps and units of work, never in wall time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLevelText } from '../../src/core/level-check';
import { levelJsonSchema } from '../../src/core/level-json-schema';
import { parseLevel } from '../../src/core/level-parse';
import { LEVEL_LIMITS } from '../../src/core/level-schema-parts';
import type { Level } from '../../src/core/sim-types';
import { solveLevel, SOLVER_WORK_BUDGET, workWeights } from '../../src/core/solver';
import { hugeLevel, type HugeLevelSpec } from './huge-level';

function levelOf(spec: HugeLevelSpec): Level {
  const parsed = parseLevel(JSON.stringify(hugeLevel(spec)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.level;
}

/** A level at every limit at once: the most people, deeds, lanes and cars, the biggest map. */
const AT_LIMITS: HugeLevelSpec = {
  size: LEVEL_LIMITS.mapTiles,
  people: LEVEL_LIMITS.people,
  deeds: LEVEL_LIMITS.deeds,
  lanes: LEVEL_LIMITS.lanes,
  // 16 lanes of 64 tiles, a car every 8 tiles: 144 cars, just under the limit.
  spacing: 8,
  timeLimit: LEVEL_LIMITS.timeLimit.max,
};

describe('the solver’s work budget', () => {
  it('weighs a step by what the level holds, and a path search by the map', () => {
    const small = workWeights(levelOf({ ...AT_LIMITS, size: 16, people: 4, deeds: 2, lanes: 0 }));
    const big = workWeights(levelOf(AT_LIMITS));
    expect(small).toEqual({ step: 2, tap: 32 });
    expect(big.step).toBeGreaterThan(20 * small.step);
    expect(big.tap).toBe((64 * 64) / 8);
  });

  it('is never overspent, whatever the level and the budget', () => {
    const spec = fc.record({
      size: fc.integer({ min: 12, max: LEVEL_LIMITS.mapTiles }),
      people: fc.integer({ min: 1, max: LEVEL_LIMITS.people }),
      deeds: fc.integer({ min: 1, max: LEVEL_LIMITS.deeds }),
      lanes: fc.integer({ min: 0, max: 6 }),
      spacing: fc.integer({ min: 6, max: 20 }),
      timeLimit: fc.option(fc.integer({ min: 10, max: 3600 }), { nil: null }),
    });
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 150_000 }), (s, budget) => {
        const text = JSON.stringify(hugeLevel({ ...s, deeds: Math.min(s.deeds, s.people) }));
        const parsed = parseLevel(text);
        // A map too small for that many people and lanes is not a level: nothing to solve.
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const weights = workWeights(parsed.level);
        const result = solveLevel(parsed.level, { maxWork: budget });
        // The last step may cross the line by its own weight, no more.
        expect(result.work).toBeLessThan(budget + weights.step + weights.tap);
        expect(result.steps).toBeLessThanOrEqual(Math.ceil(budget / weights.step) + 1);
        if (!result.passed && result.outOfBudget && !result.ranOutOfTime) {
          expect(result.reason ?? '').toMatch(/gave up after \d+ steps of play|could not complete/);
        }
      }),
      { numRuns: 25, seed: 4182 },
    );
  });

  it('bounds the check of a level at every limit: the default budget, then it stops', () => {
    const level = levelOf(AT_LIMITS);
    const weights = workWeights(level);
    const text = JSON.stringify(hugeLevel(AT_LIMITS));
    const check = checkLevelText(text);
    const solution = check.solution!;
    expect(solution.work).toBeLessThan(SOLVER_WORK_BUDGET + weights.step + weights.tap);
    expect(solution.steps).toBeLessThanOrEqual(SOLVER_WORK_BUDGET / weights.step + 1);
    // It did run out, and still kept the best pass it had found.
    expect(solution.outOfBudget).toBe(true);
    expect(solution.passed).toBe(true);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says it gave up when no run passed within the budget', () => {
    const level = levelOf({ ...AT_LIMITS, lanes: 0, timeLimit: null });
    const result = solveLevel(level, { maxWork: 5_000 });
    expect(result).toMatchObject({ passed: false, outOfBudget: true, ranOutOfTime: false });
    expect(result.reason).toMatch(
      /^it gave up after \d+ steps of play without passing it, its most for one level/,
    );
  });
});

describe('limits in the level format', () => {
  it('every text, list and number in the JSON Schema has an upper bound', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'string' && n.const === undefined && n.enum === undefined) {
        if (typeof n.maxLength !== 'number') unbounded.push(`${path} (text)`);
      }
      if (n.type === 'array' && typeof n.maxItems !== 'number' && !Array.isArray(n.prefixItems)) {
        unbounded.push(`${path} (list)`);
      }
      if ((n.type === 'integer' || n.type === 'number') && n.const === undefined) {
        if (typeof n.maximum !== 'number') unbounded.push(`${path} (number)`);
      }
      for (const [k, v] of Object.entries(n)) {
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}/${k}/${i}`));
        else walk(v, `${path}/${k}`);
      }
    };
    walk(levelJsonSchema(), '');
    expect(unbounded).toEqual([]);
  });

  it('a file too long for a level is refused at once, before it is parsed', () => {
    const text = `{"title": "${'x'.repeat(LEVEL_LIMITS.fileChars)}"}`;
    const parsed = parseLevel(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        line: 1,
        column: 1,
        path: '',
        message: `the file is too long for a level: ${text.length} characters, at most ${LEVEL_LIMITS.fileChars}`,
        severity: 'error',
      },
    ]);
  });

  it('names the limit and what was found, for texts of each kind', () => {
    const text = (en: string) => ({ en, zh: '好' });
    const result = parseLevel(
      JSON.stringify({
        ...hugeLevel({ ...AT_LIMITS, size: 12, people: 2, deeds: 1, lanes: 0 }),
        title: text('T'.repeat(61)),
        people: [
          {
            id: 'p0',
            sprite: 'woman',
            at: { x: 1, y: 0 },
            name: text('N'.repeat(41)),
            says: text('S'.repeat(301)),
          },
        ],
        items: [{ id: 'i0', sprite: 'package', at: { x: 1, y: 1 }, name: text('cup') }],
        deeds: [
          {
            id: 'd0',
            kind: 'teach',
            person: 'p0',
            need: text('n'),
            thanks: text('t'),
            question: text('Q'.repeat(301)),
            options: [text('A'.repeat(121)), text('b')],
            answer: 1,
          },
        ],
        timeLimit: 5,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}  ${p.message}`).sort()).toEqual([
      '/deeds/0/options/0/en  too long: at most 120 characters, found 121',
      '/deeds/0/question/en  too long: at most 300 characters, found 301',
      '/people/0/name/en  too long: at most 40 characters, found 41',
      '/people/0/says/en  too long: at most 300 characters, found 301',
      '/timeLimit  too short: a time limit is at least 10 seconds, found 5',
      '/title/en  too long: at most 60 characters, found 61',
    ]);
  });
});
