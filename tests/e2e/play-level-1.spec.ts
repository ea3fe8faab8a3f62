// Level 1 played from the title to the results, once with the keyboard and once with the mouse.
import { expect, test } from '@playwright/test';
import { clickTile, expectNoErrors, press, snap, state, waitForScene, watchErrors } from './game';

test('a new player passes level 1 with the keyboard alone and earns stars', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await snap(page, 'title');
  await page.keyboard.press('Enter');

  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // What the benchmark's bare page is given to draw: the ground, the player and two people with
  // their shadows, two items, a place and two deeds' bubbles at least; not hidden ones.
  const pictures = await page.evaluate(() => window.__goodDeeds?.pictures?.() ?? -1);
  expect(pictures).toBeGreaterThanOrEqual(1 + 2 + 4 + 2 + 1 + 2);
  expect(pictures).toBeLessThanOrEqual(18);

  // The umbrella lies four tiles left and two up.
  await press(page, 'ArrowLeft', 4);
  await press(page, 'ArrowUp', 2);
  expect((await state(page)).player.carrying).toEqual(['umbrella']);
  await snap(page, 'play');
  // Up to the path, then right until facing Grandma Wang, and hand it over.
  await press(page, 'ArrowUp', 3);
  await press(page, 'ArrowRight', 9);
  await press(page, 'Space');
  expect((await state(page)).deeds[0]!.status).toBe('done');
  await expect(page.locator('[data-hud="deeds"]')).toHaveText('1 / 2');

  // The kite is three tiles down; Xiao Ming waits on the far left.
  await press(page, 'ArrowDown', 3);
  await press(page, 'ArrowUp', 2);
  await press(page, 'ArrowLeft', 10);
  await press(page, 'Space');

  await waitForScene(page, 'results');
  const card = page.getByRole('dialog', { name: 'Well done!' });
  await expect(card).toBeVisible();
  const stars = await card.getByRole('img', { name: /of 3 stars/ }).getAttribute('aria-label');
  expect(Number(stars?.match(/^(\d)/)?.[1])).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('button', { name: 'Next level' })).toBeFocused();
  await snap(page, 'results');
  await expectNoErrors(errors);
});

test('level 1 can be played with mouse clicks only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForScene(page, 'play');
  await page.getByRole('button', { name: 'Start' }).click();

  await clickTile(page, 4, 5); // the umbrella
  await clickTile(page, 14, 2); // Grandma Wang: walk beside her and hand it over
  await clickTile(page, 13, 5); // the kite
  await clickTile(page, 2, 3); // Xiao Ming

  await waitForScene(page, 'results');
  await expect(page.getByRole('dialog', { name: 'Well done!' })).toBeVisible();
  await page.getByRole('button', { name: 'All levels' }).click();
  await waitForScene(page, 'select');
  await expect(page.locator('[data-level="02-across-the-street"]')).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.locator('[data-level="03-the-flat-tyre"]')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await snap(page, 'level-select');
  await expectNoErrors(errors);
});
