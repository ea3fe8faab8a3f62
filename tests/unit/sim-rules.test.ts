// The rules around the deeds: when a level is passed, running out of time, the end of a
// level, and the state itself (the seeded generator, independent copies).
import { describe, expect, it } from 'vitest';
import { nextRandom } from '../../src/core/rng';
import { advance, cloneState, createState, goalMet, step, TICK_MS } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { eventsOfType, makeLevel, run, text, wait } from './helpers';

/** Ann at (4,0) wants three things lying at (1,0), (2,0) and (3,0): deeds a, b and c. */
function threeDeeds(spec: Record<string, unknown> = {}) {
  const things = ['a', 'b', 'c'];
  return makeLevel({
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
    items: things.map((id, i) => ({
      id: `thing-${id}`,
      sprite: 'package',
      at: { x: i + 1, y: 0 },
      name: text(id),
    })),
    deeds: things.map((id) => ({
      id,
      kind: 'deliver',
      item: `thing-${id}`,
      to: 'ann',
      need: text('n'),
      thanks: text('t'),
    })),
    ...spec,
  });
}

/** Walks to Ann picking up all three things; she is in front of the player. */
function besideAnn(spec: Record<string, unknown> = {}): SimState {
  const s = createState(threeDeeds(spec));
  for (let i = 0; i < 3; i++) run(s, { dir: 'right' });
  expect(s.player).toMatchObject({ x: 3, y: 0, facing: 'right' });
  expect(s.player.carrying).toHaveLength(3);
  return s;
}

describe('passing a level', () => {
  it('by default every deed is required', () => {
    const s = besideAnn();
    run(s, { interact: true });
    run(s, { interact: true });
    expect(s.status).toBe('playing');
    const events = run(s, { interact: true });
    expect(s.status).toBe('passed');
    expect(eventsOfType(events, 'levelPassed')).toHaveLength(1);
  });

  it('with `required` fewer than all deeds, passes once that many are done', () => {
    const s = besideAnn({ goal: { required: 2 } });
    const events: SimEvent[] = [];
    run(s, { interact: true }, events);
    expect(s.status).toBe('playing');
    run(s, { interact: true }, events);
    expect(s.status).toBe('passed');
    expect(s.deeds.map((d) => d.status)).toEqual(['done', 'done', 'open']);
    expect(eventsOfType(events, 'levelPassed')).toHaveLength(1);
    expect(events[events.length - 1]).toEqual({ type: 'levelPassed' });
  });

  it('with `mustDo`, the named deed must be among those done', () => {
    const s = besideAnn({ goal: { required: 1, mustDo: ['c'] } });
    run(s, { interact: true });
    expect(s.deeds.map((d) => d.status)).toEqual(['done', 'open', 'open']);
    expect(s.status).toBe('playing');
    run(s, { interact: true });
    expect(s.status).toBe('playing');
    run(s, { interact: true });
    expect(s.status).toBe('passed');
  });

  it('goalMet counts done deeds, not active ones, and checks every mustDo', () => {
    const s = createState(threeDeeds({ goal: { required: 2, mustDo: ['a', 'c'] } }));
    const set = (...statuses: ('open' | 'active' | 'done')[]) =>
      statuses.forEach((st, i) => (s.deeds[i]!.status = st));
    set('done', 'done', 'open');
    expect(goalMet(s)).toBe(false);
    set('done', 'open', 'active');
    expect(goalMet(s)).toBe(false);
    set('done', 'open', 'done');
    expect(goalMet(s)).toBe(true);
    set('open', 'done', 'done');
    expect(goalMet(s)).toBe(false);
  });
});

describe('the time limit', () => {
  it('ends the level as timeUp when the clock reaches it, with one timeUp event', () => {
    const s = createState(threeDeeds({ timeLimit: 10 }));
    const events = wait(s, 10_000 - TICK_MS);
    expect(s.status).toBe('playing');
    expect(eventsOfType(events, 'timeUp')).toEqual([]);
    wait(s, TICK_MS, events);
    expect(s.status).toBe('timeUp');
    expect(s.timeMs).toBe(10_000);
    wait(s, 5000, events);
    expect(eventsOfType(events, 'timeUp')).toHaveLength(1);
    expect(eventsOfType(events, 'levelPassed')).toEqual([]);
  });

  it('without a limit, the clock runs on', () => {
    const s = createState(threeDeeds());
    wait(s, 4000 * TICK_MS);
    expect(s.status).toBe('playing');
    expect(s.timeMs).toBe(4000 * TICK_MS);
  });

  it('a level passed on the last tick is passed, not out of time', () => {
    const s = besideAnn({ timeLimit: 10, goal: { required: 1 } });
    s.timeMs = 10_000 - TICK_MS;
    const events: SimEvent[] = [];
    advance(s, { interact: true }, TICK_MS, events);
    expect(s.timeMs).toBe(10_000);
    expect(s.status).toBe('passed');
    expect(events.map((e) => e.type)).toEqual(['handedOver', 'deedDone', 'levelPassed']);
  });
});

describe('after the level ends', () => {
  const inputs = [
    { dir: 'down' as const },
    { interact: true },
    { tap: { x: 0, y: 2 } },
    { dir: 'left' as const, interact: true },
  ];

  it.each([
    [
      'passed',
      () => {
        const s = besideAnn({ goal: { required: 1 } });
        run(s, { interact: true });
        return s;
      },
    ],
    [
      'timeUp',
      () => {
        const s = createState(threeDeeds({ timeLimit: 10 }));
        wait(s, 10_000);
        return s;
      },
    ],
  ])('when %s, further steps change nothing and say nothing', (status, ended) => {
    const s = ended();
    expect(s.status).toBe(status);
    const before = JSON.stringify(s);
    for (const input of inputs) {
      const next = step(s, input, TICK_MS);
      expect(next.events).toEqual([]);
      expect(JSON.stringify(next.state)).toBe(before);
      const events: SimEvent[] = [];
      advance(s, input, TICK_MS, events);
      expect(events).toEqual([]);
      expect(JSON.stringify(s)).toBe(before);
    }
  });
});

describe('the state', () => {
  it('holds the seeded generator, which steps leave in place', () => {
    const s0 = createState(threeDeeds({ seed: 42 }));
    expect(s0.rng).toBe(42);
    let s = s0;
    for (const dir of ['right', 'right', 'down'] as const) s = step(s, { dir }, TICK_MS).state;
    expect(s.rng).toBe(42);
    expect(cloneState(s).rng).toBe(42);
    expect(createState(threeDeeds()).rng).toBe(1);
  });

  it('the generator replays the same numbers from the same seed, in [0, 1)', () => {
    const draw = (seed: number, n: number) => {
      const values: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = nextRandom(seed);
        values.push(r.value);
        seed = r.seed;
      }
      return values;
    };
    const a = draw(42, 50);
    expect(draw(42, 50)).toEqual(a);
    expect(draw(43, 50)).not.toEqual(a);
    expect(new Set(a).size).toBe(50);
    for (const v of a) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(Number.isInteger(nextRandom(42).seed)).toBe(true);
  });

  it('cloneState gives a copy that changes independently of the original', () => {
    const s = besideAnn({ goal: { required: 3 } });
    run(s, { interact: true });
    run(s, { tap: { x: 0, y: 2 } });
    const before = JSON.stringify(s);
    const c = cloneState(s);
    expect(JSON.stringify(c)).toBe(before);
    expect(c.level).toBe(s.level);

    c.tick += 1;
    c.timeMs += 1;
    c.rng = 7;
    c.status = 'timeUp';
    c.player.x = 4;
    c.player.carrying.push('thing-a');
    c.player.path.push({ x: 1, y: 1 });
    c.player.pendingInteract = { x: 2, y: 2 };
    c.player.workingOn = 'b';
    c.people[0]!.x = 0;
    c.people[0]!.following = true;
    c.items[1]!.x = 4;
    c.items[1]!.holder = { kind: 'ground' };
    c.deeds[1]!.status = 'done';
    c.deeds[1]!.progressMs = 99;
    c.records.push({ deedId: 'b', kind: 'deliver', points: 1, atMs: 1, relay: 0 });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('cloneState shares no item holder with the original', () => {
    const s = createState(threeDeeds());
    const c = cloneState(s);
    c.items.forEach((item, i) => expect(item.holder).not.toBe(s.items[i]!.holder));
  });
});
