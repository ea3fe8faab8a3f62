// Class mode by link: the settings a teacher puts in the game's address (which levels are open,
// timer on or off, language, sound off at the start, large print), written and read as URL
// parameters, and what they change in a level.
//
// A class link looks like `?class=1-3,5&timer=off&lang=zh&sound=off&print=large`. `class` marks
// class mode and lists the open levels by their place in the campaign (1 is the first level),
// as numbers and ranges, or by level id; `class=all` opens every level. Every other parameter
// is optional and means "as usual" when left out.
import { isUnlocked, type SaveData } from './progression';
import type { Level } from './sim-types';

export type ClassLang = 'en' | 'zh';

export interface ClassSettings {
  /** Ids of the open levels, in campaign order; null when every level is open. */
  readonly levels: readonly string[] | null;
  /** False: levels have no time limit (relaxed). */
  readonly timer: boolean;
  /** The interface language, or null for the student's own choice. */
  readonly lang: ClassLang | null;
  /** Sound starts off (the student may still turn it on). */
  readonly soundOff: boolean;
  /** Larger text for a projector. */
  readonly largePrint: boolean;
}

/** Class mode with nothing changed: every level, timer on, usual language and sound. */
export const PLAIN_CLASS: ClassSettings = {
  levels: null,
  timer: true,
  lang: null,
  soundOff: false,
  largePrint: false,
};

/** The URL parameter that marks a class link. */
export const CLASS_PARAM = 'class';
/** The URL parameter that opens the teacher's page instead of the game. */
export const TEACHER_PARAM = 'teacher';

/** Whether the address asks for the teacher's page. */
export function wantsTeacherPage(search: string): boolean {
  return new URLSearchParams(search).has(TEACHER_PARAM);
}

/** Whether the address asks to leave class mode (`?class=off`). */
export function leavesClassMode(search: string): boolean {
  return new URLSearchParams(search).get(CLASS_PARAM)?.trim().toLowerCase() === 'off';
}

/**
 * The query string (without `?`) of a class link for `settings`. Levels are written by their
 * place in `order`, consecutive ones as a range (`1-3,5`), so the link stays short for a QR code.
 */
export function encodeClassParams(settings: ClassSettings, order: readonly string[]): string {
  const parts = [`${CLASS_PARAM}=${levelsParam(settings.levels, order)}`];
  if (!settings.timer) parts.push('timer=off');
  if (settings.lang) parts.push(`lang=${settings.lang}`);
  if (settings.soundOff) parts.push('sound=off');
  if (settings.largePrint) parts.push('print=large');
  return parts.join('&');
}

/** A whole class link: `base` (the game's address) with the class parameters in place of its query. */
export function classLink(base: string, settings: ClassSettings, order: readonly string[]): string {
  const clean = base.replace(/[?#].*$/, '');
  return `${clean}?${encodeClassParams(settings, order)}`;
}

function levelsParam(levels: readonly string[] | null, order: readonly string[]): string {
  if (levels === null) return 'all';
  const places = [...new Set(levels.map((id) => order.indexOf(id)).filter((i) => i >= 0))].sort(
    (a, b) => a - b,
  );
  if (places.length === 0 || places.length === order.length) return 'all';
  const runs: string[] = [];
  let start = places[0]!;
  let prev = start;
  for (const p of [...places.slice(1), -1]) {
    if (p === prev + 1) {
      prev = p;
      continue;
    }
    runs.push(start === prev ? `${start + 1}` : `${start + 1}-${prev + 1}`);
    start = p;
    prev = p;
  }
  return runs.join(',');
}

/**
 * The class settings in a query string, or null when it is not a class link (no `class`
 * parameter, or `class=off`). Never throws: a part it cannot read is left as usual, levels it
 * does not know are left out, and a list in which it knows no level opens every level.
 */
export function decodeClassParams(search: string, order: readonly string[]): ClassSettings | null {
  const params = new URLSearchParams(search);
  const raw = params.get(CLASS_PARAM);
  if (raw === null || raw.trim().toLowerCase() === 'off') return null;
  const off = (name: string): boolean => params.get(name)?.trim().toLowerCase() === 'off';
  const lang = params.get('lang')?.trim().toLowerCase();
  return {
    levels: readLevels(raw, order),
    timer: !off('timer'),
    lang: lang === 'en' || lang === 'zh' ? lang : null,
    soundOff: off('sound'),
    largePrint: params.get('print')?.trim().toLowerCase() === 'large',
  };
}

function readLevels(raw: string, order: readonly string[]): readonly string[] | null {
  const text = raw.trim();
  if (text === '' || text.toLowerCase() === 'all') return null;
  const open = new Set<number>();
  for (const part of text.split(/[,\s]+/)) {
    if (part === '') continue;
    const range = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      const [lo, hi] = from <= to ? [from, to] : [to, from];
      for (let n = Math.max(lo, 1); n <= Math.min(hi, order.length); n++) open.add(n - 1);
    } else {
      const i = order.indexOf(part);
      if (i >= 0) open.add(i);
    }
  }
  if (open.size === 0) return null;
  return [...open].sort((a, b) => a - b).map((i) => order[i]!);
}

/** Whether `levelId` is one of the levels the class may play. */
export function isClassLevel(settings: ClassSettings | null, levelId: string): boolean {
  return !settings || settings.levels === null || settings.levels.includes(levelId);
}

/** The levels of `order` the class may play, in order. */
export function classLevels(settings: ClassSettings | null, order: readonly string[]): string[] {
  return order.filter((id) => isClassLevel(settings, id));
}

/** The level as the class plays it: with the timer off it has no time limit. */
export function applyClassMode(level: Level, settings: ClassSettings | null): Level {
  if (!settings || settings.timer || level.timeLimitMs === null) return level;
  return { ...level, timeLimitMs: null };
}

/**
 * Whether levels are played with no time limit: a class link decides (its timer on or off wins
 * over the player's own choice); outside class links, the player's relaxed mode does.
 */
export function isRelaxed(settings: ClassSettings | null, relaxedSetting: boolean): boolean {
  return settings ? !settings.timer : relaxedSetting;
}

/**
 * Whether the player's own relaxed mode is what takes the timer away: then the HUD shows no
 * clock and the results say so. A class link's timer off instead keeps a clock counting up.
 */
export function ownRelaxedMode(settings: ClassSettings | null, relaxedSetting: boolean): boolean {
  return settings === null && relaxedSetting;
}

/**
 * The level as this player plays it: with no time limit in relaxed mode or when the class
 * link turns the timer off (the same path as `applyClassMode`), otherwise as written.
 */
export function applyTimerChoice(
  level: Level,
  settings: ClassSettings | null,
  relaxedSetting: boolean,
): Level {
  if (settings) return applyClassMode(level, settings);
  return applyClassMode(level, relaxedSetting ? { ...PLAIN_CLASS, timer: false } : null);
}

/**
 * Whether a level can be started. With a class link that names its levels, exactly those are
 * open (the teacher chose them, whatever was passed before); otherwise the campaign's usual rule.
 */
export function isOpenInClass(
  save: SaveData,
  order: readonly string[],
  settings: ClassSettings | null,
  levelId: string,
): boolean {
  if (settings?.levels) return settings.levels.includes(levelId);
  return isUnlocked(save, order, levelId);
}

/** The level Play starts: the first open one not passed yet, else the first open one. */
export function firstToPlay(
  save: SaveData,
  order: readonly string[],
  settings: ClassSettings | null,
): string | null {
  const open = classLevels(settings, order).filter((id) =>
    isOpenInClass(save, order, settings, id),
  );
  return open.find((id) => !save.levels[id]?.passed) ?? open[0] ?? null;
}

/** The level after `levelId` that the class may play, or null at the end. */
export function nextClassLevel(
  order: readonly string[],
  settings: ClassSettings | null,
  levelId: string,
): string | null {
  const i = order.indexOf(levelId);
  if (i < 0) return null;
  return order.slice(i + 1).find((id) => isClassLevel(settings, id)) ?? null;
}
