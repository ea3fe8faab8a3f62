// deliver: bringing an item to a person or a place, talking without it, full hands, taps.
import { describe, expect, it } from 'vitest';
import { isNeighbour } from '../../src/core/geometry';
import { CARRY_LIMIT, createState } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { eventsOfType, makeLevel, run, text } from './helpers';

const NEED = { en: 'I left my cup on the grass.', zh: '我把杯子落在草地上了。' };

// y0  p . . . A      p: start, A: Ann
// y1  c . . . .      c: cup
// y2  . l M . .      l: letter, M: mailbox (solid)
const level = () =>
  makeLevel({
    people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
    items: [
      { id: 'cup', sprite: 'package', at: { x: 0, y: 1 }, name: text('cup') },
      { id: 'letter', sprite: 'envelope', at: { x: 1, y: 2 }, name: text('letter') },
    ],
    places: [
      { id: 'mailbox', at: { x: 2, y: 2 }, sprite: 'postbox', name: text('mailbox'), solid: true },
    ],
    deeds: [
      { id: 'cup-for-ann', kind: 'deliver', item: 'cup', to: 'ann', need: NEED, thanks: text('t') },
      {
        id: 'post-letter',
        kind: 'deliver',
        item: 'letter',
        to: 'mailbox',
        points: 40,
        need: text('post it'),
        thanks: text('posted'),
      },
    ],
  });

function deed(s: SimState, id: string) {
  return s.deeds.find((d) => d.id === id)!;
}

function item(s: SimState, id: string) {
  return s.items.find((i) => i.id === id)!;
}

describe('deliver', () => {
  it('hands the item to the person it is for and completes the deed', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['cup']);
    run(s, { dir: 'up' });
    for (let i = 0; i < 3; i++) run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 3, y: 0, facing: 'right' });
    const events = run(s, { interact: true });
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'cup', to: 'ann' });
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'cup-for-ann', points: 100, relay: 0, at: { x: 4, y: 0 } },
    ]);
    expect(deed(s, 'cup-for-ann').status).toBe('done');
    expect(deed(s, 'post-letter').status).toBe('open');
    expect(s.people[0]!.helped).toBe(true);
    expect(s.records).toEqual([
      { deedId: 'cup-for-ann', kind: 'deliver', points: 100, atMs: s.records[0]!.atMs, relay: 0 },
    ]);
  });

  it('hands the item over to a place the player faces', () => {
    const s = createState(level());
    run(s, { dir: 'right' });
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['letter']);
    // The mailbox is solid: pressing towards it turns the player to face it.
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 1, y: 2, facing: 'right' });
    const events = run(s, { interact: true });
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'letter', to: 'mailbox' });
    expect(deed(s, 'post-letter').status).toBe('done');
    expect(item(s, 'letter').holder).toEqual({ kind: 'given', to: 'mailbox' });
    expect(s.player.carrying).toEqual([]);
    expect(s.records.map((r) => [r.deedId, r.points])).toEqual([['post-letter', 40]]);
  });

  it('hands the item over to an open place, one the player could walk on', () => {
    const s = createState(
      makeLevel({
        items: [{ id: 'seed', sprite: 'seedling', at: { x: 1, y: 0 }, name: text('seed') }],
        places: [{ id: 'bed', at: { x: 3, y: 0 }, width: 2, name: text('flower bed') }],
        deeds: [
          {
            id: 'plant',
            kind: 'deliver',
            item: 'seed',
            to: 'bed',
            need: text('n'),
            thanks: text('t'),
          },
        ],
      }),
    );
    run(s, { dir: 'right' });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 2, y: 0, facing: 'right' });
    run(s, { interact: true });
    expect(s.deeds[0]!.status).toBe('done');
    expect(item(s, 'seed').holder).toEqual({ kind: 'given', to: 'bed' });
  });

  it('without the item, talking gives the need and completes nothing', () => {
    const s = createState(level());
    run(s, { tap: { x: 3, y: 0 } });
    run(s, { dir: 'right' });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'talked')).toEqual([
      { type: 'talked', personId: 'ann', text: NEED },
    ]);
    expect(eventsOfType(events, 'handedOver')).toEqual([]);
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(deed(s, 'cup-for-ann').status).toBe('open');
    expect(s.records).toEqual([]);
    expect(s.people[0]!.helped).toBe(false);
    expect(item(s, 'cup').holder).toEqual({ kind: 'ground' });
  });

  it('does not hand over an item meant for someone else', () => {
    const s = createState(level());
    run(s, { dir: 'right' });
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    run(s, { tap: { x: 3, y: 0 } });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 3, y: 0, facing: 'right', carrying: ['letter'] });
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'handedOver')).toEqual([]);
    expect(eventsOfType(events, 'talked')).toEqual([
      { type: 'talked', personId: 'ann', text: NEED },
    ]);
    expect(s.player.carrying).toEqual(['letter']);
    expect(s.deeds.map((d) => d.status)).toEqual(['open', 'open']);
  });

  it('when the hands are full, the next item stays on the ground', () => {
    expect(CARRY_LIMIT).toBe(3);
    const s = createState(
      makeLevel({
        people: [{ id: 'bo', sprite: 'boy', at: { x: 0, y: 1 }, name: text('Bo') }],
        items: [1, 2, 3, 4].map((x) => ({
          id: `apple-${x}`,
          sprite: 'red-apple',
          at: { x, y: 0 },
          name: text('apple'),
        })),
        deeds: [
          {
            id: 'apple-for-bo',
            kind: 'deliver',
            item: 'apple-1',
            to: 'bo',
            need: text('n'),
            thanks: text('t'),
          },
        ],
      }),
    );
    const events: SimEvent[] = [];
    for (let i = 0; i < 4; i++) run(s, { dir: 'right' }, events);
    expect(s.player).toMatchObject({ x: 4, y: 0 });
    expect(s.player.carrying).toEqual(['apple-1', 'apple-2', 'apple-3']);
    expect(eventsOfType(events, 'handsFull')).toEqual([{ type: 'handsFull', itemId: 'apple-4' }]);
    expect(eventsOfType(events, 'pickedUp').map((e) => e.itemId)).toEqual([
      'apple-1',
      'apple-2',
      'apple-3',
    ]);
    expect(item(s, 'apple-4')).toEqual({ id: 'apple-4', x: 4, y: 0, holder: { kind: 'ground' } });
  });

  it('once an item is handed over, the one left on the ground can be picked up', () => {
    const s = createState(
      makeLevel({
        people: [{ id: 'bo', sprite: 'boy', at: { x: 4, y: 1 }, name: text('Bo') }],
        items: [1, 2, 3, 4].map((x) => ({
          id: `apple-${x}`,
          sprite: 'red-apple',
          at: { x, y: 0 },
          name: text('apple'),
        })),
        deeds: [
          {
            id: 'apple-for-bo',
            kind: 'deliver',
            item: 'apple-2',
            to: 'bo',
            need: text('n'),
            thanks: text('t'),
          },
          // A second deed keeps the level going after the first.
          {
            id: 'another-for-bo',
            kind: 'deliver',
            item: 'apple-1',
            to: 'bo',
            need: text('n'),
            thanks: text('t'),
          },
        ],
      }),
    );
    for (let i = 0; i < 4; i++) run(s, { dir: 'right' });
    run(s, { dir: 'down' });
    expect(s.player).toMatchObject({ x: 4, y: 0, facing: 'down' });
    run(s, { interact: true });
    expect(s.player.carrying).toEqual(['apple-1', 'apple-3']);
    run(s, { dir: 'left' });
    const events = run(s, { dir: 'right' });
    expect(events).toContainEqual({ type: 'pickedUp', itemId: 'apple-4' });
    expect(s.player.carrying).toEqual(['apple-1', 'apple-3', 'apple-4']);
  });

  it('a tap on a person far away walks next to them and hands the item over', () => {
    const s = createState(level());
    run(s, { dir: 'down' });
    expect(s.player).toMatchObject({ x: 0, y: 1 });
    const events = run(s, { tap: { x: 4, y: 0 } });
    const ann = s.people[0]!;
    expect(isNeighbour(s.player, ann)).toBe(true);
    expect(ann).toMatchObject({ x: 4, y: 0 });
    expect(eventsOfType(events, 'moved').length).toBeGreaterThanOrEqual(3);
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'cup', to: 'ann' });
    expect(deed(s, 'cup-for-ann').status).toBe('done');
    expect(item(s, 'cup').holder).toEqual({ kind: 'given', to: 'ann' });
  });

  it('a tap on a solid place far away walks beside it and hands the item over', () => {
    const s = createState(level());
    run(s, { dir: 'right' });
    run(s, { dir: 'down' });
    run(s, { dir: 'down' });
    run(s, { tap: { x: 4, y: 1 } });
    expect(s.player).toMatchObject({ x: 4, y: 1 });
    const events = run(s, { tap: { x: 2, y: 2 } });
    expect(isNeighbour(s.player, { x: 2, y: 2 })).toBe(true);
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'letter', to: 'mailbox' });
    expect(deed(s, 'post-letter').status).toBe('done');
  });
});
