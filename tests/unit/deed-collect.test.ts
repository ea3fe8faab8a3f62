// collect: every piece of litter into the bin, three at most a trip; the bin is reached by
// facing it or by standing inside it when it is an open place; other things stay in hand.
import { describe, expect, it } from 'vitest';
import { CARRY_LIMIT, createState } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, needOf, run, text } from './helpers';

const LITTER = ['can-1', 'can-2', 'can-3', 'can-4'];

function litter(id: string, x: number, y: number) {
  return { id, sprite: 'can', at: { x, y }, name: text('can') };
}

function collectDeed(bin: string) {
  return {
    id: 'tidy-park',
    kind: 'collect',
    items: LITTER,
    bin,
    need: text('So much litter!'),
    thanks: text('The park is clean.'),
  };
}

// y0  p c c c c B     p: start, c: cans 1..4, B: bin (solid)
// y1  . . . . . .     a: an apple (not litter)
// y2  a . . . . .
const level = () =>
  makeLevel({
    map: { rows: ['......', '......', '......'], legend: { '.': 'grass' } },
    items: [
      ...LITTER.map((id, i) => litter(id, i + 1, 0)),
      { id: 'apple', sprite: 'red-apple', at: { x: 0, y: 2 }, name: text('apple') },
    ],
    places: [
      { id: 'bin', at: { x: 5, y: 0 }, sprite: 'wastebasket', name: text('bin'), solid: true },
    ],
    deeds: [collectDeed('bin')],
  });

/** Walks along row 0 to (4,0), picking up three cans; the fourth stays for lack of hands. */
function firstTrip(): SimState {
  const s = createState(level());
  for (let i = 0; i < 4; i++) run(s, { dir: 'right' });
  expect(s.player).toMatchObject({ x: 4, y: 0, facing: 'right' });
  expect(s.player.carrying).toEqual(['can-1', 'can-2', 'can-3']);
  return s;
}

describe('collect', () => {
  it('puts every carried piece in the bin the player faces, one placed event each', () => {
    expect(CARRY_LIMIT).toBe(3);
    const s = firstTrip();
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([
      { type: 'placed', deedId: 'tidy-park', itemId: 'can-1', count: 1, total: 4 },
      { type: 'placed', deedId: 'tidy-park', itemId: 'can-2', count: 2, total: 4 },
      { type: 'placed', deedId: 'tidy-park', itemId: 'can-3', count: 3, total: 4 },
    ]);
    expect(s.player.carrying).toEqual([]);
    expect(s.items.filter((i) => i.holder.kind === 'given').map((i) => i.id)).toEqual([
      'can-1',
      'can-2',
      'can-3',
    ]);
    expect(s.items[0]!.holder).toEqual({ kind: 'given', to: 'bin' });
  });

  it('is under way, not done, while a piece is still lying about', () => {
    const s = firstTrip();
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(deedState(s, 'tidy-park')).toMatchObject({ status: 'active', count: 3 });
    expect(needOf(s, 'tidy-park')?.progress).toBe(3 / 4);
    expect(s.status).toBe('playing');
  });

  it('completes on the second trip, exactly when the last piece goes in', () => {
    const s = firstTrip();
    run(s, { interact: true });
    run(s, { dir: 'left' });
    const pick = run(s, { dir: 'right' });
    expect(pick).toContainEqual({ type: 'pickedUp', itemId: 'can-4' });
    expect(s.player).toMatchObject({ x: 4, y: 0, facing: 'right', carrying: ['can-4'] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([
      { type: 'placed', deedId: 'tidy-park', itemId: 'can-4', count: 4, total: 4 },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'tidy-park', points: 100, relay: 0, at: { x: 5, y: 0 } },
    ]);
    expect(deedState(s, 'tidy-park')).toMatchObject({ status: 'done', count: 4 });
    expect(s.records.map((r) => r.deedId)).toEqual(['tidy-park']);
    expect(s.status).toBe('passed');
  });

  it('with empty hands, facing the bin does nothing', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    run(s, { tap: { x: 5, y: 1 } });
    run(s, { dir: 'up' });
    expect(s.player).toMatchObject({ x: 5, y: 1, facing: 'up', carrying: [] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([]);
    expect(deedState(s, 'tidy-park')).toMatchObject({ status: 'open', count: 0 });
    expect(needOf(s, 'tidy-park')?.progress).toBeNull();
  });

  it('a thing that is not litter stays in hand and counts for nothing', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['apple']);
    run(s, { tap: { x: 5, y: 1 } });
    run(s, { dir: 'up' });
    expect(s.player).toMatchObject({ x: 5, y: 1, facing: 'up', carrying: ['apple'] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'placed')).toEqual([]);
    expect(eventsOfType(events, 'handedOver')).toEqual([]);
    expect(s.player.carrying).toEqual(['apple']);
    expect(deedState(s, 'tidy-park')).toMatchObject({ status: 'open', count: 0 });
  });

  it('litter and other things carried together: only the litter goes in', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    run(s, { tap: { x: 1, y: 0 } });
    run(s, { dir: 'right' });
    expect(s.player.carrying).toEqual(['apple', 'can-1', 'can-2']);
    run(s, { tap: { x: 5, y: 0 } });
    expect(s.player.carrying).toEqual(['apple']);
    expect(deedState(s, 'tidy-park')).toMatchObject({ status: 'active', count: 2 });
  });

  it('an open bin is reached by standing inside it, whichever way the player faces', () => {
    // The recycling corner is an open place on the right of row 2.
    const s = createState(
      makeLevel({
        map: { rows: ['......', '......', '......'], legend: { '.': 'grass' } },
        items: LITTER.slice(0, 2).map((id, i) => litter(id, i + 1, 0)),
        places: [{ id: 'corner', at: { x: 4, y: 2 }, width: 2, name: text('recycling corner') }],
        deeds: [{ ...collectDeed('corner'), items: LITTER.slice(0, 2) }],
      }),
    );
    run(s, { dir: 'right' });
    run(s, { dir: 'right' });
    run(s, { tap: { x: 5, y: 2 } });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 5, y: 2, facing: 'right', carrying: ['can-1', 'can-2'] });
    const events: SimEvent[] = [];
    run(s, { interact: true }, events);
    expect(eventsOfType(events, 'placed').map((e) => [e.itemId, e.count, e.total])).toEqual([
      ['can-1', 1, 2],
      ['can-2', 2, 2],
    ]);
    expect(deedState(s, 'tidy-park').status).toBe('done');
  });

  it('a tap on the bin from afar walks beside it and puts the litter in', () => {
    const s = createState(level());
    for (let i = 0; i < 3; i++) run(s, { dir: 'right' });
    run(s, { dir: 'down' });
    run(s, { dir: 'left' });
    expect(s.player).toMatchObject({ x: 2, y: 1, carrying: ['can-1', 'can-2', 'can-3'] });
    const events = run(s, { tap: { x: 5, y: 0 } });
    expect(eventsOfType(events, 'placed').map((e) => e.count)).toEqual([1, 2, 3]);
    expect(s.player.carrying).toEqual([]);
  });
});
