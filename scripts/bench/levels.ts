// Node side of the benchmark: the logic of `scripts/bench-levels.ts` (checking and solving
// levels against plain JSON.parse, one simulation step against createState), plus the stress
// level. Runs in this process, on the real rules from src/core.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkLevelText } from '../../src/core/level-check';
import { parseLevel } from '../../src/core/level-parse';
import { advance, createState, TICK_MS } from '../../src/core/sim';
import type { SimEvent } from '../../src/core/sim-types';
import { bigLevel, STRESS, stressLevel } from './stress-level';

export interface LevelRow {
  what: string;
  ms: number;
  baselineMs: number;
  baseline: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median time of `fn`: a warm-up call, then calls until `budgetMs` is spent (at least one, at
 * most `maxRuns`). A first call longer than half the budget is taken as the only sample, so
 * that slow checks (a second or more for some campaign levels) keep the run short.
 */
function time(fn: () => void, maxRuns: number, budgetMs = 600): number {
  const w0 = performance.now();
  fn();
  const first = performance.now() - w0;
  if (first > budgetMs / 2) return first;
  const samples: number[] = [];
  const start = performance.now();
  while (
    samples.length < maxRuns &&
    (samples.length === 0 || performance.now() - start < budgetMs)
  ) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Median time of one simulation step over runs of `steps` steps, walking left and right. */
function stepTime(text: string): number {
  const parsed = parseLevel(text);
  if (!parsed.ok) throw new Error(`generated level does not parse: ${parsed.problems[0]?.message}`);
  const state = createState(parsed.level);
  const events: SimEvent[] = [];
  const steps = 2000;
  return (
    time(() => {
      for (let i = 0; i < steps; i++)
        advance(state, { dir: i % 40 < 20 ? 'right' : 'left' }, TICK_MS, events.splice(0));
    }, 5) / steps
  );
}

export function campaignFiles(dir = 'levels'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !['campaign.json', 'level.schema.json'].includes(f))
    .sort();
}

/** Campaign level ids in playing order (from campaign.json, else every level file). */
export function campaignIds(): string[] {
  try {
    const campaign = JSON.parse(readFileSync('levels/campaign.json', 'utf8')) as {
      chapters: { levels: string[] }[];
    };
    return campaign.chapters.flatMap((c) => c.levels);
  } catch {
    return campaignFiles().map((f) => f.replace(/\.json$/, ''));
  }
}

/** How many things a level shows at the start: people, items, places, deeds and cars. */
function thingsIn(text: string): { things: number; area: number } | null {
  const parsed = parseLevel(text);
  if (!parsed.ok) return null;
  const level = parsed.level;
  const cars = (createState(level) as { cars?: unknown[] }).cars?.length ?? 0;
  return {
    things:
      level.people.length + level.items.length + level.places.length + level.deeds.length + cars,
    area: level.width * level.height,
  };
}

export interface HeaviestLevel {
  id: string;
  title: string;
  things: number;
}

/** The campaign level with the most things on it (then the largest map). */
export function heaviestLevel(): HeaviestLevel {
  let best: (HeaviestLevel & { area: number }) | null = null;
  for (const id of campaignIds()) {
    let text: string;
    try {
      text = readFileSync(`levels/${id}.json`, 'utf8');
    } catch {
      continue;
    }
    const size = thingsIn(text);
    if (!size) continue;
    if (
      !best ||
      size.things > best.things ||
      (size.things === best.things && size.area > best.area)
    ) {
      const title = (JSON.parse(text) as { title: { en: string } }).title.en;
      best = { id, title, ...size };
    }
  }
  if (!best) throw new Error('no campaign level could be read');
  return { id: best.id, title: best.title, things: best.things };
}

export interface Stress {
  text: string;
  people: number;
  items: number;
  cars: number;
}

/** The stress level, with cars when the level format has them. */
export function stress(): Stress {
  for (const lanes of [STRESS.lanes, 0]) {
    const text = stressLevel({ ...STRESS, lanes });
    const parsed = parseLevel(text);
    if (!parsed.ok) continue;
    const cars = (createState(parsed.level) as { cars?: unknown[] }).cars?.length ?? 0;
    return { text, people: parsed.level.people.length, items: parsed.level.items.length, cars };
  }
  throw new Error('the generated stress level does not parse');
}

export function benchLevels(stressText: string): LevelRow[] {
  const rows: LevelRow[] = [];
  const parseBase = 'JSON.parse of the same text';
  const files = campaignFiles();
  for (const f of files) {
    const text = readFileSync(`levels/${f}`, 'utf8');
    rows.push({
      what: `check + solve ${f}`,
      ms: time(() => checkLevelText(text), 10),
      baselineMs: time(() => void JSON.parse(text), 50),
      baseline: parseBase,
    });
  }
  const all = files.map((f) => readFileSync(`levels/${f}`, 'utf8'));
  rows.push({
    what: `check + solve all ${files.length} levels`,
    ms: time(() => all.forEach((t) => checkLevelText(t)), 5),
    baselineMs: time(() => all.forEach((t) => void JSON.parse(t)), 50),
    baseline: parseBase,
  });
  // 64×64 is the largest map the level format accepts (map.rows: at most 64 of 64 characters).
  const big = bigLevel(64);
  rows.push({
    what: 'parse 64×64 level',
    ms: time(() => parseLevel(big), 5),
    baselineMs: time(() => void JSON.parse(big), 20),
    baseline: parseBase,
  });
  rows.push({
    what: 'check + solve 64×64 level',
    ms: time(() => checkLevelText(big), 3),
    baselineMs: time(() => void JSON.parse(big), 20),
    baseline: parseBase,
  });
  const bigParsed = parseLevel(big);
  rows.push({
    what: 'one simulation step, 64×64 level',
    ms: stepTime(big),
    baselineMs: bigParsed.ok ? time(() => createState(bigParsed.level), 20) : NaN,
    baseline: 'createState of the same level',
  });
  rows.push({
    what: 'check + solve stress level',
    ms: time(() => checkLevelText(stressText), 3),
    baselineMs: time(() => void JSON.parse(stressText), 20),
    baseline: parseBase,
  });
  const stressParsed = parseLevel(stressText);
  rows.push({
    what: 'one simulation step, stress level',
    ms: stepTime(stressText),
    baselineMs: stressParsed.ok ? time(() => createState(stressParsed.level), 20) : NaN,
    baseline: 'createState of the same level',
  });
  return rows;
}
