// Pause, restart and quit; sound on and off, remembered; WebGL as well as Canvas.
import { expect, test } from '@playwright/test';
import { expectNoErrors, press, snap, state, waitForScene, watchErrors } from './game';

test('Esc pauses the level: time stops, and the pause menu resumes, restarts or quits', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft', 2);

  await page.keyboard.press('Escape');
  const menu = page.getByRole('dialog', { name: 'Paused' });
  await expect(menu).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  const pausedAt = (await state(page)).timeMs;
  await page.waitForTimeout(600);
  expect((await state(page)).timeMs).toBe(pausedAt);
  expect((await state(page)).paused).toBe(true);
  await snap(page, 'pause');

  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await page.waitForTimeout(300);
  expect((await state(page)).timeMs).toBeGreaterThan(pausedAt);
  await press(page, 'ArrowUp');
  expect((await state(page)).player).toMatchObject({ x: 6, y: 6 });

  await page.keyboard.press('KeyP');
  await page.getByRole('button', { name: 'Restart level' }).click();
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  expect((await state(page)).player).toMatchObject({ x: 8, y: 7 });

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Back to levels' }).click();
  await waitForScene(page, 'select');
  await expectNoErrors(errors);
});

test('M turns sound off and on, sounds play when it is on, and the choice survives a reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  const sound = page.getByRole('button', { name: 'Sound' });
  await expect(sound).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft', 4);
  await press(page, 'ArrowUp', 2);
  const sounds = await page.evaluate(() => window.__goodDeeds?.sounds ?? []);
  expect(sounds).toContain('step');
  expect(sounds).toContain('pickup');

  await page.keyboard.press('KeyM');
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const before = (await page.evaluate(() => window.__goodDeeds?.sounds ?? [])).length;
  await press(page, 'ArrowDown');
  expect((await page.evaluate(() => window.__goodDeeds?.sounds ?? [])).length).toBe(before);

  await page.reload();
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.keyboard.press('KeyM');
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoErrors(errors);
});

test('the game runs in WebGL too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=webgl&lang=en');
  await waitForScene(page, 'title');
  expect(await page.evaluate(() => window.__goodDeeds?.renderer)).toBe('webgl');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft');
  expect((await state(page)).player).toMatchObject({ x: 7, y: 7 });
  await snap(page, 'play-webgl');
  await expectNoErrors(errors);
});

test('the title and a level read well in Chinese', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=zh');
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: '开始' })).toBeVisible();
  await snap(page, 'title-zh');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: '下雨的早晨' })).toBeVisible();
  await snap(page, 'intro-zh');
  await expectNoErrors(errors);
});
