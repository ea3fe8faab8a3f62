// What the title screen draws, for fetching its fonts early: main.ts asks for them before
// Phaser runs, and the boot scene waits for them before opening the title.
import { t } from '../ui/i18n';

/** The weights the title draws in (canvas and menu). */
export const TITLE_WEIGHTS = [400, 700, 800] as const;

/** The characters the title screen draws (its name in both languages, its menu). */
export function titleFontText(): string {
  const words = [
    t('title.play'),
    t('title.continue'),
    t('title.levels'),
    t('title.diary'),
    t('title.achievements'),
    t('title.language'),
    t('title.hint'),
  ].join(' ');
  return `${t('game.name')} ${t('game.tagline')} ${words} 好人好事 Good Deeds 0123456789+×`;
}
