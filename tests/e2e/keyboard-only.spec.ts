// The menus with the keyboard alone (play-level-1.spec.ts plays level 1 itself by keys, from
// the title's Play): the level select reached and used with arrow keys and Enter (a locked level
// stays shut), the pause panel's way back, the settings and the diary, each closed with Esc and
// the focus back where it was. No mouse, no tap, nothing focused by the test.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, waitForScene, watchErrors } from './game';
import { openWith, STRINGS } from './screens';

const s = STRINGS.en;

/** Presses `key` until `name`'s button has the focus (at most `limit` times). */
async function moveTo(page: Page, key: string, name: string, limit = 10): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const focused = (page: Page) => page.locator(':focus');

test('the level select, pause, settings and diary with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openWith(page, 'en', null);
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: s.title.play, exact: true })).toBeFocused();

  // Down to "Choose a level"; the first level is focused, the second is locked.
  await moveTo(page, 'ArrowDown', s.title.levels);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'select');
  await expect(focused(page)).toHaveAttribute('data-level', '01-rainy-morning');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAttribute('data-level', '02-across-the-street');
  await expect(focused(page)).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__goodDeeds?.scene)).toBe('select');
  await page.keyboard.press('ArrowUp');
  await expect(focused(page)).toHaveAttribute('data-level', '01-rainy-morning');
  await page.keyboard.press('Enter');

  // The level's card, Start, then Esc for the pause panel and down to "Back to levels".
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: s.pause.resume, exact: true })).toBeFocused();
  // Tab stays inside the panel.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(
      true,
    );
  }
  await moveTo(page, 'ArrowDown', s.pause.quit);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'select');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  // Settings: a slider moved with the arrow keys, kept, and Esc gives the focus back.
  await expect(page.getByRole('button', { name: s.title.play, exact: true })).toBeFocused();
  await moveTo(page, 'ArrowDown', s.settings.open);
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: s.settings.heading });
  await expect(settings).toBeVisible();
  // Tab to the first volume slider (the dialogue opens on its first control).
  const slider = settings.locator('input[type="range"]').first();
  for (let i = 0; i < 12 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(slider).toBeFocused();
  const before = Number(await slider.inputValue());
  await page.keyboard.press(before > 0 ? 'ArrowLeft' : 'ArrowRight');
  expect(Number(await slider.inputValue())).not.toBe(before);
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
  await expect(page.getByRole('button', { name: s.settings.open, exact: true })).toBeFocused();

  // The diary, and back with Esc.
  await moveTo(page, 'ArrowUp', s.title.diary);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'diary');
  await expect(page.getByRole('heading', { level: 1, name: s.diary.heading })).toBeVisible();
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  await expectNoErrors(errors);
});
