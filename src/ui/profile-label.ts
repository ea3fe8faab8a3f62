// How a player is shown: their name (as text, never markup), else their picture's name, else
// "Player 2"; and their picture from the art atlas, else a smiling face.
import type { Profile, ProfilePicture } from '../core/profiles';
import { atlasIcon } from './atlas-icon';
import { icon } from './dom';
import { t } from './i18n';
import { UI_ICONS } from './ui-icons';

/**
 * The atlas's frame of the picture shown for a player who chose none (the profiles dialogue's
 * "No picture" choice); `profilePicture` shows the same icon from its own file (UI_ICONS.smile).
 */
export const NO_PICTURE_FRAME = 'smiling-face-with-smiling-eyes';

const PICTURE_NAMES: Record<ProfilePicture, () => string> = {
  cat: () => t('profiles.pictures.cat'),
  'dog-face': () => t('profiles.pictures.dog-face'),
  rabbit: () => t('profiles.pictures.rabbit'),
  frog: () => t('profiles.pictures.frog'),
  turtle: () => t('profiles.pictures.turtle'),
  'baby-chick': () => t('profiles.pictures.baby-chick'),
  hedgehog: () => t('profiles.pictures.hedgehog'),
  butterfly: () => t('profiles.pictures.butterfly'),
  sunflower: () => t('profiles.pictures.sunflower'),
  tulip: () => t('profiles.pictures.tulip'),
  'four-leaf-clover': () => t('profiles.pictures.four-leaf-clover'),
  'red-apple': () => t('profiles.pictures.red-apple'),
};

/** The name of a picture, said to screen readers and shown when a player has no name. */
export function pictureName(picture: ProfilePicture): string {
  return PICTURE_NAMES[picture]();
}

/** What to call `profile`, one of `all` (for its number when it has no name or picture). */
export function profileLabel(profile: Profile, all: readonly Profile[]): string {
  if (profile.name) return profile.name;
  if (profile.picture) return pictureName(profile.picture);
  const n = all.findIndex((p) => p.id === profile.id) + 1;
  return t('profiles.unnamed', { n: Math.max(1, n) });
}

/**
 * The player's picture, `size` pixels square, decorative (their name is said beside it). With
 * none chosen (every first visit), a small picture file of its own rather than the atlas's
 * frame: drawing a frame of the atlas on the page makes the browser decode the whole atlas for
 * the page, besides the canvas's copy, before the first screen can be shown.
 */
export function profilePicture(profile: Profile, size: number): HTMLElement {
  const el = profile.picture
    ? atlasIcon(profile.picture, size)
    : icon(UI_ICONS.smile, undefined, 'no-picture');
  el.classList.add('profile-picture');
  el.style.width = `${size}px`;
  el.style.height = `${size}px`;
  el.style.flex = 'none';
  return el;
}
