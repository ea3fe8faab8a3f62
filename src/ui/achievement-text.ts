// The name of an achievement in the player's language (a chapter's is made from its title).
import { CHAPTERS } from '../platform/level-catalog';
import { lt, t } from './i18n';

export function achievementName(id: string): string {
  const chapter = id.startsWith('chapter-')
    ? CHAPTERS.find((c) => `chapter-${c.id}` === id)
    : undefined;
  if (chapter) return t('achievements.chapter.name', { chapter: lt(chapter.title) });
  return t(`achievements.list.${id}.name`);
}
