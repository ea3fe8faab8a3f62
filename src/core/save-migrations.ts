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
 * Every migration, by the version it upgrades from. Version 1 is the first released format and
 * still the current one, so there is none yet. Version 2 is one entry here,
 * `1: (s) => ({ ...s, newField: 'default' })`, with `SAVE_VERSION` raised and the new schema in
 * `progression.ts`, and a fixture of version 1 kept in `tests/fixtures/saves/`.
 */
export const SAVE_MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
