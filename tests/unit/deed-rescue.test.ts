// rescue: nothing shows until `startsAt`; then a countdown runs, and standing in the spot
// before it ends completes the deed; too late, the chance passes (and a required one fails
// the level).
import { describe, expect, it } from 'vitest';
import { createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, needOf, run, steps, text, wait } from './helpers';

const STARTS_AT_MS = 2000;
const SECONDS = 3;

const rescue = {
  id: 'catch-kite',
  kind: 'rescue',
  place: 'tree-foot',
  seconds: SECONDS,
  startsAt: STARTS_AT_MS / 1000,
  person: 'yu',
  need: text('My kite is falling!'),
  thanks: text('You caught it!'),
};

const tidy = {
  id: 'fix-bench',
  kind: 'repair',
  place: 'bench',
  seconds: 0.5,
  need: text('The bench wobbles.'),
  thanks: text('Steady now.'),
};

// y0  p . . . S     p: start, S: the spot under the tree (open), Y: Yu
// y1  . . . . Y     B: a wobbly bench (solid), for a second deed
// y2  B . . . .
function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    people: [{ id: 'yu', sprite: 'girl', at: { x: 4, y: 1 }, name: text('Yu') }],
    places: [
      { id: 'tree-foot', at: { x: 4, y: 0 }, name: text('under the tree') },
      { id: 'bench', at: { x: 0, y: 2 }, name: text('bench'), solid: true },
    ],
    deeds: [rescue],
    ...spec,
  });
}

const optional = { deeds: [rescue, tidy], goal: { required: 1 } };

describe('rescue', () => {
  it('nothing shows and nothing counts before startsAt', () => {
    const s = createState(level());
    const events = wait(s, STARTS_AT_MS - TICK_MS);
    expect(s.timeMs).toBe(STARTS_AT_MS - TICK_MS);
    expect(deedState(s, 'catch-kite')).toMatchObject({ status: 'open', progressMs: 0 });
    expect(needOf(s, 'catch-kite')).toBeNull();
    expect(eventsOfType(events, 'deedMissed')).toEqual([]);
  });

  it('the countdown starts at startsAt and marks the spot', () => {
    const s = createState(level());
    wait(s, STARTS_AT_MS);
    expect(deedState(s, 'catch-kite')).toMatchObject({ status: 'active', progressMs: TICK_MS });
    expect(needOf(s, 'catch-kite')).toEqual({
      anchor: { x: 4, y: 0 },
      icon: 'red-exclamation-mark',
      progress: 1 - TICK_MS / (SECONDS * 1000),
      target: { x: 4, y: 0 },
    });
    wait(s, 1000);
    expect(deedState(s, 'catch-kite').progressMs).toBe(1000 + TICK_MS);
    expect(needOf(s, 'catch-kite')?.progress).toBeCloseTo(1 - (1000 + TICK_MS) / 3000, 9);
  });

  it('standing in the spot in time completes the deed', () => {
    const s = createState(level());
    wait(s, STARTS_AT_MS + 500);
    const events = run(s, { tap: { x: 4, y: 0 } });
    expect(s.player).toMatchObject({ x: 4, y: 0 });
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'catch-kite', points: 100, relay: 0, at: { x: 4, y: 0 } },
    ]);
    expect(eventsOfType(events, 'deedMissed')).toEqual([]);
    expect(deedState(s, 'catch-kite').status).toBe('done');
    expect(s.people[0]!.helped).toBe(true);
    expect(s.status).toBe('passed');
  });

  it('waiting in the spot before the countdown completes the deed the moment it starts', () => {
    const s = createState(level());
    run(s, { tap: { x: 4, y: 0 } });
    expect(s.timeMs).toBeLessThan(STARTS_AT_MS);
    expect(deedState(s, 'catch-kite').status).toBe('open');
    const events = wait(s, STARTS_AT_MS);
    expect(s.records).toEqual([
      { deedId: 'catch-kite', kind: 'rescue', points: 100, atMs: STARTS_AT_MS, relay: 0 },
    ]);
    expect(eventsOfType(events, 'deedDone')).toHaveLength(1);
  });

  it('a player still stepping into the spot has not reached it yet', () => {
    const s = createState(level({ start: { x: 3, y: 0 } }));
    wait(s, STARTS_AT_MS);
    const events: SimEvent[] = [];
    steps(s, 1, { dir: 'right' }, events);
    expect(s.player).toMatchObject({ x: 4, y: 0 });
    expect(s.player.moveT).toBeLessThan(1);
    expect(deedState(s, 'catch-kite').status).toBe('active');
    run(s, {}, events);
    expect(deedState(s, 'catch-kite').status).toBe('done');
  });

  it('too late: the chance passes with deedMissed exactly when the countdown ends', () => {
    const s = createState(level(optional));
    const events = wait(s, STARTS_AT_MS + SECONDS * 1000 - 2 * TICK_MS);
    expect(deedState(s, 'catch-kite').status).toBe('active');
    expect(eventsOfType(events, 'deedMissed')).toEqual([]);
    wait(s, TICK_MS, events);
    expect(eventsOfType(events, 'deedMissed')).toEqual([
      { type: 'deedMissed', deedId: 'catch-kite' },
    ]);
    expect(deedState(s, 'catch-kite')).toMatchObject({ status: 'missed', progressMs: 3000 });
    expect(needOf(s, 'catch-kite')).toBeNull();
    expect(s.status).toBe('playing');
  });

  it('after the chance has passed, reaching the spot does nothing', () => {
    const s = createState(level(optional));
    wait(s, STARTS_AT_MS + SECONDS * 1000);
    const events = run(s, { tap: { x: 4, y: 0 } });
    wait(s, 1000, events);
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(eventsOfType(events, 'deedMissed')).toEqual([]);
    expect(deedState(s, 'catch-kite').status).toBe('missed');
    expect(s.people[0]!.helped).toBe(false);
  });

  it('a required rescue missed ends the level as failed', () => {
    const s = createState(level());
    const events = wait(s, STARTS_AT_MS + SECONDS * 1000);
    expect(eventsOfType(events, 'levelFailed')).toEqual([{ type: 'levelFailed' }]);
    expect(s.status).toBe('failed');
    const at = s.timeMs;
    wait(s, 1000, events);
    expect(s.timeMs).toBe(at);
    expect(eventsOfType(events, 'levelFailed')).toHaveLength(1);
  });

  it('a rescue that was not required, missed, leaves the level to be passed another way', () => {
    const s = createState(level(optional));
    wait(s, STARTS_AT_MS + SECONDS * 1000);
    expect(s.status).toBe('playing');
    run(s, { tap: { x: 0, y: 2 } });
    expect(deedState(s, 'fix-bench').status).toBe('done');
    expect(s.status).toBe('passed');
  });
});
