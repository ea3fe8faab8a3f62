import { describe, expect, it } from 'vitest';
import { step, createState, TICK_MS, MOVE_MS } from '../../src/core/sim';
import { makeLevel, run, text, wait } from './helpers';

const open = () =>
  makeLevel({
    map: { rows: ['..#..', '.....', '~~...'], legend: { '.': 'grass', '#': 'wall', '~': 'water' } },
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
    items: [{ id: 'cup', sprite: 'package', at: { x: 0, y: 1 }, name: text('cup') }],
    deeds: [
      { id: 'd', kind: 'deliver', item: 'cup', to: 'ann', need: text('n'), thanks: text('t') },
    ],
  });

describe('movement', () => {
  it('walks one tile per key press and arrives after MOVE_MS', () => {
    const s0 = createState(open());
    const { state: s1, events } = step(s0, { dir: 'right' }, TICK_MS);
    expect(s1.player).toMatchObject({ x: 1, y: 0, fromX: 0, fromY: 0, facing: 'right' });
    expect(s1.player.moveT).toBeLessThan(1);
    expect(events).toContainEqual({
      type: 'moved',
      who: 'player',
      from: { x: 0, y: 0 },
      to: { x: 1, y: 0 },
    });
    wait(s1, MOVE_MS);
    expect(s1.player.moveT).toBe(1);
  });

  it('does not change the state it is given', () => {
    const s0 = createState(open());
    const before = JSON.stringify(s0);
    step(s0, { dir: 'right' }, TICK_MS);
    expect(JSON.stringify(s0)).toBe(before);
  });

  it('stops at walls and water and reports a bump', () => {
    const s = createState(open());
    run(s, { dir: 'right' });
    const events = run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 1, y: 0 });
    expect(events.some((e) => e.type === 'bumped')).toBe(true);
    run(s, { dir: 'down' });
    const water = run(s, { dir: 'down' });
    expect(s.player).toMatchObject({ x: 1, y: 1 });
    expect(water.some((e) => e.type === 'bumped')).toBe(true);
  });

  it('cannot leave the map', () => {
    const s = createState(open());
    run(s, { dir: 'up' });
    run(s, { dir: 'left' });
    expect(s.player).toMatchObject({ x: 0, y: 0 });
  });

  it('cannot walk through a person', () => {
    const s = createState(open());
    run(s, { tap: { x: 3, y: 0 } });
    expect(s.player).toMatchObject({ x: 3, y: 0 });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 3, y: 0, facing: 'right' });
  });

  it('walks to a tapped tile along a path around walls', () => {
    const s = createState(open());
    run(s, { tap: { x: 3, y: 0 } });
    expect(s.player).toMatchObject({ x: 3, y: 0 });
    expect(s.player.path).toEqual([]);
  });

  it('picks up an item by walking over it', () => {
    const s = createState(open());
    const events = run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['cup']);
    expect(events).toContainEqual({ type: 'pickedUp', itemId: 'cup' });
  });

  it('replays the same inputs to the same state', () => {
    const inputs = [{ dir: 'down' as const }, {}, {}, { tap: { x: 4, y: 1 } }, {}, {}, {}];
    const play = () => {
      let s = createState(open());
      for (let i = 0; i < 200; i++) s = step(s, inputs[i % inputs.length]!, TICK_MS).state;
      return s;
    };
    expect(JSON.stringify(play())).toBe(JSON.stringify(play()));
  });
});
