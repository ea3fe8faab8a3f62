// repair: needs its tool, progresses only while the player stays, pauses and resumes,
// finishes after `seconds` and helps the owner.
import { describe, expect, it } from 'vitest';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { eventsOfType, makeLevel, run, text, wait } from './helpers';

const LI_NEED = { en: 'My bicycle has a flat tyre.', zh: '我的自行车胎瘪了。' };
const LI_THANKS = { en: 'You fixed it!', zh: '你修好了！' };

// y0  . . . . .
// y1  . p B . .     p: start, B: bicycle (solid)
// y2  . t . . L     t: toolbox, L: Xiao Li
function bikeLevel(repair: Record<string, unknown> = {}) {
  return makeLevel({
    start: { x: 1, y: 1 },
    people: [{ id: 'li', sprite: 'boy', at: { x: 4, y: 2 }, name: text('Li') }],
    items: [{ id: 'toolbox', sprite: 'toolbox', at: { x: 1, y: 2 }, name: text('toolbox') }],
    places: [
      { id: 'bike', at: { x: 2, y: 1 }, sprite: 'bicycle', name: text('bicycle'), solid: true },
    ],
    deeds: [
      {
        id: 'mend-bike',
        kind: 'repair',
        place: 'bike',
        seconds: 1,
        tool: 'toolbox',
        owner: 'li',
        need: LI_NEED,
        thanks: LI_THANKS,
        ...repair,
      },
    ],
  });
}

/** The player holds the toolbox and faces the bicycle from (1,1). */
function readyToMend(repair: Record<string, unknown> = {}): SimState {
  const s = createState(bikeLevel(repair));
  run(s, { dir: 'down' });
  run(s, { dir: 'up' });
  run(s, { dir: 'right' });
  expect(s.player).toMatchObject({ x: 1, y: 1, facing: 'right', carrying: ['toolbox'] });
  return s;
}

function ticks(s: SimState, n: number, events: SimEvent[] = []): SimEvent[] {
  for (let i = 0; i < n; i++) advance(s, {}, TICK_MS, events);
  return events;
}

describe('repair', () => {
  it('without the tool, asks for it and makes no progress', () => {
    const s = createState(bikeLevel());
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 1, y: 1, facing: 'right', carrying: [] });
    const events: SimEvent[] = [];
    advance(s, { interact: true }, TICK_MS, events);
    ticks(s, 80, events);
    expect(eventsOfType(events, 'needsTool')).toEqual([
      { type: 'needsTool', deedId: 'mend-bike', itemId: 'toolbox' },
    ]);
    expect(eventsOfType(events, 'working')).toEqual([]);
    expect(s.deeds[0]).toMatchObject({ id: 'mend-bike', status: 'open', progressMs: 0 });
    expect(s.player.workingOn).toBeNull();
  });

  it('with the tool, work starts and progress grows only while the player stays', () => {
    const s = readyToMend();
    const events: SimEvent[] = [];
    advance(s, { interact: true }, TICK_MS, events);
    expect(eventsOfType(events, 'working')).toEqual([{ type: 'working', deedId: 'mend-bike' }]);
    expect(s.player.workingOn).toBe('mend-bike');
    expect(s.deeds[0]).toMatchObject({ status: 'active', progressMs: TICK_MS });
    ticks(s, 10);
    expect(s.deeds[0]!.progressMs).toBe(11 * TICK_MS);
  });

  it('pushing against the broken thing does not interrupt the work', () => {
    const s = readyToMend();
    advance(s, { interact: true }, TICK_MS, []);
    const events: SimEvent[] = [];
    for (let i = 0; i < 4; i++) advance(s, { dir: 'right' }, TICK_MS, events);
    expect(eventsOfType(events, 'bumped').length).toBeGreaterThan(0);
    expect(s.player.workingOn).toBe('mend-bike');
    expect(s.deeds[0]!.progressMs).toBe(5 * TICK_MS);
  });

  it('moving away pauses the work and keeps the progress', () => {
    const s = readyToMend();
    advance(s, { interact: true }, TICK_MS, []);
    ticks(s, 15);
    const kept = s.deeds[0]!.progressMs;
    expect(kept).toBe(16 * TICK_MS);
    run(s, { dir: 'left' });
    expect(s.player).toMatchObject({ x: 0, y: 1, workingOn: null });
    const events = wait(s, 3000);
    expect(s.deeds[0]).toMatchObject({ status: 'active', progressMs: kept });
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
  });

  it('coming back and interacting again resumes where the work stopped and finishes', () => {
    const s = readyToMend();
    advance(s, { interact: true }, TICK_MS, []);
    ticks(s, 15);
    const kept = s.deeds[0]!.progressMs;
    run(s, { dir: 'left' });
    run(s, { dir: 'right' });
    expect(s.player).toMatchObject({ x: 1, y: 1, facing: 'right' });
    expect(s.deeds[0]!.progressMs).toBe(kept);

    const events: SimEvent[] = [];
    advance(s, { interact: true }, TICK_MS, events);
    expect(s.deeds[0]!.progressMs).toBe(kept + TICK_MS);
    const left = (1000 - kept) / TICK_MS;
    ticks(s, left - 2, events);
    expect(s.deeds[0]!.status).toBe('active');
    ticks(s, 1, events);
    expect(s.deeds[0]).toMatchObject({ status: 'done', progressMs: 1000 });
    expect(eventsOfType(events, 'deedDone')).toHaveLength(1);
  });

  it('completes after exactly `seconds` of work', () => {
    const s = readyToMend({ seconds: 1.5, tool: undefined });
    const events: SimEvent[] = [];
    advance(s, { interact: true }, TICK_MS, events);
    ticks(s, 1500 / TICK_MS - 2, events);
    expect(s.deeds[0]).toMatchObject({ status: 'active', progressMs: 1500 - TICK_MS });
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    ticks(s, 1, events);
    expect(s.deeds[0]).toMatchObject({ status: 'done', progressMs: 1500 });
    expect(s.player.workingOn).toBeNull();
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'mend-bike', points: 100, relay: 0, at: { x: 2, y: 1 } },
    ]);
  });

  it('a repair without a tool starts at once, with empty hands', () => {
    const s = createState(bikeLevel({ tool: undefined }));
    run(s, { dir: 'right' });
    expect(s.player.carrying).toEqual([]);
    const events = run(s, { interact: true });
    expect(eventsOfType(events, 'needsTool')).toEqual([]);
    expect(s.deeds[0]!.status).toBe('done');
  });

  it('the owner is helped, and says thanks instead of the need afterwards', () => {
    const s = readyToMend();
    expect(s.people[0]!.helped).toBe(false);
    const before = run(s, { tap: { x: 4, y: 2 } });
    expect(eventsOfType(before, 'talked')).toEqual([
      { type: 'talked', personId: 'li', text: LI_NEED },
    ]);
    // Tapping the bicycle walks back beside it and works until it is mended.
    run(s, { tap: { x: 2, y: 1 } });
    expect(s.deeds[0]!.status).toBe('done');
    expect(s.people[0]!.helped).toBe(true);
    expect(s.status).toBe('passed');
  });

  it('a person with nothing left to ask says thanks', () => {
    const level = makeLevel({
      start: { x: 1, y: 1 },
      people: [{ id: 'li', sprite: 'boy', at: { x: 4, y: 2 }, name: text('Li') }],
      places: [{ id: 'bike', at: { x: 2, y: 1 }, name: text('bicycle'), solid: true }],
      deeds: [
        {
          id: 'mend-bike',
          kind: 'repair',
          place: 'bike',
          seconds: 0.5,
          owner: 'li',
          need: LI_NEED,
          thanks: LI_THANKS,
        },
        { id: 'other', kind: 'repair', place: 'bike', need: text('n'), thanks: text('t') },
      ],
    });
    const s = createState(level);
    run(s, { dir: 'right' });
    run(s, { interact: true });
    expect(s.deeds.map((d) => d.status)).toEqual(['done', 'open']);
    const events = run(s, { tap: { x: 4, y: 2 } });
    expect(eventsOfType(events, 'talked')).toEqual([
      { type: 'talked', personId: 'li', text: LI_THANKS },
    ]);
  });
});
