// plant: a sapling goes into the barren tile underfoot, else the one in front, only inside the
// area and one per tile; the deed is done with the last sapling.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, needOf, run, text } from './helpers';

const SAPLINGS = ['sapling-1', 'sapling-2', 'sapling-3'];

//      0 1 2 3 4 5 6 7
// y0   p s b . b b . b     s: three saplings; b: barren; the hill is x 2..5 of row 0,
// y1   . . . . . . . .     so (3,0) is grass inside it and (7,0) barren ground outside it
function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    map: { rows: ['..b.bb.b', '........'], legend: { '.': 'grass', b: 'barren' } },
    items: SAPLINGS.map((id) => ({
      id,
      sprite: 'seedling',
      at: { x: 1, y: 0 },
      name: text('sapling'),
    })),
    places: [{ id: 'hill', at: { x: 2, y: 0 }, width: 4, name: text('bare hill') }],
    deeds: [
      {
        id: 'green-hill',
        kind: 'plant',
        saplings: SAPLINGS,
        area: 'hill',
        need: text('The hill is bare.'),
        thanks: text('It will be a forest.'),
      },
    ],
    ...spec,
  });
}

/** Picks up the saplings at (1,0) and walks on along row 0 to column `x`, facing right. */
function walkTo(x: number, spec: Record<string, unknown> = {}): SimState {
  const s = createState(level(spec));
  for (let i = 0; i < x; i++) run(s, { dir: 'right' });
  expect(s.player).toMatchObject({ x, y: 0, facing: 'right' });
  expect(s.player.carrying).toEqual(SAPLINGS);
  return s;
}

describe('plant', () => {
  it('plants on the barren tile the player stands on, before the one in front', () => {
    const s = walkTo(4);
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([
      { type: 'planted', deedId: 'green-hill', at: { x: 4, y: 0 } },
    ]);
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'sapling-1', to: 'hill' });
    expect(s.planted).toEqual([{ x: 4, y: 0 }]);
    expect(s.player.carrying).toEqual(['sapling-2', 'sapling-3']);
    expect(deedState(s, 'green-hill')).toMatchObject({ status: 'active', count: 1 });
    expect(needOf(s, 'green-hill')?.progress).toBe(1 / 3);
  });

  it('plants on the barren tile in front when the one underfoot is not barren', () => {
    const fromOutside = walkTo(1);
    run(fromOutside, { interact: true });
    expect(fromOutside.planted).toEqual([{ x: 2, y: 0 }]);

    const fromGrassInside = walkTo(3);
    run(fromGrassInside, { interact: true });
    expect(fromGrassInside.planted).toEqual([{ x: 4, y: 0 }]);
  });

  it('does not plant on grass inside the area', () => {
    const s = walkTo(3);
    // Pressing up at the top edge turns the player to face off the map, without a step.
    run(s, { dir: 'up' });
    expect(s.player).toMatchObject({ x: 3, y: 0, facing: 'up' });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([]);
    expect(s.planted).toEqual([]);
    expect(s.player.carrying).toEqual(SAPLINGS);
    expect(deedState(s, 'green-hill')).toMatchObject({ status: 'open', count: 0 });
  });

  it('does not plant on barren ground outside the area', () => {
    const beside = walkTo(6);
    expect(beside.level.tiles[7]).toBe('barren');
    run(beside, { interact: true });
    const on = walkTo(7);
    run(on, { dir: 'up' });
    const events = run(on, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([]);
    for (const s of [beside, on]) {
      expect(s.planted).toEqual([]);
      expect(s.player.carrying).toEqual(SAPLINGS);
    }
  });

  it('does not plant twice on one tile', () => {
    const s = walkTo(4);
    run(s, { interact: true });
    run(s, { dir: 'up' });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([]);
    expect(s.planted).toEqual([{ x: 4, y: 0 }]);
    expect(s.player.carrying).toEqual(['sapling-2', 'sapling-3']);
    expect(deedState(s, 'green-hill').count).toBe(1);
    // Standing on the new tree and facing bare ground plants there instead.
    run(s, { dir: 'left' });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 4, y: 0, facing: 'right' });
    run(s, { interact: true });
    expect(s.planted).toEqual([
      { x: 4, y: 0 },
      { x: 5, y: 0 },
    ]);
  });

  it('without a sapling nothing is planted', () => {
    // The saplings lie on row 1, off the way along row 0.
    const s = createState(
      level({
        items: SAPLINGS.map((id) => ({
          id,
          sprite: 'seedling',
          at: { x: 0, y: 1 },
          name: text('sapling'),
        })),
      }),
    );
    for (let i = 0; i < 4; i++) run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 4, y: 0, carrying: [] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([]);
    expect(s.planted).toEqual([]);
  });

  it('does not plant where someone stands', () => {
    const s = walkTo(1, {
      people: [{ id: 'lu', sprite: 'man', at: { x: 2, y: 0 }, name: text('Lu') }],
    });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'planted')).toEqual([]);
    expect(eventsOfType(events, 'talked').map((e) => e.personId)).toEqual(['lu']);
    expect(s.planted).toEqual([]);
  });

  it('completes with the last sapling, and not before', () => {
    const s = walkTo(1);
    const events: SimEvent[] = [];
    run(s, { interact: true }, events);
    run(s, { dir: 'right' }, events);
    run(s, { dir: 'right' }, events);
    run(s, { dir: 'right' }, events);
    run(s, { interact: true }, events);
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(deedState(s, 'green-hill')).toMatchObject({ status: 'active', count: 2 });
    run(s, { dir: 'right' }, events);
    run(s, { interact: true }, events);
    expect(eventsOfType(events, 'planted').map((e) => e.at)).toEqual([
      { x: 2, y: 0 },
      { x: 4, y: 0 },
      { x: 5, y: 0 },
    ]);
    expect(s.planted).toEqual([
      { x: 2, y: 0 },
      { x: 4, y: 0 },
      { x: 5, y: 0 },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'green-hill', points: 100, relay: 0, at: { x: 5, y: 0 } },
    ]);
    expect(deedState(s, 'green-hill')).toMatchObject({ status: 'done', count: 3 });
    expect(s.player.carrying).toEqual([]);
    expect(s.status).toBe('passed');
  });
});
