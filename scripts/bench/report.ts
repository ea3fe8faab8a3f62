// Turns the benchmark's measurements into the markdown table (game beside baseline, ratio,
// target, met) and the list of targets.
import type { FrameStats, Renderer } from './browser';
import type { LevelRow } from './levels';

export const KINDS = ['script', 'css', 'font', 'image', 'audio', 'level', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type ByKind = Record<Kind, number> & { total: number };

export interface Sampled {
  median: number;
  samples: number[];
}

export interface FrameCase {
  /** `level` (the heaviest campaign level) or `stress`. */
  id: 'level' | 'stress';
  renderer: Renderer;
  throttle: number;
  game: FrameStats | null;
  gameWhat: string;
  /** Why there is no game figure, when there is none. */
  gameNote?: string;
  /** Pictures the game had in view (its ground included), as it counted them; null if it did not. */
  gamePictures: number | null;
  baseline: FrameStats;
  /** Moving sprites the bare page drew over its ground. */
  baselineSprites: number;
  baselineWhat: string;
  /** Sessions of each page whose frames were pooled (1 when absent). */
  sessions?: number;
}

export interface HeapSide {
  firstBytes: number;
  afterBytes: number;
  restarts: number;
  domNodes: [number, number];
  listeners: [number, number];
}

export interface Results {
  startedAt: string;
  durationSeconds: number;
  machine: Record<string, string | number>;
  options: { loads: number; seconds: number; restarts: number };
  subjects: {
    heaviestLevel: { id: string; title: string; things: number };
    stressLevel: { people: number; items: number; cars: number };
    baselineSprites: { firstFrameAndHeap: number };
  };
  firstFrame: Record<Renderer, { game: Sampled; baseline: Sampled }>;
  /** The renderer's main-thread CPU (thread time) to the first frame, ms; null if not measured. */
  firstFrameCpu: Record<Renderer, { game: Sampled; baseline: Sampled }> | null;
  /**
   * The first frame again, beside the bare page built with the game's cut of Phaser (no target:
   * what the game costs over the same Phaser it ships). Absent in results from before 2026-11-29.
   */
  firstFrameSameCut?: Record<Renderer, { game: Sampled; baseline: Sampled }>;
  frames: FrameCase[];
  heap: { game: HeapSide; baseline: HeapSide } | null;
  bytes: {
    game: ByKind;
    baseline: ByKind;
    /** gzip bytes of Phaser's own chunk: the whole of Phaser, as the bare page ships it. */
    phaserChunk: number;
    /** gzip bytes of the game's Phaser chunk (its cut of Phaser). */
    gamePhaserChunk?: number;
    files: { game: FileLoad[]; baseline: FileLoad[] };
  };
  levels: LevelRow[];
  targets: Target[];
  problems: string[];
}

export interface FileLoad {
  path: string;
  kind: Kind;
  raw: number;
  sent: number;
  /** Body bytes the page says it received (Resource Timing), as a check on `sent`. */
  received: number;
}

export interface Target {
  what: string;
  limit: string;
  value: string;
  met: boolean | null;
}

/** The issue's limits (issue 6). */
export const LIMITS = {
  firstFrameRatio: 1.15,
  p95CanvasMs: 16.7,
  /** rAF deltas of a steady 60 Hz scatter around 16.67 ms by a few tenths. */
  p95JitterMs: 0.5,
  p95ThrottledRatio: 1.2,
  heapGrowthBytes: 2 * 1024 * 1024,
  scriptOverPhaserBytes: 60_000,
  simStepMs: 0.5,
};

const ms0 = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const ms1 = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
const ms3 = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(3)} ms` : 'n/a');
const kB = (v: number): string => `${(v / 1000).toFixed(1)} kB`;
const MB = (v: number): string => `${(v / 1024 / 1024).toFixed(2)} MB`;
const signedMB = (v: number): string => `${v >= 0 ? '+' : '−'}${MB(Math.abs(v))}`;
const ratio = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
const tri = (s: FrameStats | null): string =>
  s ? `${ms1(s.p50)} / ${ms1(s.p95)} / ${ms1(s.p99)} · ${(s.late * 100).toFixed(0)}%` : 'n/a';
const RENDERER: Record<Renderer, string> = { canvas: 'Canvas', webgl: 'WebGL' };

export function caseName(c: FrameCase): string {
  return `${c.id === 'level' ? 'heaviest level' : 'stress level'}, ${RENDERER[c.renderer]}, ${c.throttle === 1 ? 'normal speed' : `CPU ${c.throttle}× slower`}`;
}

/** Which targets are met. */
export function judge(r: Omit<Results, 'targets'>): Target[] {
  const targets: Target[] = [];
  for (const renderer of ['canvas', 'webgl'] as const) {
    const f = r.firstFrame[renderer];
    const value = f.game.median / f.baseline.median;
    targets.push({
      what: `first playable frame, ${RENDERER[renderer]}`,
      limit: `≤ ${LIMITS.firstFrameRatio}× baseline`,
      value: `${value.toFixed(2)}×`,
      met: value <= LIMITS.firstFrameRatio,
    });
  }
  for (const c of r.frames) {
    if (c.id !== 'level' || c.renderer !== 'canvas' || !c.game) continue;
    if (c.throttle === 1) {
      targets.push({
        what: `p95 frame time, ${caseName(c)}`,
        limit: `≤ ${LIMITS.p95CanvasMs} ms (+${LIMITS.p95JitterMs} ms vsync jitter)`,
        value: `${ms1(c.game.p95)} ms`,
        met: c.game.p95 <= LIMITS.p95CanvasMs + LIMITS.p95JitterMs,
      });
    } else {
      const value = c.game.p95 / c.baseline.p95;
      targets.push({
        what: `p95 frame time, ${caseName(c)}`,
        limit: `≤ ${LIMITS.p95ThrottledRatio}× baseline`,
        value: `${value.toFixed(2)}×`,
        met: value <= LIMITS.p95ThrottledRatio,
      });
    }
  }
  if (r.heap) {
    const growth = r.heap.game.afterBytes - r.heap.game.firstBytes;
    targets.push({
      what: `JS heap growth over ${r.heap.game.restarts} restarts`,
      limit: `≤ ${MB(LIMITS.heapGrowthBytes)}`,
      value: signedMB(growth),
      met: growth <= LIMITS.heapGrowthBytes,
    });
  }
  const script = r.bytes.game.script;
  targets.push({
    what: 'script before the first frame (gzip)',
    limit: `≤ Phaser ${kB(r.bytes.phaserChunk)} + ${kB(LIMITS.scriptOverPhaserBytes)}`,
    value: kB(script),
    met: script <= r.bytes.phaserChunk + LIMITS.scriptOverPhaserBytes,
  });
  for (const kind of ['level', 'audio'] as const) {
    targets.push({
      what: `${kind} bytes before the first frame (loaded when needed)`,
      limit: '0',
      value: kB(r.bytes.game[kind]),
      met: r.bytes.game[kind] === 0,
    });
  }
  const step = r.levels.find((l) => l.what === 'one simulation step, stress level');
  if (step) {
    targets.push({
      what: 'one simulation step, stress level',
      limit: `≤ ${LIMITS.simStepMs} ms`,
      value: ms3(step.ms),
      met: step.ms <= LIMITS.simStepMs,
    });
  }
  return targets;
}

/** The markdown table: every game figure beside its baseline, with its target when it has one. */
export function table(r: Results): string {
  const targetOf = (what: string): Target | undefined => r.targets.find((t) => t.what === what);
  const rows: string[][] = [];
  const row = (measure: string, game: string, base: string, rat: string, targetWhat?: string) => {
    const t = targetWhat ? targetOf(targetWhat) : undefined;
    rows.push([
      measure,
      game,
      base,
      rat,
      t?.limit ?? '',
      t ? (t.met === null ? '?' : t.met ? 'met' : '**not met**') : '',
    ]);
  };

  for (const renderer of ['canvas', 'webgl'] as const) {
    const f = r.firstFrame[renderer];
    row(
      `first playable frame, ${RENDERER[renderer]} (median of ${f.game.samples.length})`,
      ms0(f.game.median),
      ms0(f.baseline.median),
      ratio(f.game.median, f.baseline.median),
      `first playable frame, ${RENDERER[renderer]}`,
    );
  }
  for (const renderer of ['canvas', 'webgl'] as const) {
    const f = r.firstFrameSameCut?.[renderer];
    if (!f) continue;
    row(
      `first playable frame, ${RENDERER[renderer]}, beside the bare page given the game's cut of Phaser (median of ${f.game.samples.length})`,
      ms0(f.game.median),
      ms0(f.baseline.median),
      ratio(f.game.median, f.baseline.median),
    );
  }
  for (const renderer of ['canvas', 'webgl'] as const) {
    const f = r.firstFrameCpu?.[renderer];
    if (!f) continue;
    row(
      `main thread's CPU to the first playable frame, ${RENDERER[renderer]} (thread time, median of ${f.game.samples.length} traced loads)`,
      ms0(f.game.median),
      ms0(f.baseline.median),
      ratio(f.game.median, f.baseline.median),
    );
  }
  for (const c of r.frames) {
    row(
      `frame time p50 / p95 / p99 ms · late frames, ${caseName(c)}${(c.sessions ?? 1) > 1 ? ` (${c.sessions} sessions of each page, pooled)` : ''}`,
      c.game ? tri(c.game) : (c.gameNote ?? 'n/a'),
      tri(c.baseline),
      c.game ? ratio(c.game.p95, c.baseline.p95) : '—',
      `p95 frame time, ${caseName(c)}`,
    );
  }
  if (r.heap) {
    const { game, baseline } = r.heap;
    row(
      'JS heap after the first level (after GC)',
      MB(game.firstBytes),
      MB(baseline.firstBytes),
      ratio(game.firstBytes, baseline.firstBytes),
    );
    row(
      `JS heap after ${game.restarts} restarts (after GC)`,
      MB(game.afterBytes),
      MB(baseline.afterBytes),
      ratio(game.afterBytes, baseline.afterBytes),
    );
    row(
      `JS heap growth over ${game.restarts} restarts`,
      signedMB(game.afterBytes - game.firstBytes),
      signedMB(baseline.afterBytes - baseline.firstBytes),
      '—',
      `JS heap growth over ${game.restarts} restarts`,
    );
    row(
      `DOM nodes / JS event listeners, first → after ${game.restarts} restarts`,
      `${game.domNodes[0]} → ${game.domNodes[1]} / ${game.listeners[0]} → ${game.listeners[1]}`,
      `${baseline.domNodes[0]} → ${baseline.domNodes[1]} / ${baseline.listeners[0]} → ${baseline.listeners[1]}`,
      '—',
    );
  }
  if (r.bytes.gamePhaserChunk !== undefined) {
    row(
      "Phaser's chunk, gzip (the game's cut; the bare page's whole Phaser)",
      kB(r.bytes.gamePhaserChunk),
      kB(r.bytes.phaserChunk),
      ratio(r.bytes.gamePhaserChunk, r.bytes.phaserChunk),
    );
  }
  for (const kind of [...KINDS, 'total'] as const) {
    const target =
      kind === 'script'
        ? 'script before the first frame (gzip)'
        : kind === 'level' || kind === 'audio'
          ? `${kind} bytes before the first frame (loaded when needed)`
          : undefined;
    row(
      `bytes before the first frame, gzip: ${kind}`,
      kB(r.bytes.game[kind]),
      kB(r.bytes.baseline[kind]),
      ratio(r.bytes.game[kind], r.bytes.baseline[kind]),
      target,
    );
  }
  for (const l of r.levels) {
    row(
      `${l.what} (baseline: ${l.baseline})`,
      ms3(l.ms),
      ms3(l.baselineMs),
      ratio(l.ms, l.baselineMs),
      l.what === 'one simulation step, stress level' ? l.what : undefined,
    );
  }
  const header = ['measure', 'game', 'baseline', 'game ÷ baseline', 'target', 'met?'];
  const lines = [
    `| ${header.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** What was played and drawn, in words. */
export function subjects(r: Results): string {
  const { heaviestLevel: h, stressLevel: st, baselineSprites: b } = r.subjects;
  const drawn = (id: FrameCase['id']): string => {
    const cases = r.frames.filter((c) => c.id === id);
    const pictures = cases.map((c) => c.gamePictures ?? '?').join(', ');
    const sprites = cases.map((c) => c.baselineSprites).join(', ');
    return `the game had ${pictures} pictures in view (ground included); baseline: ground + ${sprites} moving sprites`;
  };
  return [
    `- Heaviest level: ${h.id} (${h.things} people, items, places, deeds and cars); ${drawn('level')}.`,
    `- Stress level: ${st.items} bobbing items, ${st.cars} driving cars, ${st.people} standing people; ${drawn('stress')}.`,
    `- First frame and heap: the game's title screen and heaviest level; baseline: ${b.firstFrameAndHeap} sprites.`,
    `- Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.chromium}, Node ${r.machine.node}, Phaser ${r.machine.phaser}; load average ${r.machine.loadAverageBefore} before, ${r.machine.loadAverageAfter} after.`,
  ].join('\n');
}

export function summary(r: Results): string {
  const met = r.targets.filter((t) => t.met === true).length;
  const missed = r.targets.filter((t) => t.met === false);
  return [
    `Targets met: ${met} of ${r.targets.length}.`,
    ...missed.map((t) => `- not met: ${t.what}: ${t.value} (target ${t.limit})`),
  ].join('\n');
}
