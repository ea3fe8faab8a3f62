// axe-core on every DOM screen of the game, in English and in Chinese: no serious or critical
// violation of WCAG 2.2 A/AA or of axe's best practices anywhere, and none of lesser impact
// either (each screen's findings are listed by rule, element and impact when it fails). The
// canvas is a picture for sighted players: hidden from screen readers, with the game described
// in words beside it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expectNoErrors, snap, watchErrors } from './game';
import {
  brokenLevelTour,
  dialogsTour,
  hasProfiles,
  LANGS,
  menusTour,
  noticeTour,
  playTour,
  profilesTour,
  teacherTour,
  touchTour,
  type At,
  type Lang,
} from './screens';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function audit(page: Page, screen: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => ({
    screen,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')}  ${n.failureSummary ?? ''}`),
  }));
}

const describe = (f: Finding): string =>
  `[${f.impact}] ${f.screen}: ${f.rule} (${f.help})\n    ${f.targets.join('\n    ')}`;

/** The canvas is hidden from screen readers, and the screen says what the game is in words. */
async function canvasProblems(page: Page, screen: string): Promise<string[]> {
  return page.evaluate((name) => {
    const c = document.querySelector('canvas');
    if (!c) return [];
    const problems: string[] = [];
    const hidden = c.closest('[aria-hidden="true"]') !== null;
    const named = !!(c.getAttribute('aria-label') || c.getAttribute('aria-labelledby'));
    if (!hidden && !named) problems.push(`${name}: the canvas is neither hidden nor named`);
    const described = document.querySelectorAll('[data-game-description]');
    const text = [...described].map((d) => d.textContent ?? '').join(' ');
    if (described.length !== 1 || text.length < 20) {
      problems.push(`${name}: the game is not described in words ([data-game-description])`);
    }
    return problems;
  }, screen);
}

/** Runs a tour, auditing (and photographing) each screen; fails listing every finding. */
async function tourAudit(
  page: Page,
  lang: Lang,
  tour: (page: Page, lang: Lang, at: At) => Promise<void>,
  game = true,
): Promise<void> {
  const errors = watchErrors(page);
  const findings: Finding[] = [];
  const canvas: string[] = [];
  const seen: string[] = [];
  await tour(page, lang, async (screen) => {
    seen.push(screen);
    await snap(page, `a11y-${screen}-${lang}`);
    findings.push(...(await audit(page, `${screen} (${lang})`)));
    if (game) canvas.push(...(await canvasProblems(page, `${screen} (${lang})`)));
  });
  expect(seen.length).toBeGreaterThan(0);
  // Every finding, for reading after a run.
  mkdirSync('test-results/a11y', { recursive: true });
  writeFileSync(`test-results/a11y/${seen[0]}-${lang}.json`, JSON.stringify(findings, null, 2));
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  expect(serious, `serious or critical:\n${serious.map(describe).join('\n')}`).toEqual([]);
  expect(findings, `of lesser impact:\n${findings.map(describe).join('\n')}`).toEqual([]);
  expect(canvas).toEqual([]);
  await expectNoErrors(errors);
}

for (const lang of LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    test(`title, settings, diary, achievements, level select, code and certificate`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await tourAudit(page, lang, menusTour);
    });

    test(`level intro, HUD, pause and results of a pass`, async ({ page }) => {
      test.setTimeout(180_000);
      await tourAudit(page, lang, playTour);
    });

    test(`thanks, a question and a dilemma, and results not passed`, async ({ page }) => {
      test.setTimeout(240_000);
      await tourAudit(page, lang, dialogsTour);
    });

    test(`a notice over the title, and a broken level`, async ({ page }) => {
      test.setTimeout(120_000);
      await tourAudit(page, lang, async (p, l, at) => {
        await noticeTour(p, l, at);
        await brokenLevelTour(p, l, at);
      });
    });

    test(`the teacher page with a class table, and its printed guide`, async ({ page }) => {
      test.setTimeout(120_000);
      await tourAudit(page, lang, teacherTour, false);
    });
  });

  test.describe(`accessibility of the players' screen (${lang})`, () => {
    test(`who's playing, and a new player`, async ({ page }) => {
      test.skip(!hasProfiles(), 'no profiles screen in this build yet');
      await tourAudit(page, lang, profilesTour);
    });
  });

  test.describe(`accessibility on a touch screen (${lang})`, () => {
    test.use({ viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true });
    test(`the touch pad`, async ({ page }) => {
      await tourAudit(page, lang, touchTour);
    });
  });
}
