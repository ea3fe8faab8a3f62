// Thanks: a deed with a reward asks the player to answer the thanks, "It's my duty" (a modesty
// bonus) or the reward (more time, or one more thing to carry). The level waits for the answer.
import { describe, expect, it } from 'vitest';
import { scoreState } from '../../src/core/scoring';
import { CARRY_LIMIT, createState, MODESTY_BONUS, timeLimitOf } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, run, steps, text, wait } from './helpers';

const DUTY = 0;
const REWARD = 1;

function deliver(id: string, item: string, reward?: Record<string, unknown>) {
  return {
    id,
    kind: 'deliver',
    item,
    to: 'ann',
    need: text('n'),
    thanks: text('Thank you! Take this.'),
    ...(reward ? { reward } : {}),
  };
}

// y0  p c . . A     p: start, c: cup, A: Ann, l: letter
// y1  . . . . .     a: apples 0..4 along row 2
// y2  a a a a a
// y3  l . . . .
function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    map: { rows: ['.....', '.....', '.....', '.....'], legend: { '.': 'grass' } },
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
    items: [
      { id: 'cup', sprite: 'cup', at: { x: 1, y: 0 }, name: text('cup') },
      { id: 'letter', sprite: 'envelope', at: { x: 0, y: 3 }, name: text('letter') },
      ...[0, 1, 2, 3, 4].map((x) => ({
        id: `apple-${x}`,
        sprite: 'red-apple',
        at: { x, y: 2 },
        name: text('apple'),
      })),
    ],
    deeds: [
      deliver('cup-for-ann', 'cup', { kind: 'time', seconds: 20 }),
      deliver('letter-for-ann', 'letter'),
    ],
    timeLimit: 30,
    ...spec,
  });
}

/** Brings the cup to Ann; returns the events of the hand-over. */
function bringCup(s: SimState): SimEvent[] {
  run(s, { dir: 'right' });
  expect(s.player.carrying).toEqual(['cup']);
  return run(s, { tap: { x: 4, y: 0 } });
}

describe('thanks', () => {
  it('a deed with a reward opens the thanks dialog after it is done', () => {
    const s = createState(level());
    const events = bringCup(s);
    const types = events.map((e) => e.type);
    expect(eventsOfType(events, 'dialog')).toEqual([
      { type: 'dialog', kind: 'thanks', deedId: 'cup-for-ann' },
    ]);
    expect(types.indexOf('deedDone')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('dialog')).toBeGreaterThan(types.indexOf('deedDone'));
    expect(s.dialog).toEqual({ kind: 'thanks', deedId: 'cup-for-ann' });
    expect(deedState(s, 'cup-for-ann').status).toBe('done');
  });

  it('a deed without a reward opens no dialog', () => {
    const s = createState(
      level({ deeds: [deliver('cup-for-ann', 'cup'), deliver('l', 'letter')] }),
    );
    const events = bringCup(s);
    expect(eventsOfType(events, 'deedDone')).toHaveLength(1);
    expect(eventsOfType(events, 'dialog')).toEqual([]);
    expect(s.dialog).toBeNull();
  });

  it('the clock stops while the thanks wait for an answer', () => {
    const s = createState(level());
    bringCup(s);
    const timeMs = s.timeMs;
    wait(s, 60_000);
    expect(s.timeMs).toBe(timeMs);
    expect(s.status).toBe('playing');
  });

  it('"It\'s my duty" gives the modesty bonus, counted in the score', () => {
    const s = createState(level());
    bringCup(s);
    expect(scoreState(s)).toMatchObject({ modestyBonus: 0, total: 100 });
    const events = steps(s, 1, { choice: DUTY });
    expect(events).toEqual([{ type: 'modest', deedId: 'cup-for-ann', points: MODESTY_BONUS }]);
    expect(s.dialog).toBeNull();
    expect(s.modestyPoints).toBe(MODESTY_BONUS);
    expect(s.character).toEqual({ honest: 0, dishonest: 0, modest: 1, rewards: 0 });
    expect(s.bonusMs).toBe(0);
    expect(timeLimitOf(s)).toBe(30_000);
    const score = scoreState(s);
    expect(score.modestyBonus).toBe(MODESTY_BONUS);
    expect(score.total).toBe(100 + MODESTY_BONUS);
    expect(score.character).toEqual(s.character);
  });

  it('the modesty bonus is part of the total of a passed level too', () => {
    const s = createState(level({ deeds: [deliver('cup-for-ann', 'cup', { kind: 'carry' })] }));
    bringCup(s);
    steps(s, 1, { choice: DUTY });
    expect(s.status).toBe('passed');
    const score = scoreState(s);
    expect(score.timeBonus).toBeGreaterThan(0);
    expect(score.total).toBe(score.deedPoints + score.relayBonus + score.timeBonus + MODESTY_BONUS);
  });

  it('taking a time reward adds its seconds to the time limit', () => {
    const s = createState(level());
    bringCup(s);
    const events = steps(s, 1, { choice: REWARD });
    expect(events).toEqual([
      { type: 'rewarded', deedId: 'cup-for-ann', reward: { kind: 'time', seconds: 20 } },
    ]);
    expect(s.bonusMs).toBe(20_000);
    expect(timeLimitOf(s)).toBe(50_000);
    expect(s.modestyPoints).toBe(0);
    expect(s.character).toEqual({ honest: 0, dishonest: 0, modest: 0, rewards: 1 });
    expect(scoreState(s)).toMatchObject({ modestyBonus: 0, total: 100 });
  });

  it('with the time reward the level runs past its own limit, up to the new one', () => {
    const s = createState(level());
    bringCup(s);
    steps(s, 1, { choice: REWARD });
    const events = wait(s, 50_000 - s.timeMs - 25);
    expect(s.timeMs).toBeGreaterThan(30_000);
    expect(s.status).toBe('playing');
    wait(s, 25, events);
    expect(s.timeMs).toBe(50_000);
    expect(eventsOfType(events, 'timeUp')).toEqual([{ type: 'timeUp' }]);
    expect(s.status).toBe('timeUp');
  });

  it('without a reward, the same level runs out of time at its own limit', () => {
    const s = createState(level());
    bringCup(s);
    steps(s, 1, { choice: DUTY });
    wait(s, 30_000 - s.timeMs);
    expect(s.status).toBe('timeUp');
  });

  it('taking a carry reward lets the player carry one thing more', () => {
    // A second deed keeps the level going.
    const s = createState(
      level({ deeds: [deliver('cup-for-ann', 'cup', { kind: 'carry' }), deliver('l', 'letter')] }),
    );
    bringCup(s);
    const events = steps(s, 1, { choice: REWARD });
    expect(events).toEqual([
      { type: 'rewarded', deedId: 'cup-for-ann', reward: { kind: 'carry' } },
    ]);
    expect(s.carryBonus).toBe(1);
    expect(s.character.rewards).toBe(1);
    const walk: SimEvent[] = [];
    run(s, { tap: { x: 4, y: 1 } }, walk);
    run(s, { dir: 'down' }, walk);
    for (let i = 0; i < 4; i++) run(s, { dir: 'left' }, walk);
    expect(s.player).toMatchObject({ x: 0, y: 2 });
    expect(s.player.carrying).toEqual(['apple-4', 'apple-3', 'apple-2', 'apple-1']);
    expect(s.player.carrying).toHaveLength(CARRY_LIMIT + 1);
    expect(eventsOfType(walk, 'handsFull')).toEqual([{ type: 'handsFull', itemId: 'apple-0' }]);
  });

  it('without the carry reward the hands hold CARRY_LIMIT things', () => {
    const s = createState(
      level({ deeds: [deliver('cup-for-ann', 'cup', { kind: 'carry' }), deliver('l', 'letter')] }),
    );
    bringCup(s);
    steps(s, 1, { choice: DUTY });
    expect(s.carryBonus).toBe(0);
    run(s, { tap: { x: 4, y: 1 } });
    run(s, { dir: 'down' });
    for (let i = 0; i < 4; i++) run(s, { dir: 'left' });
    expect(s.player.carrying).toHaveLength(CARRY_LIMIT);
  });

  it("the level is not passed while the last deed's thanks are open, and is right after", () => {
    const s = createState(
      level({ deeds: [deliver('cup-for-ann', 'cup', { kind: 'time', seconds: 5 })] }),
    );
    const events = bringCup(s);
    expect(deedState(s, 'cup-for-ann').status).toBe('done');
    expect(s.status).toBe('playing');
    steps(s, 100, {}, events);
    expect(eventsOfType(events, 'levelPassed')).toEqual([]);
    expect(s.status).toBe('playing');
    const answer = steps(s, 1, { choice: DUTY });
    expect(answer).toEqual([
      { type: 'modest', deedId: 'cup-for-ann', points: MODESTY_BONUS },
      { type: 'levelPassed' },
    ]);
    expect(s.status).toBe('passed');
  });

  it('an answer to the thanks outside the two options does nothing', () => {
    const s = createState(level());
    bringCup(s);
    const events = [...steps(s, 1, { choice: 2 }), ...steps(s, 1, { choice: -1 })];
    expect(events).toEqual([]);
    expect(s.dialog).toEqual({ kind: 'thanks', deedId: 'cup-for-ann' });
    expect(s.bonusMs).toBe(0);
  });

  it('two deeds with rewards done in the same step are each thanked', () => {
    const rescue = (id: string) => ({
      id,
      kind: 'rescue',
      place: 'spot',
      seconds: 5,
      startsAt: 1,
      reward: { kind: 'time', seconds: 10 },
      need: text('n'),
      thanks: text('t'),
    });
    const s = createState(
      makeLevel({
        places: [{ id: 'spot', at: { x: 0, y: 0 }, name: text('spot') }],
        deeds: [rescue('catch-cat'), rescue('catch-kite')],
      }),
    );
    const events = wait(s, 1000);
    expect(eventsOfType(events, 'deedDone')).toHaveLength(1);
    for (let i = 0; i < 10 && s.status === 'playing'; i++) steps(s, 1, { choice: DUTY }, events);
    expect(eventsOfType(events, 'modest').map((e) => e.deedId)).toEqual([
      'catch-cat',
      'catch-kite',
    ]);
    expect(s.character.modest).toBe(2);
  });
});
