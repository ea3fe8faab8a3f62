// Save migrations: one function per earlier save version, each turning a save of that version
// into one of the next, so that progress saved by any earlier release still loads.

/** A save as read from JSON, before its shape is checked. */
export type RawSave = Readonly<Record<string, unknown>>;

/**
 * Turns a save of version `n` (the key it is filed under) into the fields of version `n + 1`.
 * It gets the raw record, unchecked, and must not throw on odd input: the schema of the current
 * version checks the result. It need not set `version`; `migrateSave` does.
 */
export type Migration = (save: RawSave) => RawSave;

/**
 * Every migration, by the version it upgrades from. A new version is one entry here,
 * `n: (s) => ({ ...s, newField: 'default' })`, with `SAVE_VERSION` raised and the new schema in
 * `progression.ts`, and a fixture of version n kept in `tests/fixtures/saves/`.
 */
export const SAVE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: fromV1,
};

/**
 * Version 2 adds the diary, achievements and running totals. What version 1 already shows is
 * kept: a passed level's diary page, "first-deed" and "red-star" where they were earned, and
 * the deeds counted as the sum of each level's best (the fewest the player can have done).
 * Achievements that need the campaign are given at the next attempt.
 */
function fromV1(save: RawSave): RawSave {
  const levels = recordOf(save['levels']);
  const entries = Object.entries(levels).map(([id, p]) => [id, recordOf(p)] as const);
  const passed = entries.filter(([, p]) => p['passed'] === true).map(([id]) => id);
  const deeds = entries.map(([, p]) => p['bestDeeds']).filter(isCount);
  const achievements: Record<string, { level: string }> = {};
  const firstDeed = entries.find(([, p]) => isCount(p['bestDeeds']) && p['bestDeeds'] > 0);
  if (firstDeed) achievements['first-deed'] = { level: firstDeed[0] };
  const redStar = entries.find(([, p]) => p['bestStars'] === 3);
  if (redStar) achievements['red-star'] = { level: redStar[0] };
  return {
    ...save,
    diary: [...new Set(passed)].sort(),
    achievements,
    tally: {
      deeds: Math.min(
        Number.MAX_SAFE_INTEGER,
        deeds.reduce((a, b) => a + b, 0),
      ),
      honest: 0,
      modest: 0,
      saplings: 0,
      bestRelay: 0,
      kinds: [],
    },
  };
}

function recordOf(value: unknown): RawSave {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as RawSave)
    : {};
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export type MigrateResult =
  { ok: true; save: RawSave; from: number | null } | { ok: false; newer: boolean; reason: string };

/**
 * Brings `save` up to version `target` one step at a time. A save from a newer version is an
 * error: it is left for that version to read. A version with no migration (not a number, or
 * older than any release) is passed on unchanged for the schema to report. Never throws.
 */
export function migrateSave(
  save: RawSave,
  target: number,
  migrations: Readonly<Record<number, Migration>> = SAVE_MIGRATIONS,
): MigrateResult {
  const from = save['version'];
  if (typeof from !== 'number' || !Number.isInteger(from)) return { ok: true, save, from: null };
  if (from > target) {
    return {
      ok: false,
      newer: true,
      reason: `the save was written by a newer version of the game (save version ${from})`,
    };
  }
  let current = save;
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: true, save: current, from };
    try {
      current = { ...step(current), version: v + 1 };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        newer: false,
        reason: `the save could not be brought from version ${v} to ${v + 1}: ${message}`,
      };
    }
  }
  return { ok: true, save: current, from };
}
