// Reads just enough of each campaign level to list it: its title, or the checker's verdict.
import { parseLevel } from '../core/level-parse';
import type { LocalText } from '../core/level-schema-parts';
import { loadLevelText } from './level-catalog';

export interface LevelSummary {
  readonly id: string;
  readonly title: LocalText | null;
}

export async function loadSummaries(ids: readonly string[]): Promise<LevelSummary[]> {
  return Promise.all(
    ids.map(async (id) => {
      const text = await loadLevelText(id);
      const parsed = text === null ? null : parseLevel(text);
      return { id, title: parsed?.ok ? parsed.level.title : null };
    }),
  );
}
