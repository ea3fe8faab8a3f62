// `npm run bench:levels`: how long checking and solving levels takes, against plain JSON.parse
// of the same text in the same run (the floor any checker sits on), on this machine.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkLevelText } from '../src/core/level-check';
import { parseLevel } from '../src/core/level-parse';
import { advance, createState, TICK_MS } from '../src/core/sim';
import type { SimEvent } from '../src/core/sim-types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** A large open level: `size`×`size` grass with a ring of trees and deliveries spread out. */
function bigLevel(size: number): string {
  const rows = Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => (x % 17 === 8 && y % 13 !== 6 ? 'T' : '.')).join(''),
  );
  const text = (s: string) => ({ en: s, zh: s });
  const n = 6;
  return JSON.stringify({
    schemaVersion: 1,
    id: 'bench',
    title: text('Bench'),
    intro: text('Bench'),
    map: { rows, legend: { '.': 'grass', T: 'tree' } },
    start: { x: 1, y: 1 },
    people: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      sprite: 'woman',
      at: { x: 3 + i * 9, y: size - 3 - i * 7 },
      name: text(`P${i}`),
    })),
    items: Array.from({ length: n }, (_, i) => ({
      id: `i${i}`,
      sprite: 'package',
      at: { x: size - 3 - i * 11, y: 3 + i * 5 },
      name: text(`I${i}`),
    })),
    deeds: Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      kind: 'deliver',
      item: `i${i}`,
      to: `p${i}`,
      need: text('n'),
      thanks: text('t'),
    })),
    timeLimit: null,
    stars: [100, 200, 300],
  });
}

const rows: [string, number, number][] = [];
const files = readdirSync('levels').filter(
  (f) => f.endsWith('.json') && !['campaign.json', 'level.schema.json'].includes(f),
);
for (const f of files) {
  const text = readFileSync(`levels/${f}`, 'utf8');
  const base = time(() => void JSON.parse(text), 50);
  rows.push([`check + solve ${f}`, time(() => checkLevelText(text), 10), base]);
}
const all = files.map((f) => readFileSync(`levels/${f}`, 'utf8'));
rows.push([
  'check + solve all levels',
  time(() => all.forEach((t) => checkLevelText(t)), 5),
  time(() => all.forEach((t) => void JSON.parse(t)), 50),
]);
for (const size of [64]) {
  const text = bigLevel(size);
  rows.push([
    `parse ${size}×${size} level`,
    time(() => parseLevel(text), 5),
    time(() => void JSON.parse(text), 20),
  ]);
  rows.push([
    `check + solve ${size}×${size} level`,
    time(() => checkLevelText(text), 3),
    time(() => void JSON.parse(text), 20),
  ]);
  const parsed = parseLevel(text);
  if (parsed.ok) {
    const state = createState(parsed.level);
    const events: SimEvent[] = [];
    const steps = 2000;
    const perStep =
      time(() => {
        for (let i = 0; i < steps; i++)
          advance(state, { dir: i % 40 < 20 ? 'right' : 'left' }, TICK_MS, events.splice(0));
      }, 5) / steps;
    rows.push([
      `one simulation step, ${size}×${size} level`,
      perStep,
      time(() => createState(parsed.level), 20),
    ]);
  }
}

console.info('| what | ms (median) | baseline ms | ratio |');
console.info('| --- | ---: | ---: | ---: |');
for (const [what, ms, base] of rows) {
  console.info(`| ${what} | ${ms.toFixed(3)} | ${base.toFixed(3)} | ${(ms / base).toFixed(1)}× |`);
}
console.info(
  'baselines: JSON.parse of the same text; for the step, createState of the same level.',
);
