// Where levels come from: the campaign order and the level files in `levels/`, each loaded
// only when needed.
import campaign from '../../levels/campaign.json';
import type { LocalText } from '../core/level-schema-parts';

const files = import.meta.glob(
  ['../../levels/*.json', '!../../levels/campaign.json', '!../../levels/*.schema.json'],
  {
    query: '?raw',
    import: 'default',
  },
) as Record<string, () => Promise<string>>;

export interface Chapter {
  readonly id: string;
  readonly title: LocalText;
  readonly levels: readonly string[];
}

export const CHAPTERS: readonly Chapter[] = campaign.chapters;

/** Every campaign level id in playing order. */
export const LEVEL_ORDER: readonly string[] = CHAPTERS.flatMap((c) => c.levels);

export function levelFileName(id: string): string {
  return `levels/${id}.json`;
}

/** Texts that replace a level file's: a level saved while the game runs, or a dropped file. */
const overrides = new Map<string, string>();

export function overrideLevelText(id: string, text: string): void {
  overrides.set(id, text);
}

/** The text of a level file, or null when there is no such level. */
export async function loadLevelText(id: string): Promise<string | null> {
  const override = overrides.get(id);
  if (override !== undefined) return override;
  const loader = files[`../../levels/${id}.json`];
  return loader ? loader() : null;
}
