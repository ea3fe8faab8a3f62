// Merging two copies of the save, for two tabs playing at once: progress is only ever added,
// so neither copy's progress is lost, whichever tab writes last.
import type { LevelProgress, SaveData, Settings } from './progression';
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

/**
 * Two copies of the save as one: every level of either, each the best of both (so the merge is
 * the same whichever way round, and merging again changes nothing). Settings come from `newer`,
 * except the fields named in `keep`, which come from `older` (settings changed there and not yet
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
  return { version: newer.version, levels, settings: { ...newer.settings, ...kept } };
}

/** `record[key]` if the record itself has it (a level may be called `constructor`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
