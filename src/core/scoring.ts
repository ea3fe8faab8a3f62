// Scoring: deed points, the relay bonus for deeds done one soon after another, the time
// bonus, and one to three stars by the level's thresholds.
import type { DeedKind } from './deeds/deed-kinds';
import type { Character, DeedRecord, Level, SimState } from './sim-types';

/** A deed done within this time of the previous one continues the relay. */
export const RELAY_WINDOW_MS = 15_000;
/** Relay points per deed in the chain before this one. */
export const RELAY_STEP = 25;
/** The most relay points one deed can earn. */
export const RELAY_MAX = 100;
/** Points for each whole second left on the clock when the level is passed. */
export const TIME_BONUS_PER_SECOND = 2;

/** How many deeds in a row, ending with the last record, were each done within the relay time. */
function chainLength(records: readonly DeedRecord[], fromMs: number): number {
  let chain = 0;
  let t = fromMs;
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (t - r.atMs > RELAY_WINDOW_MS) break;
    chain++;
    t = r.atMs;
  }
  return chain;
}

/** Relay points for a deed done at `atMs`, given the deeds done before it. */
export function relayFor(previous: readonly DeedRecord[], atMs: number): number {
  return Math.min(RELAY_MAX, chainLength(previous, atMs) * RELAY_STEP);
}

/**
 * The relay streak to show at `nowMs`: the number of deeds in the current chain, or 0 when the
 * window since the last deed has closed. A single deed is a streak of 1.
 */
export function relayStreak(records: readonly DeedRecord[], nowMs: number): number {
  const last = records[records.length - 1];
  if (!last || nowMs - last.atMs > RELAY_WINDOW_MS) return 0;
  return chainLength(records, last.atMs);
}

/** The part of the relay window left at `nowMs`, 0..1 (for a shrinking bar). */
export function relayWindowLeft(records: readonly DeedRecord[], nowMs: number): number {
  const last = records[records.length - 1];
  if (!last) return 0;
  return Math.max(0, 1 - (nowMs - last.atMs) / RELAY_WINDOW_MS);
}

export interface DeedScoreLine {
  readonly deedId: string;
  readonly kind: DeedKind;
  readonly points: number;
  readonly relay: number;
  readonly atMs: number;
}

export type Stars = 0 | 1 | 2 | 3;

export interface ScoreBreakdown {
  readonly lines: readonly DeedScoreLine[];
  readonly deedPoints: number;
  readonly relayBonus: number;
  readonly timeBonus: number;
  /** Points for answering thanks with "It's my duty". */
  readonly modestyBonus: number;
  /** The honest, modest and rewarded answers, when known. */
  readonly character: Character | null;
  readonly total: number;
  readonly stars: Stars;
  readonly passed: boolean;
}

/** Stars for a total: none unless the level was passed, then one per threshold reached. */
export function starsFor(
  total: number,
  thresholds: readonly [number, number, number],
  passed: boolean,
): Stars {
  if (!passed) return 0;
  if (total >= thresholds[2]) return 3;
  if (total >= thresholds[1]) return 2;
  if (total >= thresholds[0]) return 1;
  return 0;
}

/** The time bonus for passing with `elapsedMs` used of the level's limit. */
export function timeBonus(level: Level, elapsedMs: number, passed: boolean): number {
  if (!passed || level.timeLimitMs === null) return 0;
  const leftSeconds = Math.max(0, Math.floor((level.timeLimitMs - elapsedMs) / 1000));
  return leftSeconds * TIME_BONUS_PER_SECOND;
}

/** The running score during play: deed and relay points so far. */
export function runningScore(records: readonly DeedRecord[]): number {
  let total = 0;
  for (const r of records) total += r.points + r.relay;
  return total;
}

export interface ScoreExtras {
  readonly modestyPoints?: number;
  readonly character?: Character;
}

/** The breakdown for a simulation state (finished or not). */
export function scoreState(state: SimState): ScoreBreakdown {
  return scoreLevel(state.level, state.records, state.timeMs, state.status === 'passed', {
    modestyPoints: state.modestyPoints,
    character: state.character,
  });
}

/** The full breakdown for a finished (or abandoned) attempt. */
export function scoreLevel(
  level: Level,
  records: readonly DeedRecord[],
  elapsedMs: number,
  passed: boolean,
  extras: ScoreExtras = {},
): ScoreBreakdown {
  const lines = records.map((r) => ({
    deedId: r.deedId,
    kind: r.kind,
    points: r.points,
    relay: r.relay,
    atMs: r.atMs,
  }));
  const deedPoints = lines.reduce((s, l) => s + l.points, 0);
  const relayBonus = lines.reduce((s, l) => s + l.relay, 0);
  const bonus = timeBonus(level, elapsedMs, passed);
  const modestyBonus = extras.modestyPoints ?? 0;
  const total = deedPoints + relayBonus + bonus + modestyBonus;
  return {
    lines,
    deedPoints,
    relayBonus,
    timeBonus: bonus,
    modestyBonus,
    character: extras.character ?? null,
    total,
    stars: starsFor(total, level.stars, passed),
    passed,
  };
}
