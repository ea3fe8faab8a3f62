// Achievements: small milestones the player earns by playing (a first good deed, a red star,
// a relay of three, "It's my duty" three times, every chapter passed…). Each is a pure rule
// over the save after an attempt, the save before it, the attempt and the campaign.
import { DEED_KINDS } from './deeds/deed-kinds';
import { RELAY_WINDOW_MS, scoreState, type DeedScoreLine, type ScoreBreakdown } from './scoring';
import type { SaveData } from './progression';
import type { SimState } from './sim-types';

/** One attempt at a level, as progression records it. */
export interface Attempt {
  readonly levelId: string;
  readonly breakdown: ScoreBreakdown;
  /** Saplings planted during the attempt. */
  readonly saplings: number;
}

/** The campaign's chapters, in order: what chapter and campaign achievements look at. */
export interface Campaign {
  readonly chapters: readonly { readonly id: string; readonly levels: readonly string[] }[];
}

/** What a rule is given: the save before and after the attempt, the attempt, the campaign. */
export interface AchievementCheck {
  readonly before: SaveData;
  readonly save: SaveData;
  readonly attempt: Attempt;
  readonly campaign: Campaign;
}

export interface Achievement {
  /** Stable id, kept in saves: never rename one. Chapter achievements are `chapter-<id>`. */
  readonly id: string;
  /** A frame of the art atlas. */
  readonly icon: string;
  /** For a chapter achievement, the chapter's id (the screen names it by the chapter's title). */
  readonly chapter?: string;
  /** For achievements earned by counting: how many it takes. */
  readonly goal?: number;
  /** For achievements earned by counting: how far along a save is (at most `goal` matters). */
  readonly progress?: (save: SaveData) => number;
  /** Whether the player has earned it, now that the attempt is recorded. */
  readonly earned: (check: AchievementCheck) => boolean;
}

/** An achievement earned when a running total reaches `goal`. */
function counted(
  id: string,
  icon: string,
  goal: number,
  of: (save: SaveData) => number,
): Achievement {
  return { id, icon, goal, progress: of, earned: ({ save }) => of(save) >= goal };
}

function passedAll(save: SaveData, levels: readonly string[]): boolean {
  return (
    levels.length > 0 &&
    levels.every((id) => Object.hasOwn(save.levels, id) && save.levels[id]!.passed)
  );
}

/** The achievements that do not depend on the campaign, in the order they are listed. */
export const BASE_ACHIEVEMENTS: readonly Achievement[] = [
  counted('first-deed', 'heart-hands', 1, (s) => s.tally.deeds),
  {
    id: 'red-star',
    icon: 'glowing-star',
    earned: ({ save }) => Object.values(save.levels).some((l) => l.bestStars === 3),
  },
  counted('relay-of-love', 'handshake', 3, (s) => s.tally.bestRelay),
  counted('its-my-duty', 'smiling-face-with-smiling-eyes', 3, (s) => s.tally.modest),
  counted('honest-heart', 'red-heart', 3, (s) => s.tally.honest),
  counted('green-fingers', 'seedling', 10, (s) => s.tally.saplings),
  {
    id: 'never-give-up',
    icon: 'four-leaf-clover',
    earned: ({ before, attempt }) => {
      const id = attempt.levelId;
      const prior = Object.hasOwn(before.levels, id) ? before.levels[id] : undefined;
      return attempt.breakdown.passed && !!prior && !prior.passed && prior.plays > 0;
    },
  },
  counted('helping-hand', 'people-hugging', 50, (s) => s.tally.deeds),
  counted(
    'ten-kinds',
    'rainbow',
    DEED_KINDS.length,
    (s) => DEED_KINDS.filter((k) => s.tally.kinds.includes(k)).length,
  ),
];

/** Every achievement of a campaign: the base ones, one per chapter, then every level passed. */
export function achievementList(campaign: Campaign): readonly Achievement[] {
  const chapters = campaign.chapters.map((c): Achievement => ({
    id: `chapter-${c.id}`,
    icon: 'party-popper',
    chapter: c.id,
    earned: ({ save }) => passedAll(save, c.levels),
  }));
  const everyLevel: Achievement = {
    id: 'every-level',
    icon: 'trophy',
    earned: ({ save, campaign: cc }) =>
      passedAll(
        save,
        cc.chapters.flatMap((c) => c.levels),
      ),
  };
  return [...BASE_ACHIEVEMENTS, ...chapters, everyLevel];
}

/** Ids of the achievements the check's save deserves and does not have yet, in list order. */
export function earnAchievements(check: AchievementCheck): string[] {
  return achievementList(check.campaign)
    .filter((a) => !Object.hasOwn(check.save.achievements, a.id) && a.earned(check))
    .map((a) => a.id);
}

/** The most deeds in one relay: each done within the relay window of the one before. */
export function longestRelay(lines: readonly Pick<DeedScoreLine, 'atMs'>[]): number {
  let best = 0;
  let run = 0;
  let last = -Infinity;
  for (const l of lines) {
    run = l.atMs - last <= RELAY_WINDOW_MS ? run + 1 : 1;
    last = l.atMs;
    best = Math.max(best, run);
  }
  return best;
}

/** The attempt a finished (or abandoned) simulation state stands for. */
export function attemptOf(state: SimState, breakdown: ScoreBreakdown = scoreState(state)): Attempt {
  return { levelId: state.level.id, breakdown, saplings: state.planted.length };
}
