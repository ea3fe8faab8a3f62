// escort: the person follows the player step by step, crosses only at the crosswalk, and the
// deed is done when they (not the player) stand in the place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRS, isNeighbour, type Point } from '../../src/core/geometry';
import { advance, createState, MOVE_MS, TICK_MS } from '../../src/core/sim';
import type { Level, SimEvent, SimState } from '../../src/core/sim-types';
import { eventsOfType, makeLevel, run, text } from './helpers';

// The park is x 3..5 of row 0, across the road; the crosswalk is at x 4.
//      012345678
// y0   .........    park: (3,0) to (5,0)
// y1   ====|====
// y2   ..Zp.....    Z: Grandpa Zhao, p: the player
// y3   .........
const ROWS = ['.........', '====|====', '.........', '.........'];
const LEGEND = { '.': 'grass', '=': 'road', '|': 'crosswalk' };
const ZHAO = { en: 'Walk me to the park?', zh: '陪我去公园好吗？' };

function escortDeed(id: string, person: string) {
  return { id, kind: 'escort', person, to: 'park', need: ZHAO, thanks: text('thanks') };
}

function street(spec: Record<string, unknown> = {}): Level {
  return makeLevel({
    map: { rows: ROWS, legend: LEGEND },
    start: { x: 3, y: 2 },
    people: [{ id: 'zhao', sprite: 'old-man', at: { x: 2, y: 2 }, name: text('Zhao') }],
    places: [{ id: 'park', at: { x: 3, y: 0 }, width: 3, name: text('park') }],
    deeds: [escortDeed('walk-zhao', 'zhao')],
    ...spec,
  });
}

function person(s: SimState, id: string) {
  return s.people.find((p) => p.id === id)!;
}

function tileAt(s: SimState, p: Point) {
  return s.level.tiles[p.y * s.level.width + p.x];
}

/** A state where Grandpa Zhao has just been asked and follows the player. */
function following(): SimState {
  const s = createState(street());
  run(s, { tap: { x: 2, y: 2 } });
  return s;
}

describe('escort', () => {
  it('talking to the person starts the escort: they follow', () => {
    const s = createState(street());
    const events = run(s, { tap: { x: 2, y: 2 } });
    expect(eventsOfType(events, 'following')).toEqual([
      { type: 'following', personId: 'zhao', deedId: 'walk-zhao' },
    ]);
    expect(person(s, 'zhao')).toMatchObject({ x: 2, y: 2, following: true, helped: false });
    expect(s.deeds[0]!.status).toBe('active');
    expect(s.player).toMatchObject({ x: 3, y: 2, facing: 'left' });
  });

  it('before the escort starts, the person stays put when the player walks off', () => {
    const s = createState(street());
    run(s, { dir: 'down' });
    run(s, { dir: 'right' });
    expect(person(s, 'zhao')).toMatchObject({ x: 2, y: 2, following: false });
  });

  it('the person steps into the tile the player has just left, step by step', () => {
    const s = following();
    for (const dir of ['down', 'right', 'right', 'up', 'right'] as const) {
      const from = { x: s.player.x, y: s.player.y };
      const zhaoFrom = { x: person(s, 'zhao').x, y: person(s, 'zhao').y };
      const events = run(s, { dir });
      expect(person(s, 'zhao')).toMatchObject({ ...from, moveT: 1 });
      expect(events).toContainEqual({ type: 'moved', who: 'zhao', from: zhaoFrom, to: from });
      expect(isNeighbour(s.player, person(s, 'zhao'))).toBe(true);
    }
    expect(s.player).toMatchObject({ x: 6, y: 2 });
    expect(person(s, 'zhao')).toMatchObject({ x: 5, y: 2, facing: 'up' });
  });

  it('is done only when the person stands in the place, not when only the player does', () => {
    const s = following();
    run(s, { dir: 'right' });
    run(s, { dir: 'up' });
    const playerArrives = run(s, { dir: 'up' });
    expect(s.player).toMatchObject({ x: 4, y: 0 });
    expect(person(s, 'zhao')).toMatchObject({ x: 4, y: 1, following: true });
    expect(eventsOfType(playerArrives, 'deedDone')).toEqual([]);
    expect(s.deeds[0]!.status).toBe('active');
    expect(s.status).toBe('playing');

    const zhaoArrives = run(s, { dir: 'right' });
    expect(person(s, 'zhao')).toMatchObject({ x: 4, y: 0, following: false, helped: true });
    expect(eventsOfType(zhaoArrives, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'walk-zhao', points: 100, relay: 0, at: { x: 4, y: 0 } },
    ]);
    expect(s.deeds[0]!.status).toBe('done');
    expect(s.status).toBe('passed');
  });

  it('is not done while the person is still on the way into the place', () => {
    const s = following();
    run(s, { dir: 'right' });
    run(s, { dir: 'up' });
    run(s, { dir: 'up' });
    const events: SimEvent[] = [];
    advance(s, { dir: 'right' }, TICK_MS, events);
    const startedAt = s.timeMs;
    // The step has begun: Zhao's tile is already the park's, but he is not there yet.
    expect(person(s, 'zhao')).toMatchObject({ x: 4, y: 0 });
    expect(person(s, 'zhao').moveT).toBeLessThan(1);
    expect(s.deeds[0]!.status).toBe('active');
    while (person(s, 'zhao').moveT < 1) {
      expect(eventsOfType(events, 'deedDone')).toEqual([]);
      advance(s, {}, TICK_MS, events);
    }
    expect(s.deeds[0]!.status).toBe('done');
    expect(s.records[0]!.atMs).toBe(startedAt + MOVE_MS);
  });

  it('a follower cannot be led onto the road away from the crosswalk', () => {
    const s = following();
    const events = run(s, { dir: 'up' });
    expect(events).toContainEqual({ type: 'useCrosswalk', at: { x: 3, y: 1 } });
    expect(eventsOfType(events, 'moved')).toEqual([]);
    expect(s.player).toMatchObject({ x: 3, y: 2 });
    expect(person(s, 'zhao')).toMatchObject({ x: 2, y: 2 });
  });

  it('alone, the player may step onto the road', () => {
    const s = createState(street());
    const events = run(s, { dir: 'up' });
    expect(eventsOfType(events, 'useCrosswalk')).toEqual([]);
    expect(s.player).toMatchObject({ x: 3, y: 1 });
  });

  it('the crosswalk is allowed, and the follower crosses on it', () => {
    const s = following();
    run(s, { dir: 'right' });
    const events = run(s, { dir: 'up' });
    expect(eventsOfType(events, 'useCrosswalk')).toEqual([]);
    expect(s.player).toMatchObject({ x: 4, y: 1 });
    run(s, { dir: 'up' });
    expect(person(s, 'zhao')).toMatchObject({ x: 4, y: 1 });
    expect(tileAt(s, person(s, 'zhao'))).toBe('crosswalk');
  });

  it('a tap across the road leads over the crosswalk and never onto the road', () => {
    const s = following();
    const events = run(s, { tap: { x: 3, y: 0 } });
    const moves = eventsOfType(events, 'moved');
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) expect(tileAt(s, m.to)).not.toBe('road');
    expect(moves.filter((m) => m.who === 'player').map((m) => m.to)).toEqual([
      { x: 4, y: 2 },
      { x: 4, y: 1 },
      { x: 4, y: 0 },
      { x: 3, y: 0 },
    ]);
    expect(person(s, 'zhao')).toMatchObject({ x: 4, y: 0 });
    expect(s.deeds[0]!.status).toBe('done');
  });

  it('a tap on the road while escorting does not walk onto it', () => {
    const s = following();
    const events = run(s, { tap: { x: 3, y: 1 } });
    expect(events).toContainEqual({ type: 'bumped', at: { x: 3, y: 1 } });
    expect(s.player).toMatchObject({ x: 3, y: 2 });
  });

  // The crosswalk rule stops steps from the pavement onto the road, so an escort must not start
  // while the player stands on the road either.
  it('a follower is never led onto the road, even when the escort starts there', () => {
    const s = createState(street({ start: { x: 2, y: 1 } }));
    expect(tileAt(s, s.player)).toBe('road');
    run(s, { interact: true });
    for (const dir of ['right', 'right', 'left'] as const) {
      run(s, { dir });
      expect(tileAt(s, person(s, 'zhao'))).not.toBe('road');
    }
  });

  it('stepping back into the follower swaps places with them', () => {
    const s = following();
    const events = run(s, { dir: 'left' });
    expect(s.player).toMatchObject({ x: 2, y: 2, facing: 'left' });
    expect(person(s, 'zhao')).toMatchObject({ x: 3, y: 2, facing: 'right', following: true });
    expect(eventsOfType(events, 'moved')).toEqual([
      { type: 'moved', who: 'player', from: { x: 3, y: 2 }, to: { x: 2, y: 2 } },
      { type: 'moved', who: 'zhao', from: { x: 2, y: 2 }, to: { x: 3, y: 2 } },
    ]);
    expect(s.deeds[0]!.status).toBe('active');
  });

  it('a single follower stays beside the player and off the road, whatever the player does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DIRS), { maxLength: 30 }), (dirs) => {
        const s = following();
        for (const dir of dirs) {
          run(s, { dir });
          const zhao = person(s, 'zhao');
          expect(tileAt(s, zhao)).not.toBe('road');
          if (zhao.following) expect(isNeighbour(s.player, zhao)).toBe(true);
          else expect(s.deeds[0]!.status).toBe('done');
        }
      }),
      { numRuns: 200 },
    );
  });

  describe('one escort at a time', () => {
    // Zhao at (2,2) left of the player, Qian at (3,3) below.
    const two = (): SimState =>
      createState(
        street({
          people: [
            { id: 'zhao', sprite: 'old-man', at: { x: 2, y: 2 }, name: text('Zhao') },
            { id: 'qian', sprite: 'old-woman', at: { x: 3, y: 3 }, name: text('Qian') },
          ],
          deeds: [escortDeed('walk-zhao', 'zhao'), escortDeed('walk-qian', 'qian')],
        }),
      );

    it('asking a second person while someone follows says to finish the first walk', () => {
      const s = two();
      run(s, { tap: { x: 2, y: 2 } });
      const events = run(s, { tap: { x: 3, y: 3 } });
      expect(eventsOfType(events, 'alreadyEscorting')).toEqual([
        { type: 'alreadyEscorting', personId: 'zhao' },
      ]);
      expect(s.people.map((p) => p.following)).toEqual([true, false]);
      expect(s.deeds.map((d) => d.status)).toEqual(['active', 'open']);
    });

    it('after the first reaches the place, the second can be walked too', () => {
      const s = two();
      run(s, { tap: { x: 2, y: 2 } });
      run(s, { dir: 'right' });
      run(s, { dir: 'up' });
      run(s, { dir: 'up' });
      run(s, { dir: 'right' });
      expect(person(s, 'zhao')).toMatchObject({ following: false, helped: true });
      expect(s.deeds.map((d) => d.status)).toEqual(['done', 'open']);
      run(s, { tap: { x: 3, y: 3 } });
      expect(person(s, 'qian').following).toBe(true);
      expect(isNeighbour(s.player, person(s, 'qian'))).toBe(true);
    });
  });
});
