// Captions for sounds: a few words for each sound effect of play, shown when captions are on
// (for players who can't hear them, or play with sound off). Footsteps and button clicks have
// none: they come with what the player did themselves.
import type { SfxName } from '../audio/sfx';
import { t } from './i18n';

const CAPTIONS: Record<SfxName, (() => string) | null> = {
  step: null,
  click: null,
  bump: () => t('access.sounds.bump'),
  pickup: () => t('access.sounds.pickup'),
  handover: () => t('access.sounds.handover'),
  deed: () => t('access.sounds.deed'),
  passed: () => t('access.sounds.passed'),
  timeup: () => t('access.sounds.timeup'),
  repair: () => t('access.sounds.repair'),
  follow: () => t('access.sounds.follow'),
  star: () => t('access.sounds.star'),
};

/** The caption of sound `name`, or null for a sound that has none. */
export function soundCaption(name: SfxName): string | null {
  return CAPTIONS[name]?.() ?? null;
}
