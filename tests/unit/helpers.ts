// Shared helpers for core tests: load levels, build small levels inline, run inputs.
import { readFileSync } from 'node:fs';
import { parseLevel, formatProblem } from '../../src/core/level-parse';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { Level, SimEvent, SimInput, SimState } from '../../src/core/sim-types';

export function loadLevel(name: string): Level {
  const text = readFileSync(new URL(`../../levels/${name}.json`, import.meta.url), 'utf8');
  const r = parseLevel(text);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(name, p)).join('\n'));
  return r.level;
}

/** A level from a small description; fills in everything a test does not care about. */
export function makeLevel(spec: Record<string, unknown>): Level {
  const text = JSON.stringify({
    schemaVersion: 1,
    id: 'test',
    title: { en: 'Test', zh: '测试' },
    intro: { en: 'Test', zh: '测试' },
    map: { rows: ['.....', '.....', '.....'], legend: { '.': 'grass', '#': 'wall', '~': 'water' } },
    start: { x: 0, y: 0 },
    stars: [100, 200, 300],
    ...spec,
  });
  const r = parseLevel(text);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem('test', p)).join('\n'));
  return r.level;
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
