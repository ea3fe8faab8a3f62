// Progression: which levels are open, the best result kept per level, and the versioned save
// record that holds them (with the player's settings).
import { z } from 'zod';
import { migrateSave, type RawSave } from './save-migrations';
import type { ScoreBreakdown, Stars } from './scoring';

export const SAVE_VERSION = 1;

const levelProgressSchema = z.object({
  passed: z.boolean(),
  bestScore: z.int().min(0),
  bestStars: z.int().min(0).max(3),
  bestDeeds: z.int().min(0),
  plays: z.int().min(0),
});

const settingsSchema = z.object({
  muted: z.boolean(),
  lang: z.enum(['en', 'zh']).nullable(),
});

const saveSchemaV1 = z.object({
  version: z.literal(1),
  levels: z.record(z.string(), levelProgressSchema),
  settings: settingsSchema,
});

export type LevelProgress = z.infer<typeof levelProgressSchema> & { bestStars: Stars };
export type Settings = z.infer<typeof settingsSchema>;
export interface SaveData {
  readonly version: typeof SAVE_VERSION;
  readonly levels: Readonly<Record<string, LevelProgress>>;
  readonly settings: Settings;
}

export function emptySave(): SaveData {
  return { version: SAVE_VERSION, levels: {}, settings: { muted: false, lang: null } };
}

/** The save after an attempt at `levelId`: best score, stars and deeds are kept, never lowered. */
export function recordResult(save: SaveData, levelId: string, result: ScoreBreakdown): SaveData {
  const prior = save.levels[levelId];
  const next: LevelProgress = {
    passed: (prior?.passed ?? false) || result.passed,
    bestScore: Math.max(prior?.bestScore ?? 0, result.passed ? result.total : 0),
    bestStars: Math.max(prior?.bestStars ?? 0, result.stars) as Stars,
    bestDeeds: Math.max(prior?.bestDeeds ?? 0, result.lines.length),
    plays: (prior?.plays ?? 0) + 1,
  };
  return { ...save, levels: { ...save.levels, [levelId]: next } };
}

/** The first level is always open; every other opens when the one before it is passed. */
export function isUnlocked(save: SaveData, order: readonly string[], levelId: string): boolean {
  const i = order.indexOf(levelId);
  if (i < 0) return false;
  if (i === 0) return true;
  return save.levels[order[i - 1]!]?.passed ?? false;
}

/** The level after `levelId` in the campaign, or null at the end. */
export function nextLevelId(order: readonly string[], levelId: string): string | null {
  const i = order.indexOf(levelId);
  return i >= 0 && i + 1 < order.length ? order[i + 1]! : null;
}

export function withSettings(save: SaveData, settings: Partial<Settings>): SaveData {
  return { ...save, settings: { ...save.settings, ...settings } };
}

export function serializeSave(save: SaveData): string {
  return JSON.stringify(save);
}

export type SaveParseResult = { ok: true; save: SaveData } | { ok: false; reason: string };

/** Why a save could not be read: it is damaged, or a newer version of the game wrote it. */
export type SaveProblem = 'damaged' | 'newer';

export type SaveReadResult =
  { ok: true; save: SaveData } | { ok: false; problem: SaveProblem; reason: string };

/** Reads a save written by this or an earlier version. Never throws. */
export function parseSave(text: string): SaveParseResult {
  const r = readSave(text);
  return r.ok ? r : { ok: false, reason: r.reason };
}

/**
 * `parseSave`, saying also whether a failure is damage or a save from a newer version (which
 * must be left alone for that version). Earlier versions are migrated (`save-migrations.ts`).
 */
export function readSave(text: string): SaveReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged', reason: 'the save is not valid JSON' };
  }
  let record = raw;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const migrated = migrateSave(raw as RawSave, SAVE_VERSION);
    if (!migrated.ok) {
      const problem = migrated.newer ? 'newer' : 'damaged';
      return { ok: false, problem, reason: migrated.reason };
    }
    record = migrated.save;
  }
  const parsed = saveSchemaV1.safeParse(record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'the top level';
    return {
      ok: false,
      problem: 'damaged',
      reason: `the save is damaged at ${where}: ${first?.message ?? 'unknown'}`,
    };
  }
  return { ok: true, save: parsed.data as SaveData };
}
