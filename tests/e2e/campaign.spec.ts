// The whole campaign played through the game's own flow: each level started from the previous
// one's results, played with the solver's inputs through the test hook (not by editing the save),
// ending with every level open in the level select.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoErrors, snap, waitForScene, watchErrors } from './game';

const campaign = JSON.parse(readFileSync('levels/campaign.json', 'utf8')) as {
  chapters: { id: string; levels: string[] }[];
};
const order = campaign.chapters.flatMap((c) => c.levels);

test('the whole campaign can be played through, opening every level', async ({ page }) => {
  test.setTimeout(20 * 60_000);
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  for (const [i, id] of order.entries()) {
    await waitForScene(page, 'play');
    await page.waitForFunction((levelId) => window.__goodDeeds?.state()?.levelId === levelId, id);
    expect(await page.evaluate(() => window.__goodDeeds?.autoplay?.())).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await waitForScene(page, 'results');
    await expect(page.getByRole('heading', { name: 'Well done!' })).toBeVisible();
    const chapter = campaign.chapters.find((c) => c.levels[0] === id);
    if (chapter) await snap(page, `chapter-${chapter.id}-results`);
    if (i < order.length - 1) await page.getByRole('button', { name: 'Next level' }).click();
  }
  await page.getByRole('button', { name: 'All levels' }).click();
  await waitForScene(page, 'select');
  for (const id of order) {
    await expect(page.locator(`[data-level="${id}"]`)).not.toHaveAttribute('aria-disabled', 'true');
  }
  await snap(page, 'level-select-all-open');
  await expectNoErrors(errors);
});
