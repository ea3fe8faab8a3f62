// Every level a designer ships must pass the checker and the solver: no impossible levels.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText } from '../../src/core/level-check';
import { formatProblem } from '../../src/core/level-parse';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent } from '../../src/core/sim-types';
import { solveLevel } from '../../src/core/solver';
import type { TileKind } from '../../src/core/tiles';
import { makeLevel, text } from './helpers';

const dir = new URL('../../levels/', import.meta.url);
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.json') && f !== 'campaign.json' && f !== 'level.schema.json',
);

describe.each(files)('%s', (file) => {
  const result = checkLevelText(readFileSync(new URL(file, dir), 'utf8'));

  it('has no errors and no warnings', () => {
    expect(result.problems.map((p) => formatProblem(`levels/${file}`, p))).toEqual([]);
  });

  it('is passed by the solver within its time limit', () => {
    expect(result.solution?.passed).toBe(true);
    // Every order tried, well within the solver's work budget (the biggest level needs half).
    expect(result.solution?.outOfBudget).toBe(false);
    if (result.level?.timeLimitMs)
      expect(result.solution!.timeMs).toBeLessThan(result.level.timeLimitMs);
  });

  it("replays the solver's inputs to the same result", () => {
    const level = result.level!;
    const state = createState(level);
    const events: SimEvent[] = [];
    const replay = [...result.solution!.replay];
    while (state.status === 'playing' && state.timeMs < 3_600_000) {
      const next = replay[0]?.tick === state.tick ? replay.shift()!.input : {};
      advance(state, next, TICK_MS, events);
    }
    expect(state.status).toBe('passed');
    expect(state.timeMs).toBe(result.solution!.timeMs);
  });
});

describe('the solver', () => {
  const base = {
    map: { rows: ['.....', '.###.', '.....'], legend: { '.': 'grass', '#': 'wall' } },
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 2 }, name: text('Ann') }],
    items: [{ id: 'cup', sprite: 'package', at: { x: 4, y: 0 }, name: text('cup') }],
    deeds: [
      { id: 'd', kind: 'deliver', item: 'cup', to: 'ann', need: text('n'), thanks: text('t') },
    ],
  };

  it('passes a small level and reports its time and score', () => {
    const s = solveLevel(makeLevel(base));
    expect(s.passed).toBe(true);
    expect(s.order).toEqual(['d']);
    expect(s.score).toBeGreaterThanOrEqual(100);
  });

  it('fails a level whose item cannot be reached, saying why', () => {
    // The checker refuses such a level, so wall the item in after checking.
    const open = makeLevel(base);
    const walls = ['...#.', '.####', '.....'].join('');
    const walled = {
      ...open,
      tiles: [...walls].map((c) => (c === '#' ? 'wall' : 'grass') as TileKind),
    };
    const s = solveLevel(walled);
    expect(s.passed).toBe(false);
    expect(s.reason).toContain('"d"');
  });

  it('fails a level whose time limit is too short', () => {
    const rows = ['.'.repeat(60), '.'.repeat(60)];
    const far = makeLevel({
      ...base,
      map: { rows, legend: { '.': 'grass' } },
      people: [{ id: 'ann', sprite: 'woman', at: { x: 59, y: 1 }, name: text('Ann') }],
      items: [{ id: 'cup', sprite: 'package', at: { x: 59, y: 0 }, name: text('cup') }],
      timeLimit: 10,
    });
    const s = solveLevel(far);
    expect(s.passed).toBe(false);
    expect(s.reason).toContain('time limit');
  });
});
