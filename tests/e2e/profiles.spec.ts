// Players on a shared device, as a child uses them with the keyboard: an old save becomes the
// first player, a second player is made from the title, plays level 1 and changes settings;
// switching back finds the first player's progress and settings as they were; deleting asks
// first (Cancel keeps the player) and then removes the player and every storage key of theirs.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickTile, expectNoErrors, snap, waitForScene, watchErrors } from './game';

const SAVE = 'good-deeds:save';
const PROFILES = 'good-deeds:profiles';

/** The first player's save from before profiles: three levels passed, large text. */
const OLD_SAVE = (() => {
  const save = JSON.parse(
    readFileSync(new URL('../fixtures/saves/v2-chapter-done.json', import.meta.url), 'utf8'),
  ) as { settings: Record<string, unknown> };
  save.settings = { ...save.settings, textSize: 'large' };
  return JSON.stringify(save);
})();

/** Level 1 by tapping, as in play-level-1.spec.ts: umbrella, Grandma Wang, kite, Xiao Ming. */
async function passLevel1(page: Page): Promise<void> {
  for (const [x, y] of [
    [4, 5],
    [14, 2],
    [13, 5],
    [2, 3],
  ] as const) {
    await clickTile(page, x, y);
  }
}

/** axe-core's findings (WCAG 2.2 A/AA and best practices) on the page as it is. */
async function axeFindings(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const storage = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => ({ ...localStorage }));

const rootClasses = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.className);

/** Presses Tab until the element matching `target` has the focus. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, back = false): Promise<void> {
  for (let i = 0; i < 25; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a second player made by keyboard keeps their own progress and settings; delete asks first', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await page.evaluate((text) => localStorage.setItem('good-deeds:save', text), OLD_SAVE);
  await page.reload();
  await waitForScene(page, 'title');

  // One player with no name: the game starts as before, with their progress and settings.
  const who = page.locator('[data-profile-button]');
  await expect(who).toHaveAccessibleName("Who's playing?");
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  expect(await rootClasses(page)).toContain('text-large');
  expect(Object.keys(await storage(page))).toEqual([SAVE]);
  await snap(page, 'profiles-title-one-player');

  // "Who's playing?" is first in the Tab order, before the menu.
  await page.keyboard.press('Shift+Tab');
  await expect(who).toBeFocused();
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: "Who's playing?" });
  await expect(list).toBeVisible();
  const me = list.locator('li[data-profile="first"] [data-part="play"]');
  await expect(me).toBeFocused();
  await expect(me).toHaveAccessibleName(/^Player 1 ?\. 7 stars · 3 levels passed ?\. Playing now$/);
  await expect(me).toHaveAttribute('aria-current', 'true');
  await snap(page, 'profiles-list-one');

  // New player: a name typed, a picture chosen with the arrow keys, then Start playing.
  await tabTo(page, list.getByRole('button', { name: 'New player' }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'New player' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Name')).toBeFocused();
  // The list behind is inert while the form is open.
  expect(await list.evaluate((el) => (el.closest('.backdrop') as HTMLElement).inert)).toBe(true);
  await page.keyboard.type('  Mei  ');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'No picture' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Cat' })).toBeChecked();
  await snap(page, 'profiles-new-player');
  await tabTo(page, form.getByRole('button', { name: 'Start playing' }));
  await page.keyboard.press('Enter');

  // The title again, as Mei: a fresh start with the default settings.
  await expect(form).toHaveCount(0);
  await expect(list).toHaveCount(0);
  await waitForScene(page, 'title');
  await expect(who).toHaveAccessibleName("Who's playing? Now: Mei");
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  expect(await rootClasses(page)).not.toContain('text-large');
  const index = JSON.parse((await storage(page))[PROFILES]!) as {
    profiles: { id: string; name: string; picture: string | null }[];
    active: string;
  };
  expect(index.profiles.map((p) => [p.name, p.picture])).toEqual([
    ['', null],
    ['Mei', 'cat'],
  ]);
  const mei = index.profiles[1]!.id;
  expect(index.active).toBe(mei);
  await snap(page, 'profiles-title-mei');

  // Mei turns on high contrast and the largest text, in her own settings.
  await tabTo(page, page.getByRole('button', { name: 'Settings', exact: true }));
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByText("These are Mei's own settings.")).toBeVisible();
  await settings.getByRole('checkbox', { name: 'High contrast' }).focus();
  await page.keyboard.press('Space');
  await settings.getByRole('radio', { name: 'Normal' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(settings.getByRole('radio', { name: 'Largest' })).toBeChecked();
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  expect(await rootClasses(page)).toMatch(/high-contrast/);
  expect(await rootClasses(page)).toMatch(/text-largest/);

  // Mei plays level 1 and passes it.
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await passLevel1(page);
  await waitForScene(page, 'results');
  await page.getByRole('button', { name: 'All levels' }).click();
  await waitForScene(page, 'select');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  const afterMei = await storage(page);
  expect(afterMei[SAVE]).toBe(OLD_SAVE);
  const meiSave = JSON.parse(afterMei[`${SAVE}:${mei}`]!) as {
    levels: Record<string, { passed: boolean }>;
    settings: Record<string, unknown>;
  };
  expect(Object.keys(meiSave.levels)).toEqual(['01-rainy-morning']);
  expect(meiSave.settings).toMatchObject({ highContrast: true, textSize: 'largest', lang: 'en' });

  // Back to the first player: a confirmation names them, then their own progress and settings.
  await tabTo(page, who, true);
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await expect(list.locator(`li[data-profile="${mei}"] [data-part="play"]`)).toBeFocused();
  await expect(list.locator(`li[data-profile="${mei}"] [data-part="play"]`)).toHaveAccessibleName(
    /^Mei ?\. [1-3] stars? · 1 level passed ?\. Playing now$/,
  );
  await snap(page, 'profiles-list-two');
  await page.keyboard.press('ArrowUp');
  await expect(me).toBeFocused();
  await expect(me).toHaveAccessibleName(/^Player 1 ?\. 7 stars · 3 levels passed ?\. Play$/);
  await page.keyboard.press('Enter');
  const confirmSwitch = page.getByRole('dialog', { name: 'Play as Player 1?' });
  await expect(confirmSwitch).toBeVisible();
  await expect(confirmSwitch.getByRole('button', { name: 'Play as Player 1' })).toBeFocused();
  await snap(page, 'profiles-confirm-switch');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'title');
  await expect(who).toHaveAccessibleName("Who's playing? Now: Player 1");
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  const classes = await rootClasses(page);
  expect(classes).toContain('text-large');
  expect(classes).not.toContain('text-largest');
  expect(classes).not.toContain('high-contrast');
  expect((await storage(page))[SAVE]).toBe(OLD_SAVE);
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await expect(page.locator('.level-card[data-level="01-rainy-morning"]')).toHaveAccessibleName(
    /3 of 3 stars/,
  );
  await expect(page.locator('.level-card[data-level="03-the-flat-tyre"]')).toHaveAccessibleName(
    /2 of 3 stars/,
  );
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  // A reload starts as the player who played last.
  await page.reload();
  await waitForScene(page, 'title');
  await expect(who).toHaveAccessibleName("Who's playing? Now: Player 1");

  // Delete Mei: Cancel (focused first) keeps her; Delete removes her and her keys.
  await who.focus();
  await page.keyboard.press('Enter');
  await expect(me).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const deleteMei = list.getByRole('button', { name: 'Delete Mei' });
  await expect(deleteMei).toBeFocused();
  await page.keyboard.press('Enter');
  const confirmDelete = page.getByRole('alertdialog', { name: "Delete Mei's progress?" });
  await expect(confirmDelete).toBeVisible();
  await expect(confirmDelete).toContainText("This can't be undone.");
  await expect(confirmDelete.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, 'profiles-confirm-delete');
  await page.keyboard.press('Enter');
  await expect(confirmDelete).toHaveCount(0);
  await expect(deleteMei).toBeFocused();
  expect(Object.keys(await storage(page))).toContain(`${SAVE}:${mei}`);

  await page.keyboard.press('Enter');
  await expect(confirmDelete).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(confirmDelete.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirmDelete).toHaveCount(0);
  await expect(list.locator('li')).toHaveCount(1);
  await expect(me).toBeFocused();
  const keys = Object.keys(await storage(page));
  expect(keys.filter((k) => k.includes(mei))).toEqual([]);
  expect(keys.sort()).toEqual([SAVE, PROFILES].sort());
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(who).toBeFocused();
  await expectNoErrors(errors);
});

test('in Chinese: a name is kept as text, trimmed and cut short; a name already used is gently refused', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=zh');
  await waitForScene(page, 'title');
  const who = page.locator('[data-profile-button]');
  await expect(who).toHaveAccessibleName('谁在玩？');
  await who.click();
  const list = page.getByRole('dialog', { name: '谁在玩？' });
  await list.getByRole('button', { name: '新玩家' }).click();
  const form = page.getByRole('dialog', { name: '新玩家' });

  // Neither a name nor a picture: asked for one, kindly.
  await form.getByRole('button', { name: '开始玩' }).click();
  await expect(form.getByRole('alert')).toHaveText('写个名字或选一张图片，大家就知道谁是谁了。');
  await expect(form.getByLabel('名字')).toBeFocused();

  // Markup is only text; spaces trimmed; no more than 20 characters are taken.
  await form.getByLabel('名字').fill('  <b>小明</b>  ');
  await form.getByRole('radio', { name: '青蛙' }).check();
  await snap(page, 'profiles-zh-new-player');
  expect(await axeFindings(page)).toEqual([]);
  await form.getByRole('button', { name: '开始玩' }).click();
  await waitForScene(page, 'title');
  await expect(who).toHaveAccessibleName(/^谁在玩？ ?现在是： ?<b>小明<\/b>$/);
  await expect(who.locator('b')).toHaveCount(0);
  await expect(who).toContainText('<b>小明</b>');

  // The same name again (whatever its case) is refused, and the form says what to do.
  await who.click();
  await list.getByRole('button', { name: '新玩家' }).click();
  await form.getByLabel('名字').fill('<B>小明</B>');
  await form.getByRole('button', { name: '开始玩' }).click();
  await expect(form.getByRole('alert')).toContainText('这里已经有人叫<B>小明</B>了');
  await expect(form.getByLabel('名字')).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'profiles-zh-name-taken');
  await form.getByLabel('名字').fill('一二三四五六七八九十一二三四五六七八九十多出来的字');
  await expect(form.getByLabel('名字')).toHaveValue('一二三四五六七八九十一二三四五六七八九十');
  await form.getByRole('button', { name: '开始玩' }).click();
  await waitForScene(page, 'title');
  await expect(who).toHaveAccessibleName(
    /^谁在玩？ ?现在是： ?一二三四五六七八九十一二三四五六七八九十$/,
  );

  // The list in Chinese, with each player's picture and progress; Esc closes it.
  await who.click();
  await expect(list.locator('li')).toHaveCount(3);
  await expect(list.locator('li').nth(1)).toContainText('<b>小明</b>');
  await expect(list.locator('li').nth(1)).toContainText('0 颗星 · 过了 0 关');
  await snap(page, 'profiles-zh-list');
  expect(await axeFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(who).toBeFocused();
  await expectNoErrors(errors);
});
