// Every DOM screen of the game, reached as a player reaches it (keys, clicks; the test hook only
// tells when a screen is ready and, for dialogues deep in a level, the solver's route there).
// Each tour calls `at(name)` with the screen on display; the accessibility, touch-target and
// glyph tests check whatever is on screen at that moment.
import { expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type en from '../../src/ui/locales/en.json';
import { encodeProgress } from '../../src/core/progress-code';
import { clickTile, waitForScene } from './game';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
type Strings = typeof en;
const strings = (lang: Lang): Strings =>
  JSON.parse(readFileSync(`src/ui/locales/${lang}.json`, 'utf8')) as Strings;
/** The interface strings of a language, to find buttons by their visible names. */
export const STRINGS: Record<Lang, Strings> = { en: strings('en'), zh: strings('zh') };

/** Called with the name of the screen on display. */
export type At = (screen: string) => Promise<void>;

const SAVE_KEY = 'good-deeds:save';

/**
 * A player part-way through: level 1 passed with three stars (the red star), level 2 with one,
 * the rest locked. An old (version 1) save, which the game brings up to date as it loads.
 */
export const SOME_PROGRESS = JSON.stringify({
  version: 1,
  levels: {
    '01-rainy-morning': { passed: true, bestScore: 980, bestStars: 3, bestDeeds: 2, plays: 2 },
    '02-across-the-street': { passed: true, bestScore: 420, bestStars: 1, bestDeeds: 1, plays: 1 },
  },
  settings: { muted: true, lang: null },
});

/** Starts the page with `save` in storage (or none), at `query` in language `lang`. */
export async function openWith(
  page: Page,
  lang: Lang,
  save: string | null,
  query = '',
): Promise<void> {
  await page.goto(`./?renderer=canvas&lang=${lang}`);
  await waitForScene(page, 'title');
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      if (value) localStorage.setItem(key!, value);
    },
    [SAVE_KEY, save],
  );
  await page.goto(`./?renderer=canvas&lang=${lang}${query}`);
}

/** Waits until the DOM screen has settled (fonts in, no transition half-way). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(250);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/**
 * The menus: title, settings, diary, achievements, level select (passed, open and locked
 * levels), the progress code and the certificate (on screen and as printed).
 */
export async function menusTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang];
  await openWith(page, lang, SOME_PROGRESS);
  await waitForScene(page, 'title');
  await settled(page);
  await at('title');

  await button(page, s.settings.open).click();
  await expect(page.getByRole('dialog', { name: s.settings.heading })).toBeVisible();
  await settled(page);
  await at('settings');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await button(page, s.title.diary).click();
  await waitForScene(page, 'diary');
  await settled(page);
  await at('diary');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  await button(page, s.title.achievements).click();
  await waitForScene(page, 'achievements');
  await settled(page);
  await at('achievements');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  await button(page, s.title.levels).click();
  await waitForScene(page, 'select');
  await expect(page.locator('.level-card[aria-disabled="true"]').first()).toBeVisible();
  await settled(page);
  await at('level-select');

  await button(page, s.code.show).click();
  await expect(page.getByRole('dialog', { name: s.code.label })).toBeVisible();
  await settled(page);
  await at('progress-code');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await button(page, s.code.print).click();
  await expect(page.locator('.print-view')).toBeVisible();
  await page.locator('#certificate-name').fill(lang === 'zh' ? '李小红' : 'Ann Lee');
  await settled(page);
  await at('certificate');
  await page.emulateMedia({ media: 'print' });
  await at('certificate-print');
  await page.emulateMedia({ media: 'screen' });
}

/**
 * Level 1 for a new player: the intro card, the HUD while playing, the pause panel, and the
 * results of a first pass with its diary page and achievement (the solver plays it, fast, once
 * Start is pressed).
 */
export async function playTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang];
  await openWith(page, lang, null, '&level=01-rainy-morning');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog')).toBeVisible();
  await settled(page);
  await at('intro');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  await settled(page);
  await at('hud');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: s.pause.heading })).toBeVisible();
  await settled(page);
  await at('pause');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The pass: from a fresh start, the solver's route at speed.
  await button(page, s.hud.pause).click();
  await button(page, s.pause.restart).click();
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForFunction(() => window.__goodDeeds?.autoplay?.() === true);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'results');
  await expect(page.getByRole('heading', { level: 1, name: s.results.passed })).toBeVisible();
  await expect(page.locator('.results .earned [data-earned="diary"]')).toBeVisible();
  await page.waitForTimeout(3200); // the falling hearts have fallen
  await settled(page);
  await at('results-passed');
}

interface PlanStep {
  tick: number;
  input: {
    tap?: { x: number; y: number };
    dir?: 'up' | 'down' | 'left' | 'right';
    interact?: boolean;
    choice?: number;
  };
}

const KEYS = { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight' } as const;

/**
 * Plays the solver's route with real clicks and keys from step `from`, up to the next answer
 * in a dialogue; returns that step's index (the dialogue is open) or -1 if the level ended.
 */
async function playUntilDialog(page: Page, plan: PlanStep[], from: number): Promise<number> {
  for (let i = from; i < plan.length; i++) {
    const { tick, input } = plan[i]!;
    await page.waitForFunction(
      (t) => {
        const st = window.__goodDeeds?.state();
        return (
          !st ||
          st.status !== 'playing' ||
          st.tick >= t ||
          document.querySelector('[data-option]') !== null
        );
      },
      tick,
      { timeout: 30_000 },
    );
    if ((await page.evaluate(() => window.__goodDeeds?.state()?.status)) !== 'playing') return -1;
    if (input.choice != null) {
      await expect(page.locator('[data-option]').first()).toBeVisible();
      return i;
    }
    if (input.tap) await clickTile(page, input.tap.x, input.tap.y);
    else if (input.interact) await page.keyboard.press('Space');
    else if (input.dir) await page.keyboard.press(KEYS[input.dir]);
    await page.waitForTimeout(60);
    await page.waitForFunction(() => {
      const st = window.__goodDeeds?.state();
      if (!st || st.status !== 'playing') return true;
      return !st.player.moving || document.querySelector('[data-option]') !== null;
    });
  }
  return -1;
}

async function startLevel(page: Page, lang: Lang, levelId: string): Promise<PlanStep[]> {
  await openWith(page, lang, SOME_PROGRESS, `&level=${levelId}`);
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog')).toBeVisible();
  const plan = await page.evaluate(() => window.__goodDeeds?.solution?.() ?? []);
  expect(plan.length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return plan as PlanStep[];
}

async function answer(page: Page, option: number): Promise<void> {
  await page.locator(`[data-option="${option}"]`).click();
  await page.waitForTimeout(100);
}

/**
 * The dialogues of play: thanks with a reward to choose, a child's question (level 9, the
 * village school), a dilemma (level 5, the bus) and, answering both of its dilemmas unkindly,
 * the results of a level not passed.
 */
export async function dialogsTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang];
  let plan = await startLevel(page, lang, '09-the-village-school');
  let i = await playUntilDialog(page, plan, 0);
  expect(i, 'a thanks dialogue in level 9').toBeGreaterThanOrEqual(0);
  await expect(page.locator('[data-option="0"]')).toContainText(s.play.duty);
  await settled(page);
  await at('thanks');
  await answer(page, plan[i]!.input.choice!);
  i = await playUntilDialog(page, plan, i + 1);
  expect(i, 'a question in level 9').toBeGreaterThanOrEqual(0);
  await expect(page.locator('[data-option="0"]')).not.toContainText(s.play.duty);
  await settled(page);
  await at('teach');
  // A wrong answer first: the dialogue says so and stays open.
  const wrong = plan[i]!.input.choice === 0 ? 1 : 0;
  await answer(page, wrong);
  await expect(page.locator('.feedback')).toHaveText(s.play.tryAgain);
  await at('teach-try-again');

  plan = await startLevel(page, lang, '05-a-seat-on-the-bus');
  i = await playUntilDialog(page, plan, 0);
  expect(i, 'a dilemma in level 5').toBeGreaterThanOrEqual(0);
  await settled(page);
  await at('choose');
  await answer(page, 1); // sit down: unkind
  i = await playUntilDialog(page, plan, i + 1);
  expect(i, 'the second dilemma in level 5').toBeGreaterThanOrEqual(0);
  await answer(page, 1); // tell him off loudly: unkind, and the level can no longer be passed
  await waitForScene(page, 'results');
  await expect(page.getByRole('heading', { level: 1, name: s.results.missedChance })).toBeVisible();
  await settled(page);
  await at('results-not-passed');
}

/** A notice over the title: this browser keeps no progress (storage blocked). */
export async function noticeTour(page: Page, lang: Lang, at: At): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user has blocked storage.', 'SecurityError');
      },
    });
  });
  await page.goto(`./?renderer=canvas&lang=${lang}`);
  await waitForScene(page, 'title');
  await expect(page.getByRole('alert')).toBeVisible();
  await settled(page);
  await at('title-notice');
}

/** A designer play-tests a level that does not exist (`?level=`): the problems panel. */
export async function brokenLevelTour(page: Page, lang: Lang, at: At): Promise<void> {
  await page.goto(`./?renderer=canvas&lang=${lang}&level=no-such-level`);
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: STRINGS[lang].notice.levelBroken })).toBeVisible();
  await settled(page);
  await at('broken-level');
}

/** The teacher's page with a class table made from pasted codes, and its printed guide. */
export async function teacherTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`./?teacher&lang=${lang}`);
  await expect(page.getByRole('heading', { level: 1, name: s.teacher.title })).toBeVisible();
  await expect(page.locator('.qr svg')).toHaveCount(1);
  const code = encodeProgress({
    levels: [
      { passed: true, stars: 3 },
      { passed: true, stars: 1 },
      { passed: false, stars: 0 },
    ],
    totalScore: 1400,
  });
  await page
    .getByLabel(s.teacher.codesLabel)
    .fill(`${lang === 'zh' ? '李伟' : 'Li Wei'}, ${code}\nBo 1Z!Q`);
  await button(page, s.teacher.makeTable).click();
  await expect(page.locator('.class-table tr[data-code]')).toHaveCount(1);
  await settled(page);
  await at('teacher');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.teacher-guide')).toBeVisible();
  await at('teacher-guide-print');
  await page.emulateMedia({ media: 'screen' });
}

/** The touch pad during play on a touch screen (the context must have `hasTouch`). */
export async function touchTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`./?renderer=canvas&lang=${lang}&level=01-rainy-morning`);
  await waitForScene(page, 'play');
  await button(page, s.intro.start).tap();
  await expect(page.getByRole('group', { name: s.touch.pad })).toBeVisible();
  await settled(page);
  await at('touch-pad');
}

/** Whether the game has a players' (profiles) screen yet: another part of the work adds it. */
export function hasProfiles(): boolean {
  return existsSync('src/ui') && readdirSync('src/ui').some((f) => /^profiles.*\.ts$/.test(f));
}

/** "Who's playing?" from the title: the list of players, and the form for a new one. */
export async function profilesTour(page: Page, lang: Lang, at: At): Promise<void> {
  const s = STRINGS[lang] as Strings & {
    profiles?: { heading: string; new: string; newHeading: string };
  };
  if (!s.profiles) throw new Error('a profiles screen without its strings');
  await openWith(page, lang, SOME_PROGRESS);
  await waitForScene(page, 'title');
  await page.locator('[data-profile-button]').click();
  const list = page.getByRole('dialog', { name: s.profiles.heading });
  await expect(list).toBeVisible();
  await settled(page);
  await at('profiles');
  await list.getByRole('button', { name: s.profiles.new, exact: true }).click();
  await expect(page.getByRole('dialog', { name: s.profiles.newHeading })).toBeVisible();
  await settled(page);
  await at('profiles-new');
}
