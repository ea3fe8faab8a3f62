// teach: talking to the child opens the question, and the clock stops until it is answered;
// a wrong answer keeps it open and costs a quarter of the points, down to half.
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level-parse';
import { createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent, SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, levelText, makeLevel, run, steps, text, wait } from './helpers';

const QUESTION = { en: 'What is 3 + 4?', zh: '3 加 4 等于几？' };

function teachDeed(fields: Record<string, unknown> = {}) {
  return {
    id: 'sums',
    kind: 'teach',
    person: 'ming',
    question: QUESTION,
    options: [text('6'), text('8'), text('7')],
    answer: 2,
    need: text('Can you help me with my sums?'),
    thanks: text('Now I understand!'),
    ...fields,
  };
}

// y0  p M . . .     p: start, M: Ming, who asks
// y1  . . . . .
// y2  . . . . .
function level(deed: Record<string, unknown> = {}) {
  return makeLevel({
    people: [{ id: 'ming', sprite: 'child', at: { x: 1, y: 0 }, name: text('Ming') }],
    deeds: [teachDeed(deed)],
    timeLimit: 20,
  });
}

/** A state where the question has just been asked (after a short walk, so the clock shows). */
function asked(deed: Record<string, unknown> = {}): SimState {
  const s = createState(level(deed));
  run(s, { dir: 'down' });
  run(s, { dir: 'up' });
  run(s, { tap: { x: 1, y: 0 } });
  expect(s.dialog).toEqual({ kind: 'teach', deedId: 'sums' });
  return s;
}

describe('teach', () => {
  it('talking to the child opens the question', () => {
    const s = createState(level());
    const events = run(s, { tap: { x: 1, y: 0 } });
    expect(eventsOfType(events, 'dialog')).toEqual([
      { type: 'dialog', kind: 'teach', deedId: 'sums' },
    ]);
    expect(eventsOfType(events, 'talked')).toEqual([]);
    expect(s.dialog).toEqual({ kind: 'teach', deedId: 'sums' });
    expect(deedState(s, 'sums').status).toBe('open');
  });

  it('the clock stops while the question is open, even past the time limit', () => {
    const s = asked();
    const timeMs = s.timeMs;
    const tick = s.tick;
    expect(timeMs).toBeGreaterThan(0);
    const events = wait(s, 30_000);
    expect(s.timeMs).toBe(timeMs);
    expect(s.tick).toBe(tick + 30_000 / TICK_MS);
    expect(s.status).toBe('playing');
    expect(eventsOfType(events, 'timeUp')).toEqual([]);
  });

  it('movement and taps are ignored while the question is open', () => {
    const s = asked();
    const at = { x: s.player.x, y: s.player.y };
    const events: SimEvent[] = [];
    steps(s, 40, { dir: 'down' }, events);
    steps(s, 5, { tap: { x: 4, y: 2 } }, events);
    steps(s, 40, {}, events);
    expect(eventsOfType(events, 'moved')).toEqual([]);
    expect(s.player).toMatchObject({ ...at, moveT: 1, path: [] });
    expect(s.dialog).toEqual({ kind: 'teach', deedId: 'sums' });
  });

  it('a wrong answer keeps the question open and counts a try', () => {
    const s = asked();
    const events = steps(s, 1, { choice: 0 });
    expect(events).toEqual([{ type: 'answered', deedId: 'sums', correct: false }]);
    expect(s.dialog).toEqual({ kind: 'teach', deedId: 'sums' });
    expect(deedState(s, 'sums')).toMatchObject({ status: 'open', tries: 1 });
    steps(s, 1, { choice: 1 });
    expect(deedState(s, 'sums')).toMatchObject({ status: 'open', tries: 2 });
    expect(s.records).toEqual([]);
  });

  it('the right answer closes the question, completes the deed and starts the clock again', () => {
    const s = asked();
    const timeMs = s.timeMs;
    const events = steps(s, 1, { choice: 2 });
    expect(eventsOfType(events, 'answered')).toEqual([
      { type: 'answered', deedId: 'sums', correct: true },
    ]);
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'sums', points: 100, relay: 0, at: { x: 1, y: 0 } },
    ]);
    expect(s.dialog).toBeNull();
    expect(deedState(s, 'sums').status).toBe('done');
    expect(s.people[0]!.helped).toBe(true);
    expect(s.records[0]).toMatchObject({ deedId: 'sums', points: 100, atMs: timeMs });
    expect(s.status).toBe('passed');
  });

  it.each([
    [0, 100, 100],
    [1, 100, 75],
    [2, 100, 50],
    [3, 100, 50],
    [6, 100, 50],
    [1, 30, 23],
    [2, 30, 15],
  ])('with %i wrong tries, a deed worth %i gives %i points', (wrong, worth, points) => {
    const s = asked({ points: worth });
    for (let i = 0; i < wrong; i++) steps(s, 1, { choice: i % 2 });
    const events = steps(s, 1, { choice: 2 });
    expect(deedState(s, 'sums')).toMatchObject({ status: 'done', tries: wrong });
    expect(eventsOfType(events, 'deedDone').map((e) => e.points)).toEqual([points]);
    expect(s.records.map((r) => r.points)).toEqual([points]);
  });

  it('the answer need not be the first option: with answer 0 the first is right', () => {
    const s = asked({ options: [text('7'), text('6')], answer: 0 });
    steps(s, 1, { choice: 1 });
    expect(deedState(s, 'sums').tries).toBe(1);
    steps(s, 1, { choice: 0 });
    expect(deedState(s, 'sums').status).toBe('done');
  });

  it('a choice outside the options does nothing', () => {
    const s = asked();
    const events = [...steps(s, 1, { choice: 3 }), ...steps(s, 1, { choice: -1 })];
    expect(events).toEqual([]);
    expect(deedState(s, 'sums')).toMatchObject({ status: 'open', tries: 0 });
    expect(s.dialog).toEqual({ kind: 'teach', deedId: 'sums' });
  });

  it('the checker rejects an answer that is not one of the options', () => {
    const spec = {
      people: [{ id: 'ming', sprite: 'child', at: { x: 1, y: 0 }, name: text('Ming') }],
      deeds: [teachDeed({ options: [text('6'), text('7')], answer: 3 })],
    };
    const r = parseLevel(levelText(spec));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['/deeds/0/answer']);
  });
});
