// Each campaign level can be passed by playing it with taps, as a person would.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/core/sim';
import type { SimEvent } from '../../src/core/sim-types';
import { scoreLevel } from '../../src/core/scoring';
import { loadLevel, run, wait } from './helpers';

type Step = { tap: { x: number; y: number } } | { wait: number };

function play(levelId: string, steps: Step[]) {
  const level = loadLevel(levelId);
  const state = createState(level);
  const events: SimEvent[] = [];
  for (const s of steps) {
    if ('tap' in s) run(state, { tap: s.tap }, events);
    else wait(state, s.wait, events);
  }
  return {
    state,
    events,
    score: scoreLevel(level, state.records, state.timeMs, state.status === 'passed'),
  };
}

describe('campaign levels can be passed', () => {
  it('01 a rainy morning: umbrella to Grandma Wang, kite to Xiao Ming', () => {
    const { state, score } = play('01-rainy-morning', [
      { tap: { x: 4, y: 5 } },
      { tap: { x: 14, y: 2 } },
      { tap: { x: 13, y: 5 } },
      { tap: { x: 2, y: 3 } },
    ]);
    expect(state.status).toBe('passed');
    expect(score.stars).toBeGreaterThanOrEqual(2);
  });

  it('02 across the street: Grandpa Zhao crosses at the crosswalk', () => {
    const { state, events } = play('02-across-the-street', [
      { tap: { x: 15, y: 8 } },
      { tap: { x: 2, y: 5 } },
      { tap: { x: 7, y: 5 } },
      { tap: { x: 7, y: 2 } },
      { tap: { x: 8, y: 1 } },
      { tap: { x: 14, y: 2 } },
    ]);
    expect(
      events.filter((e) => e.type === 'deedDone').map((e) => (e as { deedId: string }).deedId),
    ).toEqual(['walk-grandpa-zhao', 'teddy-for-xiao-hong']);
    expect(state.status).toBe('passed');
  });

  it('03 the flat tyre: mend, return the books, guide Mr Chen', () => {
    const { state } = play('03-the-flat-tyre', [
      { tap: { x: 3, y: 8 } },
      { tap: { x: 11, y: 7 } },
      { wait: 3100 },
      { tap: { x: 6, y: 7 } },
      { tap: { x: 1, y: 6 } },
      { tap: { x: 8, y: 5 } },
      { tap: { x: 8, y: 2 } },
      { tap: { x: 3, y: 1 } },
      { tap: { x: 15, y: 2 } },
    ]);
    expect(state.deeds.map((d) => d.status)).toEqual(['done', 'done', 'done']);
    expect(state.status).toBe('passed');
  });
});
