// Class mode for this browser tab: the class link is read once at startup and kept in
// sessionStorage, so the settings last while the tab is open (a reload, or going back to the
// plain address, keeps them) and end with it. `?class=off` leaves class mode.
import {
  classLevels,
  decodeClassParams,
  encodeClassParams,
  firstToPlay,
  isOpenInClass,
  leavesClassMode,
  nextClassLevel,
  type ClassSettings,
} from '../core/class-link';
import type { SaveData } from '../core/progression';
import { CHAPTERS, LEVEL_ORDER, type Chapter } from './level-catalog';

const LINK_KEY = 'good-deeds:class';
/** Whether sound is on or off in this tab, once class mode has turned it off at the start. */
const SOUND_KEY = 'good-deeds:class:muted';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let current: ClassSettings | null = null;

function sessionStore(): SessionStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the class link from `search`, or the one kept for this tab, and applies what is the
 * page's to apply (large print). Call once, before anything asks for the settings.
 */
export function startClassMode(
  search: string,
  storage: SessionStore | null = sessionStore(),
): ClassSettings | null {
  let params: string | null = null;
  try {
    if (leavesClassMode(search)) {
      storage?.removeItem(LINK_KEY);
      storage?.removeItem(SOUND_KEY);
    } else {
      const fromLink = decodeClassParams(search, LEVEL_ORDER);
      if (fromLink) {
        params = encodeClassParams(fromLink, LEVEL_ORDER);
        if (storage?.getItem(LINK_KEY) !== params) storage?.removeItem(SOUND_KEY);
        storage?.setItem(LINK_KEY, params);
      } else {
        params = storage?.getItem(LINK_KEY) ?? null;
      }
    }
  } catch {
    // Storage refused: class mode holds for this page only.
  }
  current = params === null ? null : decodeClassParams(`?${params}`, LEVEL_ORDER);
  document.documentElement.classList.toggle('large-print', current?.largePrint ?? false);
  return current;
}

/** The class settings of this tab, or null outside class mode. */
export function classSettings(): ClassSettings | null {
  return current;
}

/** The campaign levels shown to this class, in order. */
export function shownLevels(): string[] {
  return classLevels(current, LEVEL_ORDER);
}

export function isLevelOpen(save: SaveData, levelId: string): boolean {
  return isOpenInClass(save, LEVEL_ORDER, current, levelId);
}

/** The level Play starts. */
export function levelToPlay(save: SaveData): string {
  return firstToPlay(save, LEVEL_ORDER, current) ?? LEVEL_ORDER[0]!;
}

/** The level "Next level" goes to, or null. */
export function nextLevel(levelId: string): string | null {
  return nextClassLevel(LEVEL_ORDER, current, levelId);
}

/**
 * Whether sound starts muted. With "sound off" in the class link it starts off, unless the
 * student turned it on earlier in this tab; otherwise the saved choice holds.
 */
export function startMuted(savedMuted: boolean, storage = sessionStore()): boolean {
  if (!current?.soundOff) return savedMuted;
  try {
    const chosen = storage?.getItem(SOUND_KEY);
    if (chosen === 'false' || chosen === 'true') return chosen === 'true';
  } catch {
    // No storage: off at the start.
  }
  return true;
}

/** Keeps the student's sound choice for this tab when the page is hidden or left. */
export function keepSoundChoice(muted: () => boolean, storage = sessionStore()): void {
  if (!current?.soundOff) return;
  const keep = (): void => {
    try {
      storage?.setItem(SOUND_KEY, String(muted()));
    } catch {
      // Not kept: the next start is muted again.
    }
  };
  window.addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') keep();
  });
}

/** The campaign's chapters with only the levels shown to this class, leaving out empty ones. */
export function shownChapters(): Chapter[] {
  const shown = shownLevels();
  return CHAPTERS.map((c) => ({
    ...c,
    levels: c.levels.filter((id) => shown.includes(id)),
  })).filter((c) => c.levels.length > 0);
}
