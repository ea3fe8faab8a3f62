// The diary: one page per campaign level that has one (a short quote and a reflection
// question), collected by passing the level.
import type { LevelFile } from './level-schema';
import type { LocalText } from './level-schema-parts';
import type { SaveData } from './progression';

/** A level's diary page as its file writes it. */
export type DiaryText = NonNullable<LevelFile['diary']>;

/** What the diary needs to know of one level. */
export interface DiarySource {
  readonly id: string;
  readonly title: LocalText | null;
  /** The level's page, or null when the level has none (or could not be read). */
  readonly diary: DiaryText | null;
}

export interface DiaryPage {
  readonly levelId: string;
  /** The level's place in the campaign, from 1. */
  readonly number: number;
  readonly title: LocalText | null;
  readonly text: DiaryText;
  /** Whether the player has it (passed the level); otherwise it is shown locked. */
  readonly collected: boolean;
}

/** The pages of the levels in campaign `order` that have one, each collected or not. */
export function diaryPages(
  order: readonly string[],
  sources: ReadonlyMap<string, DiarySource>,
  save: SaveData,
): DiaryPage[] {
  const pages: DiaryPage[] = [];
  order.forEach((levelId, i) => {
    const source = sources.get(levelId);
    if (!source?.diary) return;
    pages.push({
      levelId,
      number: i + 1,
      title: source.title,
      text: source.diary,
      collected: save.diary.includes(levelId),
    });
  });
  return pages;
}
