// donate: the coins gathered go to the receiver in one or more trips, three at most a trip;
// a person is reached by facing them, an open place also by standing inside it.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/core/sim';
import type { SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, needOf, run, text } from './helpers';

const COINS = ['coin-1', 'coin-2', 'coin-3', 'coin-4'];
const FANG_NEED = { en: 'We collect for the flood victims.', zh: '我们在为灾民募捐。' };

function coin(id: string, x: number, y: number) {
  return { id, sprite: 'coin', at: { x, y }, name: text('coin') };
}

function donateDeed(to: string, items: readonly string[] = COINS) {
  return { id: 'give', kind: 'donate', items, to, need: FANG_NEED, thanks: text('Thank you!') };
}

// y0  p c c c c F     p: start, c: coins 1..4, F: Fang, who collects
// y1  . . . . . .     a: an apple (not a coin)
// y2  a . . . . .
const level = () =>
  makeLevel({
    map: { rows: ['......', '......', '......'], legend: { '.': 'grass' } },
    people: [{ id: 'fang', sprite: 'woman', at: { x: 5, y: 0 }, name: text('Fang') }],
    items: [
      ...COINS.map((id, i) => coin(id, i + 1, 0)),
      { id: 'apple', sprite: 'red-apple', at: { x: 0, y: 2 }, name: text('apple') },
    ],
    deeds: [donateDeed('fang')],
  });

/** Walks to (4,0) facing Fang, holding three coins; the fourth stays for lack of hands. */
function firstTrip(): SimState {
  const s = createState(level());
  for (let i = 0; i < 4; i++) run(s, { dir: 'right' });
  expect(s.player).toMatchObject({ x: 4, y: 0, facing: 'right' });
  expect(s.player.carrying).toEqual(['coin-1', 'coin-2', 'coin-3']);
  return s;
}

describe('donate', () => {
  it('hands every carried coin to the receiver the player faces, counting them', () => {
    const s = firstTrip();
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([
      { type: 'placed', deedId: 'give', itemId: 'coin-1', count: 1, total: 4 },
      { type: 'placed', deedId: 'give', itemId: 'coin-2', count: 2, total: 4 },
      { type: 'placed', deedId: 'give', itemId: 'coin-3', count: 3, total: 4 },
    ]);
    expect(eventsOfType(events, 'handedOver').map((e) => e.to)).toEqual(['fang', 'fang', 'fang']);
    expect(eventsOfType(events, 'talked')).toEqual([]);
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(deedState(s, 'give')).toMatchObject({ status: 'active', count: 3 });
    expect(needOf(s, 'give')).toMatchObject({ anchor: { x: 5, y: 0 }, progress: 3 / 4 });
    expect(s.player.carrying).toEqual([]);
  });

  it('completes on the second trip, exactly when the last coin is given', () => {
    const s = firstTrip();
    run(s, { interact: true });
    expect(s.people[0]!.helped).toBe(false);
    run(s, { dir: 'left' });
    run(s, { dir: 'right' });
    expect(s.player.carrying).toEqual(['coin-4']);
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([
      { type: 'placed', deedId: 'give', itemId: 'coin-4', count: 4, total: 4 },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'give', points: 100, relay: 0, at: { x: 5, y: 0 } },
    ]);
    expect(deedState(s, 'give')).toMatchObject({ status: 'done', count: 4 });
    expect(s.people[0]!.helped).toBe(true);
    expect(s.items.every((i) => i.id === 'apple' || i.holder.kind === 'given')).toBe(true);
    expect(s.status).toBe('passed');
  });

  it('without a coin, talking to the receiver gives the need text', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    run(s, { tap: { x: 5, y: 1 } });
    expect(s.player.carrying).toEqual([]);
    const events = run(s, { tap: { x: 5, y: 0 } });
    expect(eventsOfType(events, 'talked')).toEqual([
      { type: 'talked', personId: 'fang', text: FANG_NEED },
    ]);
    expect(eventsOfType(events, 'placed')).toEqual([]);
    expect(deedState(s, 'give')).toMatchObject({ status: 'open', count: 0 });
  });

  it('something that is not on the list is kept, and the receiver only asks', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['apple']);
    run(s, { tap: { x: 5, y: 1 } });
    const events = run(s, { tap: { x: 5, y: 0 } });
    expect(eventsOfType(events, 'placed')).toEqual([]);
    expect(eventsOfType(events, 'talked').map((e) => e.text)).toEqual([FANG_NEED]);
    expect(s.player.carrying).toEqual(['apple']);
    expect(deedState(s, 'give').count).toBe(0);
  });

  it('an open donation point is reached by standing inside it', () => {
    // The donation box stands on the open tile (4,2); the player faces off the map's edge.
    const s = createState(
      makeLevel({
        map: { rows: ['......', '......', '......'], legend: { '.': 'grass' } },
        items: [coin('coin-1', 1, 0), coin('coin-2', 2, 0)],
        places: [{ id: 'box', at: { x: 4, y: 2 }, name: text('donation box') }],
        deeds: [donateDeed('box', ['coin-1', 'coin-2'])],
      }),
    );
    run(s, { dir: 'right' });
    run(s, { dir: 'right' });
    run(s, { tap: { x: 4, y: 2 } });
    run(s, { dir: 'down' });
    expect(s.player).toMatchObject({ x: 4, y: 2, facing: 'down', carrying: ['coin-1', 'coin-2'] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed').map((e) => [e.itemId, e.count, e.total])).toEqual([
      ['coin-1', 1, 2],
      ['coin-2', 2, 2],
    ]);
    expect(eventsOfType(events, 'handedOver').map((e) => e.to)).toEqual(['box', 'box']);
    expect(deedState(s, 'give').status).toBe('done');
  });

  it('an open donation point is also reached by facing it from beside it', () => {
    const s = createState(
      makeLevel({
        map: { rows: ['......', '......', '......'], legend: { '.': 'grass' } },
        items: [coin('coin-1', 1, 0)],
        places: [{ id: 'box', at: { x: 3, y: 0 }, name: text('donation box') }],
        deeds: [donateDeed('box', ['coin-1'])],
      }),
    );
    run(s, { dir: 'right' });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 2, y: 0, facing: 'right', carrying: ['coin-1'] });
    run(s, { interact: true });
    expect(deedState(s, 'give')).toMatchObject({ status: 'done', count: 1 });
  });
});
