// One level of each chapter played from start to results with real input: the solver's plan
// (from the test hook) turned into clicks on tiles, key presses and clicks on answers, each
// sent when the player stands still, as a person would.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickTile, expectNoErrors, snap, waitForScene, watchErrors } from './game';

const campaign = JSON.parse(readFileSync('levels/campaign.json', 'utf8')) as {
  chapters: { id: string; levels: string[] }[];
};

const KEYS = { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight' } as const;

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(60);
  await page.waitForFunction(() => {
    const hook = window.__goodDeeds;
    const s = hook?.state();
    if (!s || s.status !== 'playing') return true;
    return !s.player.moving || document.querySelector('[data-option]') !== null;
  });
}

/** Cars keep their own time, so a plan made in advance only holds on a level without traffic. */
function calm(levelId: string): boolean {
  const level = JSON.parse(readFileSync(`levels/${levelId}.json`, 'utf8')) as {
    traffic?: unknown[];
  };
  return (level.traffic ?? []).length === 0;
}

for (const chapter of campaign.chapters) {
  // Past the chapter's gentle start where possible: the first calm level after the first.
  const levelId =
    chapter.levels.slice(1).find(calm) ?? chapter.levels.find(calm) ?? chapter.levels[0]!;
  test(`chapter "${chapter.id}": ${levelId} played with clicks and keys to the results`, async ({
    page,
  }) => {
    test.setTimeout(5 * 60_000);
    const errors = watchErrors(page);
    await page.goto(`./?renderer=canvas&lang=en&level=${levelId}`);
    await waitForScene(page, 'play');
    const plan = await page.evaluate(() => window.__goodDeeds?.solution?.() ?? []);
    expect(plan.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    let shot = false;
    for (const { tick, input } of plan) {
      // Never earlier than the plan: a mend must finish, a countdown must start.
      await page.waitForFunction((t) => {
        const s = window.__goodDeeds?.state();
        return !s || s.status !== 'playing' || s.tick >= t;
      }, tick);
      if ((await page.evaluate(() => window.__goodDeeds?.state()?.status)) !== 'playing') break;
      if (input.tap) await clickTile(page, input.tap.x, input.tap.y);
      else if (input.interact) await page.keyboard.press('Space');
      else if (input.dir) await page.keyboard.press(KEYS[input.dir]);
      else if (input.choice != null) {
        await page.locator(`[data-option="${input.choice}"]`).click();
      }
      await settle(page);
      if (!shot) {
        await snap(page, `chapter-${chapter.id}-play`);
        shot = true;
      }
    }
    // A rescue may still be counting down, or a mend finishing: wait for the level to end.
    await waitForScene(page, 'results');
    await expect(page.getByRole('heading', { name: 'Well done!' })).toBeVisible();
    await snap(page, `chapter-${chapter.id}-results-real-input`);
    await expectNoErrors(errors);
  });
}
