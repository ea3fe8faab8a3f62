// Designers' play-testing: a level named in the address, a dropped file, and broken levels
// shown with the checker's messages instead of a crash.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFile, expectNoErrors, snap, state, waitForScene, watchErrors } from './game';

test('?level= opens that level directly', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en&level=02-across-the-street');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'Across the Street' })).toBeVisible();
  // The title's words and menu, built ahead while Phaser loaded, are gone, not left hidden.
  await expect(page.locator('.title-words, .title-menu, .profile-corner')).toHaveCount(0);
  await expectNoErrors(errors);
});

test('a broken level shows the checker messages with file, line and path', async ({ page }) => {
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  const good = readFileSync('levels/01-rainy-morning.json', 'utf8');
  const broken = good
    .replace('"item": "umbrella"', '"item": "umbrela"')
    .replace('"kind": "deliver"', '"kind": "delivr"');
  await dropFile(page, 'my-level.json', broken);
  await waitForScene(page, 'play');
  const panel = page.getByRole('dialog', { name: "This level has problems and can't be played:" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(
    /my-level\.json:\d+:\d+ {2}\/deeds\/0\/kind {2}expected "deliver", .* or "donate", found "delivr" — did you mean "deliver"\?/,
  );
  await snap(page, 'broken-level');
  await page.getByRole('button', { name: 'Back to levels' }).click();
  await waitForScene(page, 'select');
});

test('a dropped level file is played at once and leaves progress alone', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  const text = readFileSync('levels/01-rainy-morning.json', 'utf8').replace(
    'A Rainy Morning',
    'My Test Level',
  );
  await dropFile(page, 'my-level.json', text);
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'My Test Level' })).toBeVisible();
  await page.keyboard.press('Enter');
  expect((await state(page)).levelId).toBe('01-rainy-morning');
  const saved = await page.evaluate(() => localStorage.getItem('good-deeds:save'));
  expect(saved).toBeNull();
  await expectNoErrors(errors);
});
