// The diary and achievements: passing level 1 earns "First Good Deed" and level 1's diary page,
// announced on the results card; both screens show them, from the results and from the title.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, press, snap, state, waitForScene, watchErrors } from './game';

/**
 * Walks with the arrow keys along one axis until the player stands at `to` on it, looking
 * again after each step (so a key press that a busy machine turns into two steps is undone).
 */
async function walk(page: Page, axis: 'x' | 'y', to: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const at = (await state(page)).player[axis];
    if (at === to) return;
    const key =
      axis === 'x' ? (at < to ? 'ArrowRight' : 'ArrowLeft') : at < to ? 'ArrowDown' : 'ArrowUp';
    await press(page, key);
  }
  throw new Error(`could not walk to ${axis} = ${to}`);
}

test('passing level 1 earns a diary page and "First Good Deed", shown on both screens', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');

  // A new player: no page collected, nothing earned.
  await page.getByRole('button', { name: 'Achievements' }).click();
  await waitForScene(page, 'achievements');
  await expect(page.locator('[data-achievement="first-deed"]')).toHaveAttribute(
    'data-earned',
    'false',
  );
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  // Level 1 with the keyboard, along the route of play-level-1.spec.ts: the umbrella, Grandma
  // Wang, the kite, Xiao Ming.
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await walk(page, 'x', 4);
  await walk(page, 'y', 5);
  expect((await state(page)).player.carrying).toEqual(['umbrella']);
  await walk(page, 'y', 2);
  await walk(page, 'x', 13);
  await press(page, 'ArrowRight');
  await press(page, 'Space');
  expect((await state(page)).deeds[0]!.status).toBe('done');
  await walk(page, 'y', 5);
  await walk(page, 'y', 3);
  await walk(page, 'x', 3);
  await press(page, 'ArrowLeft');
  await press(page, 'Space');

  await waitForScene(page, 'results');
  const card = page.getByRole('dialog', { name: 'Well done!' });
  await expect(card).toBeVisible();
  // Level 1 may earn a red star too: then both names share one line.
  await expect(card.locator('[data-earned~="first-deed"]')).toContainText(
    /Achievements?: First Good Deed/,
  );
  await expect(card.locator('[data-earned="diary"]')).toContainText('New diary page!');
  await expect(page.locator('#announcer')).toContainText('Achievement: First Good Deed');
  await expect(page.locator('#announcer')).toContainText('New diary page!');
  await snap(page, 'results-earned');

  // From the results to the new page, and back to the same results.
  await card.getByRole('button', { name: 'Open the diary' }).click();
  await waitForScene(page, 'diary');
  const first = page.getByRole('article', { name: /A Rainy Morning/ });
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('data-collected', 'true');
  await page.getByRole('button', { name: 'Back' }).click();
  await waitForScene(page, 'results');
  await expect(page.getByRole('button', { name: 'Next level' })).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Well done!' })).toBeVisible();

  // From the title, after a reload: the save kept them.
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'Diary' }).click();
  await waitForScene(page, 'diary');
  const collected = page.getByRole('article', { name: /A Rainy Morning/ });
  await expect(collected).toHaveAttribute('data-collected', 'true');
  await expect(collected.locator('blockquote')).toContainText('drop of water');
  await expect(collected.getByRole('heading', { name: 'Think about it' })).toBeVisible();
  const locked = page.getByRole('article', { name: /Across the Street/ });
  await expect(locked).toHaveAttribute('data-collected', 'false');
  await expect(locked).toContainText('Pass level 2 to collect this page.');
  await expect(locked.locator('blockquote')).toHaveCount(0);
  await expect(page.getByText(/^1 of \d+ pages collected$/)).toBeVisible();
  await snap(page, 'diary');
  await page.getByRole('button', { name: 'Back' }).click();
  await waitForScene(page, 'title');

  await page.getByRole('button', { name: 'Achievements' }).click();
  await waitForScene(page, 'achievements');
  const earned = page.locator('[data-achievement="first-deed"]');
  await expect(earned).toHaveAttribute('data-earned', 'true');
  await expect(earned).toContainText('First Good Deed');
  await expect(earned).toContainText('Earned in “A Rainy Morning”');
  const notYet = page.locator('[data-achievement="helping-hand"]');
  await expect(notYet).toHaveAttribute('data-earned', 'false');
  await expect(notYet).toContainText('Not earned yet');
  await expect(notYet).toContainText('2 / 50');
  expect(await page.locator('[data-achievement]').count()).toBeGreaterThanOrEqual(8);
  await snap(page, 'achievements');
  await expectNoErrors(errors);
});

test('the diary and achievements read in Chinese too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=zh');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: '日记' }).click();
  await waitForScene(page, 'diary');
  await expect(page.getByRole('heading', { name: '我的日记' })).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText('通过第 1 关，就能收集这一页。');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: '成就' }).click();
  await waitForScene(page, 'achievements');
  await expect(page.locator('[data-achievement="first-deed"]')).toContainText('第一件好事');
  await expectNoErrors(errors);
});
