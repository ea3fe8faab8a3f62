// Progression: which levels are open, the best result kept per level, the diary pages and
// achievements collected, and the versioned save record that holds them (with the settings).
import { z } from 'zod/mini';
import { damagedAt } from './issue-text';
import { lazily } from './lazily';
import { earnAchievements, longestRelay, type Attempt, type Campaign } from './achievements';
import { migrateSave, type RawSave } from './save-migrations';
import type { ScoreBreakdown, Stars } from './scoring';

export const SAVE_VERSION = 2;

/** Volumes when a save has none (saves from before there were volume settings). */
export const DEFAULT_MUSIC_VOLUME = 0.6;
export const DEFAULT_SFX_VOLUME = 0.8;

/** How big the interface text is. */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Reduced motion: as the device says (its "reduce motion" setting), always on, or always off. */
export const MOTION_CHOICES = ['device', 'on', 'off'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

/** An optional setting: older saves have none, and a bad value counts as none (the default). */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/** The save's schemas, built when a save is first read (a first visit has none to check). */
const schemas = lazily(() => {
  const levelProgress = z.object({
    passed: z.boolean(),
    bestScore: z.int().check(z.minimum(0)),
    bestStars: z.int().check(z.minimum(0), z.maximum(3)),
    bestDeeds: z.int().check(z.minimum(0)),
    plays: z.int().check(z.minimum(0)),
  });
  /** A volume, 0..1. Optional, so older saves still load; a bad value counts as none. */
  const volume = z.catch(z.optional(z.number().check(z.minimum(0), z.maximum(1))), undefined);
  const settings = z.object({
    muted: z.boolean(),
    lang: z.nullable(z.enum(['en', 'zh'])),
    /** Music volume, 0..1 (`DEFAULT_MUSIC_VOLUME` when missing: read it with `volumesOf`). */
    musicVolume: volume,
    /** Sound effects volume, 0..1 (`DEFAULT_SFX_VOLUME` when missing). */
    sfxVolume: volume,
    // Accessibility (all optional, read with `accessOf` for the defaults):
    /** Text size of the interface; 'normal' when missing. */
    textSize: optional(z.enum(TEXT_SIZES)),
    /** Reduced motion; 'device' when missing. */
    motion: optional(z.enum(MOTION_CHOICES)),
    /** High contrast, with shapes as well as colours; off when missing. */
    highContrast: optional(z.boolean()),
    /** Captions for sound effects; on when missing. */
    captions: optional(z.boolean()),
    /** Relaxed mode: levels have no time limit (outside class links); off when missing. */
    relaxed: optional(z.boolean()),
  });
  const count = z.int().check(z.minimum(0));
  const tally = z.object({
    deeds: count,
    honest: count,
    modest: count,
    saplings: count,
    bestRelay: count,
    kinds: z.array(z.string()),
  });
  const earned = z.object({ level: z.string() });
  const saveV2 = z.object({
    version: z.literal(2),
    levels: z.record(z.string(), levelProgress),
    settings,
    diary: z.array(z.string()),
    achievements: z.record(z.string(), earned),
    tally,
  });
  return { levelProgress, settings, saveV2 };
});
type Schemas = ReturnType<typeof schemas>;

export type LevelProgress = z.infer<Schemas['levelProgress']> & { bestStars: Stars };
export type Settings = z.infer<Schemas['settings']>;

/** Running totals over every attempt, for the achievements that count. */
export interface Tally {
  /** Good deeds done, in every attempt (passed or not). */
  readonly deeds: number;
  /** Honest choices made. */
  readonly honest: number;
  /** Times thanks were answered with "It's my duty". */
  readonly modest: number;
  /** Saplings planted. */
  readonly saplings: number;
  /** The longest relay: deeds done one soon after another in one attempt. */
  readonly bestRelay: number;
  /** The kinds of deed ever done, sorted. */
  readonly kinds: readonly string[];
}

/** An achievement the player has, and the level at which it was earned. */
export interface Earned {
  readonly level: string;
}

export interface SaveData {
  readonly version: typeof SAVE_VERSION;
  readonly levels: Readonly<Record<string, LevelProgress>>;
  readonly settings: Settings;
  /** Ids of the levels whose diary page was collected (by passing the level), sorted. */
  readonly diary: readonly string[];
  /** The achievements earned, by achievement id. */
  readonly achievements: Readonly<Record<string, Earned>>;
  readonly tally: Tally;
}

export function emptyTally(): Tally {
  return { deeds: 0, honest: 0, modest: 0, saplings: 0, bestRelay: 0, kinds: [] };
}

export function emptySave(): SaveData {
  return {
    version: SAVE_VERSION,
    levels: {},
    settings: { muted: false, lang: null },
    diary: [],
    achievements: {},
    tally: emptyTally(),
  };
}

/**
 * The save after an attempt at `levelId`: best score, stars and deeds are kept, never lowered;
 * a pass collects the level's diary page; the running totals grow by what was done.
 * `saplings` is how many saplings were planted (the breakdown does not say).
 */
export function recordResult(
  save: SaveData,
  levelId: string,
  result: ScoreBreakdown,
  saplings = 0,
): SaveData {
  const prior = Object.hasOwn(save.levels, levelId) ? save.levels[levelId] : undefined;
  const next: LevelProgress = {
    passed: (prior?.passed ?? false) || result.passed,
    bestScore: Math.max(prior?.bestScore ?? 0, result.passed ? result.total : 0),
    bestStars: Math.max(prior?.bestStars ?? 0, result.stars) as Stars,
    bestDeeds: Math.max(prior?.bestDeeds ?? 0, result.lines.length),
    plays: (prior?.plays ?? 0) + 1,
  };
  const character = result.character;
  const tally = save.tally;
  return {
    ...save,
    levels: { ...save.levels, [levelId]: next },
    diary: result.passed ? union(save.diary, [levelId]) : save.diary,
    tally: {
      deeds: tally.deeds + result.lines.length,
      honest: tally.honest + (character?.honest ?? 0),
      modest: tally.modest + (character?.modest ?? 0),
      saplings: tally.saplings + Math.max(0, Math.floor(saplings)),
      bestRelay: Math.max(tally.bestRelay, longestRelay(result.lines)),
      kinds: union(
        tally.kinds,
        result.lines.map((l) => l.kind),
      ),
    },
  };
}

/** What an attempt brought that the player had not had before. */
export interface Newly {
  /** Ids of the achievements earned by this attempt, in the order they are listed. */
  readonly achievements: readonly string[];
  /** The level whose diary page was collected by this attempt, or null. */
  readonly diaryPage: string | null;
}

/**
 * `recordResult`, then every achievement of `campaign` the save now deserves and does not have
 * yet, each marked as earned at this attempt's level. Says what is new, for the results screen.
 */
export function recordAttempt(
  save: SaveData,
  attempt: Attempt,
  campaign: Campaign,
): { save: SaveData; newly: Newly } {
  const { levelId, breakdown } = attempt;
  const recorded = recordResult(save, levelId, breakdown, attempt.saplings);
  const achievements = earnAchievements({ before: save, save: recorded, attempt, campaign });
  const diaryPage = !save.diary.includes(levelId) && recorded.diary.includes(levelId);
  const earned = Object.fromEntries(achievements.map((id) => [id, { level: levelId }]));
  return {
    save: { ...recorded, achievements: { ...recorded.achievements, ...earned } },
    newly: { achievements, diaryPage: diaryPage ? levelId : null },
  };
}

/** The items of both lists, each once, sorted. */
export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
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

/** The music and effects volumes of `settings`, with the defaults for those not set. */
export function volumesOf(settings: Settings): { music: number; sfx: number } {
  return {
    music: settings.musicVolume ?? DEFAULT_MUSIC_VOLUME,
    sfx: settings.sfxVolume ?? DEFAULT_SFX_VOLUME,
  };
}

/** The accessibility settings of a save, each with its default when not set. */
export interface AccessSettings {
  readonly textSize: TextSize;
  readonly motion: MotionChoice;
  readonly highContrast: boolean;
  readonly captions: boolean;
  readonly relaxed: boolean;
}

export const DEFAULT_ACCESS: AccessSettings = {
  textSize: 'normal',
  motion: 'device',
  highContrast: false,
  captions: true,
  relaxed: false,
};

/** The accessibility settings of `settings`, with the defaults for those not set. */
export function accessOf(settings: Settings): AccessSettings {
  return {
    textSize: settings.textSize ?? DEFAULT_ACCESS.textSize,
    motion: settings.motion ?? DEFAULT_ACCESS.motion,
    highContrast: settings.highContrast ?? DEFAULT_ACCESS.highContrast,
    captions: settings.captions ?? DEFAULT_ACCESS.captions,
    relaxed: settings.relaxed ?? DEFAULT_ACCESS.relaxed,
  };
}

/** Whether motion is reduced: by the choice, or (for 'device') by what the device prefers. */
export function motionReduced(choice: MotionChoice, devicePrefersReduced: boolean): boolean {
  return choice === 'device' ? devicePrefersReduced : choice === 'on';
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
  const parsed = schemas().saveV2.safeParse(record);
  if (!parsed.success) {
    return { ok: false, problem: 'damaged', reason: damagedAt('the save', parsed.error.issues) };
  }
  return { ok: true, save: parsed.data as SaveData };
}
