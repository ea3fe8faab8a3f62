// Merging two copies of the save, for two tabs playing at once: progress is only ever added,
// so neither copy's progress is lost, whichever tab writes last.
import {
  union,
  type Earned,
  type LevelProgress,
  type SaveData,
  type Settings,
  type Tally,
} from './progression';
import type { Stars } from './scoring';

/** One level's progress from two copies: passed if either passed, the best of each number. */
export function mergeLevel(a: LevelProgress, b: LevelProgress): LevelProgress {
  return {
    passed: a.passed || b.passed,
    bestScore: Math.max(a.bestScore, b.bestScore),
    bestStars: Math.max(a.bestStars, b.bestStars) as Stars,
    bestDeeds: Math.max(a.bestDeeds, b.bestDeeds),
    plays: Math.max(a.plays, b.plays),
  };
}

/** Running totals from two copies: the larger of each, and every kind of deed of either. */
export function mergeTally(a: Tally, b: Tally): Tally {
  return {
    deeds: Math.max(a.deeds, b.deeds),
    honest: Math.max(a.honest, b.honest),
    modest: Math.max(a.modest, b.modest),
    saplings: Math.max(a.saplings, b.saplings),
    bestRelay: Math.max(a.bestRelay, b.bestRelay),
    kinds: union(a.kinds, b.kinds),
  };
}

/**
 * The achievements of either copy. One earned in both keeps the level that comes first by
 * name, so that the merge is the same whichever way round.
 */
export function mergeAchievements(
  a: Readonly<Record<string, Earned>>,
  b: Readonly<Record<string, Earned>>,
): Record<string, Earned> {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return Object.fromEntries(
    [...ids].sort().map((id) => {
      const x = own(a, id);
      const y = own(b, id);
      return [id, x && y ? (y.level < x.level ? y : x) : (x ?? y)!];
    }),
  );
}

/**
 * Two copies of the save as one: every level of either, each the best of both, every diary page
 * and achievement of either, the larger of each running total (so the merge is the same
 * whichever way round, and merging again changes nothing). Settings come from `newer`, except
 * the fields named in `keep`, which come from `older` (settings changed there and not yet
 * written).
 */
export function mergeSaves(
  older: SaveData,
  newer: SaveData,
  keep: readonly (keyof Settings)[] = [],
): SaveData {
  const ids = new Set([...Object.keys(older.levels), ...Object.keys(newer.levels)]);
  const levels = Object.fromEntries(
    [...ids].map((id) => {
      const a = own(older.levels, id);
      const b = own(newer.levels, id);
      return [id, a && b ? mergeLevel(a, b) : (a ?? b)!];
    }),
  );
  const kept = Object.fromEntries(keep.map((k) => [k, older.settings[k]]));
  return {
    version: newer.version,
    levels,
    settings: { ...newer.settings, ...kept },
    diary: union(older.diary, newer.diary),
    achievements: mergeAchievements(older.achievements, newer.achievements),
    tally: mergeTally(older.tally, newer.tally),
  };
}

/** `record[key]` if the record itself has it (a level may be called `constructor`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
