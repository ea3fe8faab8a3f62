// Shared helpers for core tests: load levels, build small levels inline, run inputs.
import { readFileSync } from 'node:fs';
import { parseLevel, formatProblem } from '../../src/core/level-parse';
import { deedModule } from '../../src/core/deeds/deed-registry';
import type { NeedView } from '../../src/core/deeds/deed-module';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { DeedState, Level, SimEvent, SimInput, SimState } from '../../src/core/sim-types';
import type { ReplayStep } from '../../src/core/solver';

export function loadLevel(name: string): Level {
  const text = readFileSync(new URL(`../../levels/${name}.json`, import.meta.url), 'utf8');
  const r = parseLevel(text);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(name, p)).join('\n'));
  return r.level;
}

/** A level from a small description; fills in everything a test does not care about. */
export function makeLevel(spec: Record<string, unknown>): Level {
  const r = parseLevel(levelText(spec));
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem('test', p)).join('\n'));
  return r.level;
}

/** The level file text `makeLevel` parses; `indent` spreads it over lines for position checks. */
export function levelText(spec: Record<string, unknown>, indent?: number): string {
  return JSON.stringify(
    {
      schemaVersion: 1,
      id: 'test',
      title: { en: 'Test', zh: '测试' },
      intro: { en: 'Test', zh: '测试' },
      map: {
        rows: ['.....', '.....', '.....'],
        legend: { '.': 'grass', '#': 'wall', '~': 'water' },
      },
      start: { x: 0, y: 0 },
      stars: [100, 200, 300],
      ...spec,
    },
    null,
    indent,
  );
}

/** Line and column (both from 1) of the `nth` (from 0) occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The events of one type, typed. */
export function eventsOfType<T extends SimEvent['type']>(
  events: readonly SimEvent[],
  type: T,
): Extract<SimEvent, { type: T }>[] {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

const text = (s: string) => ({ en: s, zh: s });
export { text };

/** Runs one input for a step, then idles until the player stands still and the path is walked. */
export function run(state: SimState, input: SimInput, events: SimEvent[] = []): SimEvent[] {
  advance(state, input, TICK_MS, events);
  for (let i = 0; i < 2000; i++) {
    const p = state.player;
    if (p.moveT >= 1 && p.path.length === 0 && p.pendingInteract === null && !p.workingOn) break;
    if (state.status !== 'playing') break;
    advance(state, {}, TICK_MS, events);
  }
  return events;
}

/** Steps with no input for `ms`. */
export function wait(state: SimState, ms: number, events: SimEvent[] = []): SimEvent[] {
  for (let t = 0; t < ms; t += TICK_MS) advance(state, {}, TICK_MS, events);
  return events;
}

export { createState };

/** The state of the deed with this id. */
export function deedState(state: SimState, id: string): DeedState {
  const ds = state.deeds.find((d) => d.id === id);
  if (!ds) throw new Error(`no deed "${id}"`);
  return ds;
}

/** What the deed's bubble shows now (null when nothing is shown). */
export function needOf(state: SimState, id: string): NeedView | null {
  const def = state.level.deeds.find((d) => d.id === id);
  if (!def) throw new Error(`no deed "${id}"`);
  return deedModule(def).need(state, def, deedState(state, id));
}

/** Steps `n` times with the same input (one step each, no idling in between). */
export function steps(
  state: SimState,
  n: number,
  input: SimInput = {},
  events: SimEvent[] = [],
): SimEvent[] {
  for (let i = 0; i < n; i++) advance(state, input, TICK_MS, events);
  return events;
}

/** Feeds a solver's replay to a fresh state tick by tick until the level ends (or an hour passes). */
export function playReplay(level: Level, replay: readonly ReplayStep[]): SimState {
  const state = createState(level);
  const queue = [...replay];
  while (state.status === 'playing' && state.timeMs < 3_600_000) {
    const next = queue[0]?.tick === state.tick ? queue.shift()!.input : {};
    advance(state, next, TICK_MS, []);
  }
  return state;
}
