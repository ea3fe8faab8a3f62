// choose: talking opens the dilemma and the clock stops; a good option completes the deed, an
// unkind one lets the chance pass (and fails the level when the deed was required); honest
// and dishonest options go into the integrity record.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, run, steps, text, wait } from './helpers';

const KEEP = 0;
const GIVE_BACK = 1;
const ASK_TEACHER = 2;

const wallet = {
  id: 'found-wallet',
  kind: 'choose',
  person: 'wang',
  prompt: text('You find a wallet by the bench. Mr Wang is looking for it.'),
  options: [
    {
      text: text('Keep it'),
      outcome: text('Mr Wang goes home sad.'),
      kind: 'unkind',
      honest: false,
    },
    { text: text('Give it back'), outcome: text('Mr Wang smiles.'), kind: 'good', honest: true },
    { text: text('Ask a teacher to help'), outcome: text('It is returned.'), kind: 'good' },
  ],
  need: text('Have you seen my wallet?'),
  thanks: text('Thank you, honest child.'),
};

const bin = {
  id: 'empty-bin',
  kind: 'repair',
  place: 'bin',
  seconds: 0.5,
  need: text('The bin is knocked over.'),
  thanks: text('Tidy again.'),
};

// y0  p W . . .     p: start, W: Mr Wang
// y1  . . . . .     B: a knocked-over bin (solid), for a second deed
// y2  . . . . B
function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    people: [{ id: 'wang', sprite: 'old-man', at: { x: 1, y: 0 }, name: text('Wang') }],
    places: [{ id: 'bin', at: { x: 4, y: 2 }, name: text('bin'), solid: true }],
    deeds: [wallet],
    timeLimit: 30,
    ...spec,
  });
}

/** Two deeds of which one passes the level: the dilemma is not required. */
const optional = { deeds: [wallet, bin], goal: { required: 1 } };

/** The dilemma has just been opened, after a short walk (so the clock shows). */
function opened(spec: Record<string, unknown> = {}): SimState {
  const s = createState(level(spec));
  run(s, { dir: 'down' });
  run(s, { dir: 'up' });
  run(s, { tap: { x: 1, y: 0 } });
  expect(s.dialog).toEqual({ kind: 'choose', deedId: 'found-wallet' });
  return s;
}

describe('choose', () => {
  it('talking to the person opens the dilemma', () => {
    const s = createState(level());
    const events = run(s, { tap: { x: 1, y: 0 } });
    expect(eventsOfType(events, 'dialog')).toEqual([
      { type: 'dialog', kind: 'choose', deedId: 'found-wallet' },
    ]);
    expect(eventsOfType(events, 'talked')).toEqual([]);
    expect(s.dialog).toEqual({ kind: 'choose', deedId: 'found-wallet' });
  });

  it('the clock stops and movement is ignored while the dilemma is open', () => {
    const s = opened();
    const timeMs = s.timeMs;
    const events: SimEvent[] = [];
    steps(s, 60, { dir: 'down' }, events);
    wait(s, 40_000, events);
    expect(s.timeMs).toBe(timeMs);
    expect(s.player).toMatchObject({ x: 0, y: 0, moveT: 1 });
    expect(eventsOfType(events, 'moved')).toEqual([]);
    expect(s.status).toBe('playing');
  });

  it('a good option that is not the first completes the deed', () => {
    const s = opened();
    const events = steps(s, 1, { choice: GIVE_BACK });
    expect(eventsOfType(events, 'chosen')).toEqual([
      { type: 'chosen', deedId: 'found-wallet', option: GIVE_BACK, kind: 'good' },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'found-wallet', points: 100, relay: 0, at: { x: 1, y: 0 } },
    ]);
    expect(s.dialog).toBeNull();
    expect(deedState(s, 'found-wallet').status).toBe('done');
    expect(s.people[0]!.helped).toBe(true);
    expect(s.status).toBe('passed');
  });

  it('an honest option counts an honest choice', () => {
    const s = opened();
    steps(s, 1, { choice: GIVE_BACK });
    expect(s.character).toEqual({ honest: 1, dishonest: 0, modest: 0, rewards: 0 });
  });

  it('a good option that says nothing about honesty leaves the integrity record alone', () => {
    const s = opened();
    steps(s, 1, { choice: ASK_TEACHER });
    expect(deedState(s, 'found-wallet').status).toBe('done');
    expect(s.character).toEqual({ honest: 0, dishonest: 0, modest: 0, rewards: 0 });
  });

  it('an unkind option lets the chance pass and counts a dishonest choice', () => {
    const s = opened(optional);
    const events = steps(s, 1, { choice: KEEP });
    expect(eventsOfType(events, 'chosen')).toEqual([
      { type: 'chosen', deedId: 'found-wallet', option: KEEP, kind: 'unkind' },
    ]);
    expect(eventsOfType(events, 'deedMissed')).toEqual([
      { type: 'deedMissed', deedId: 'found-wallet' },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([]);
    expect(s.dialog).toBeNull();
    expect(deedState(s, 'found-wallet').status).toBe('missed');
    expect(s.records).toEqual([]);
    expect(s.people[0]!.helped).toBe(false);
    expect(s.character).toEqual({ honest: 0, dishonest: 1, modest: 0, rewards: 0 });
  });

  it('when the dilemma was not required, the level goes on after an unkind choice', () => {
    const s = opened(optional);
    const events = steps(s, 1, { choice: KEEP });
    expect(eventsOfType(events, 'levelFailed')).toEqual([]);
    expect(s.status).toBe('playing');
    run(s, { tap: { x: 4, y: 2 } });
    expect(s.status).toBe('passed');
  });

  it('when the dilemma was required, an unkind choice fails the level', () => {
    const s = opened();
    const events = steps(s, 1, { choice: KEEP });
    expect(eventsOfType(events, 'levelFailed')).toEqual([{ type: 'levelFailed' }]);
    expect(s.status).toBe('failed');
  });

  it('when the dilemma is named in mustDo, an unkind choice fails the level', () => {
    const s = opened({ ...optional, goal: { required: 1, mustDo: ['found-wallet'] } });
    steps(s, 1, { choice: KEEP });
    expect(s.status).toBe('failed');
  });

  it('a choice outside the options does nothing', () => {
    const s = opened();
    const events = [
      ...steps(s, 1, { choice: 3 }),
      ...steps(s, 1, { choice: -1 }),
      ...steps(s, 1, { choice: null }),
    ];
    expect(events).toEqual([]);
    expect(s.dialog).toEqual({ kind: 'choose', deedId: 'found-wallet' });
    expect(deedState(s, 'found-wallet').status).toBe('open');
    expect(s.character).toEqual({ honest: 0, dishonest: 0, modest: 0, rewards: 0 });
    steps(s, 1, { choice: GIVE_BACK });
    expect(deedState(s, 'found-wallet').status).toBe('done');
  });

  it('a dilemma answered unkindly cannot be answered again', () => {
    const s = opened(optional);
    steps(s, 1, { choice: KEEP });
    const events = run(s, { tap: { x: 1, y: 0 } });
    expect(eventsOfType(events, 'dialog')).toEqual([]);
    expect(s.dialog).toBeNull();
    steps(s, 1, { choice: GIVE_BACK });
    expect(deedState(s, 'found-wallet').status).toBe('missed');
    expect(s.records).toEqual([]);
  });
});
