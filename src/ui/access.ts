// The player's settings applied to the page: text size, high contrast and reduced motion as
// classes on the root element (styled in access.css), sound and language; and, on switching
// player, all of these at once from the new player's save.
import {
  accessOf,
  motionReduced,
  volumesOf,
  type AccessSettings,
  type TextSize,
} from '../core/progression';
import { classSettings, startMuted } from '../platform/class-mode';
import type { GameContext } from '../scenes/context';
import { lang, pickLanguage, setLanguage } from './i18n';

const MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** How much each text size scales the interface (the root font size). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = {
  normal: 1,
  large: 1.2,
  largest: 1.4,
};
/** The scale of a class link's large print (see classroom.css). */
const LARGE_PRINT_SCALE = 1.35;

/** The device's reduced-motion query, made once: it is read every frame while a level plays. */
let motionQuery: MediaQueryList | null | undefined;

function deviceMotionQuery(): MediaQueryList | null {
  if (motionQuery === undefined) {
    try {
      motionQuery = window.matchMedia(MOTION_QUERY);
    } catch {
      motionQuery = null;
    }
  }
  return motionQuery;
}

/** Whether the device asks for reduced motion (its own accessibility setting), read live. */
export function devicePrefersReducedMotion(): boolean {
  return deviceMotionQuery()?.matches ?? false;
}

/** Calls `listener` whenever the device's reduced-motion setting changes. */
export function onDeviceMotionChange(listener: () => void): void {
  // No media queries: the setting stays as it was read.
  deviceMotionQuery()?.addEventListener('change', listener);
}

/** Whether motion is reduced now, by the player's choice or by their device. */
export function reducedMotionFor(access: AccessSettings): boolean {
  return motionReduced(access.motion, devicePrefersReducedMotion());
}

/** The text scale in effect: the player's, or a class link's large print if that is larger. */
export function textScaleFor(access: AccessSettings): number {
  const own = TEXT_SCALE[access.textSize];
  return classSettings()?.largePrint ? Math.max(own, LARGE_PRINT_SCALE) : own;
}

/** Puts `access` on the page: classes and a `--text-scale` custom property on the root. */
export function applyAccess(access: AccessSettings, root = document.documentElement): void {
  root.classList.toggle('text-large', access.textSize === 'large');
  root.classList.toggle('text-largest', access.textSize === 'largest');
  root.classList.toggle('high-contrast', access.highContrast);
  root.classList.toggle('reduce-motion', reducedMotionFor(access));
  // "Reduce motion: off" wins over the device's own setting (see styles.css).
  root.classList.toggle('full-motion', access.motion === 'off');
  root.style.setProperty('--text-scale', String(textScaleFor(access)));
}

/**
 * Applies everything the current player's save says: volumes, sound on or off, the accessibility
 * settings and the language, each unless the class link decides it (its language, its sound
 * off at the start). Resolves once the language is in place.
 */
export async function applyPlayerSettings(ctx: GameContext): Promise<void> {
  const settings = ctx.store.save.settings;
  const volumes = volumesOf(settings);
  const muted = startMuted(settings.muted);
  ctx.sfx.setVolume(volumes.sfx);
  ctx.music.setVolume(volumes.music);
  ctx.sfx.setMuted(muted);
  ctx.music.setMuted(muted);
  applyAccess(accessOf(settings));
  const wanted =
    classSettings()?.lang ?? pickLanguage(settings.lang, location.search, navigator.languages);
  if (wanted !== lang()) await setLanguage(wanted);
}
