// The accessibility settings, each changing what it should, set from the settings dialogue with
// the keyboard: text size (the interface grows, and still fits at 1280×720), high contrast
// (every screen, with shapes as well as colours), reduced motion (the page and the canvas keep
// still), relaxed mode (no clock, no time limit, said on the results card; a class link wins),
// and captions for sounds.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  clickTile,
  dropFile,
  expectNoErrors,
  snap,
  state,
  waitForScene,
  watchErrors,
} from './game';

const VIEW = { width: 1280, height: 720 };

/**
 * Level 1 by tapping, as in play-level-1.spec.ts (taps walk a whole path, so a busy machine
 * cannot make them overshoot): first the umbrella…
 */
async function takeUmbrella(page: Page): Promise<void> {
  await clickTile(page, 4, 5);
  expect((await state(page)).player.carrying).toEqual(['umbrella']);
}

/** …then to Grandma Wang, the kite and Xiao Ming. */
async function finishLevel1(page: Page): Promise<void> {
  await clickTile(page, 14, 2);
  await clickTile(page, 13, 5);
  await clickTile(page, 2, 3);
}

/** Opens the settings from the title with the keyboard. */
async function openSettings(page: Page): Promise<Locator> {
  const opener = page.getByRole('button', { name: 'Settings', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses `name` in a group of radio buttons with the arrow keys, from its checked one. */
async function choose(page: Page, dialog: Locator, group: string, name: string): Promise<void> {
  const fieldset = dialog.getByRole('group', { name: group });
  await fieldset.locator('input:checked').focus();
  const target = fieldset.getByRole('radio', { name, exact: true });
  for (let i = 0; i < 4 && !(await target.isChecked()); i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(target).toBeChecked();
}

/** Ticks or unticks a switch with the space bar. */
async function setSwitch(page: Page, dialog: Locator, name: string, on: boolean): Promise<void> {
  const box = dialog.getByRole('checkbox', { name });
  await box.focus();
  if ((await box.isChecked()) !== on) await page.keyboard.press('Space');
  await expect(box).toBeChecked({ checked: on });
}

/** Closes the settings with Esc; the title is drawn again when the look changed. */
async function closeSettings(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await waitForScene(page, 'title');
  // Focus back on Settings: in the title drawn again, when it was.
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeFocused();
}

/** Whether `locator` lies wholly on the 1280×720 screen and nothing in it spills sideways. */
async function expectFits(locator: Locator): Promise<void> {
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(-1);
  expect(box.y).toBeGreaterThanOrEqual(-1);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEW.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEW.height + 1);
  const spill = await locator.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(spill).toBeLessThanOrEqual(1);
}

const rootFontSize = (page: Page): Promise<number> =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

const buttonTransition = (page: Page): Promise<string> =>
  page.evaluate(
    () => getComputedStyle(document.querySelector('.title-menu .btn')!).transitionDuration,
  );

test('text size: the interface grows, and at the largest size still fits 1280×720', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  expect(await rootFontSize(page)).toBe(16);
  const playBefore = (await page.getByRole('button', { name: 'Play', exact: true }).boundingBox())!;

  let dialog = await openSettings(page);
  await choose(page, dialog, 'Text size', 'Large');
  expect(await rootFontSize(page)).toBeCloseTo(19.2, 1);
  await choose(page, dialog, 'Text size', 'Largest');
  expect(await rootFontSize(page)).toBeCloseTo(22.4, 1);
  await expectFits(dialog);
  await snap(page, 'access-largest-settings');
  await closeSettings(page, dialog);

  // The title's menu grew, and every part of the title is on screen.
  const play = page.getByRole('button', { name: 'Play', exact: true });
  expect((await play.boundingBox())!.height).toBeGreaterThan(playBefore.height);
  await expectFits(page.locator('.title-menu'));
  await expectFits(page.locator('.profile-corner'));
  await snap(page, 'access-largest-title');

  // Kept in the save, and there after a reload.
  await page.reload();
  await waitForScene(page, 'title');
  expect(await rootFontSize(page)).toBeCloseTo(22.4, 1);
  dialog = await openSettings(page);
  await expect(dialog.getByRole('radio', { name: 'Largest' })).toBeChecked();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await expectFits(page.locator('.select-screen header'));
  await expectFits(page.locator('.level-card').first());
  await snap(page, 'access-largest-select');

  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  const intro = page.getByRole('dialog', { name: 'A Rainy Morning' });
  await expectFits(intro);
  await snap(page, 'access-largest-intro');
  await page.keyboard.press('Enter');
  await takeUmbrella(page);
  // The HUD: one row, every pill on screen, none over another.
  const hud = page.locator('.hud');
  await expectFits(hud);
  const boxes = await hud.locator(':scope > *:not([hidden])').evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(6);
  for (const b of boxes) {
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThan(120);
    expect(b.right).toBeLessThanOrEqual(VIEW.width);
  }
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++) {
    expect(sorted[i]!.left).toBeGreaterThanOrEqual(sorted[i - 1]!.right - 1);
  }
  await snap(page, 'access-largest-play');

  await page.keyboard.press('Escape');
  const pause = page.getByRole('dialog', { name: 'Paused' });
  await expectFits(pause);
  await snap(page, 'access-largest-pause');
  await page.keyboard.press('Escape');
  await finishLevel1(page);
  await waitForScene(page, 'results');
  const card = page.getByRole('dialog', { name: 'Well done!' });
  await expectFits(card);
  // A tall card scrolls inside itself; its buttons can be reached.
  await card.getByRole('button', { name: 'All levels' }).scrollIntoViewIfNeeded();
  await expect(card.getByRole('button', { name: 'All levels' })).toBeInViewport();
  await snap(page, 'access-largest-results');
  await expectNoErrors(errors);
});

test('high contrast: every screen in dark on white, told by shapes as well as colours', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  // A player with three levels passed, so that passed, open and locked levels all show.
  await page.evaluate(
    (text) => localStorage.setItem('good-deeds:save', text),
    readFileSync('tests/fixtures/saves/v2-chapter-done.json', 'utf8'),
  );
  await page.reload();
  await waitForScene(page, 'title');
  const dialog = await openSettings(page);
  await setSwitch(page, dialog, 'High contrast', true);
  expect(await page.evaluate(() => document.documentElement.className)).toContain('high-contrast');
  const paper = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(paper).toBe('rgb(255, 255, 255)');
  await snap(page, 'access-contrast-settings');
  await closeSettings(page, dialog);

  // Buttons have a thick dark border; the focus ring is two rings, white inside black.
  const button = page.getByRole('button', { name: 'Settings', exact: true });
  await expect(button).toBeFocused();
  const look = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopWidth, color: s.borderTopColor, ring: s.boxShadow };
  });
  expect(look).toMatchObject({ border: '3px', color: 'rgb(0, 0, 0)' });
  // A ring 9 px wide round the button (drawn scaled while the button moves, so about 9).
  expect(Number(/([\d.]+)px$/.exec(look.ring)?.[1])).toBeGreaterThan(7);
  // The game's name in the high-contrast red, the tagline in black, both on a white edge.
  const words = await page.evaluate(() =>
    ['.title-name', '.title-tagline'].map((sel) => {
      const s = getComputedStyle(document.querySelector(sel)!);
      return [s.color, s.webkitTextStrokeColor, s.textShadow];
    }),
  );
  expect(words).toEqual([
    ['rgb(163, 22, 11)', 'rgb(255, 255, 255)', 'none'],
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'none'],
  ]);
  await snap(page, 'access-contrast-title');

  await page.locator('[data-profile-button]').click();
  await expect(page.getByRole('dialog', { name: "Who's playing?" })).toBeVisible();
  await snap(page, 'access-contrast-profiles');
  await page.getByRole('button', { name: 'New player' }).click();
  await snap(page, 'access-contrast-new-player');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Level select: a tick and "Passed" on passed levels, hollow stars, dashed locked cards.
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  const passed = page.locator('.level-card[data-level="02-across-the-street"]');
  await expect(passed.locator('.passed-mark')).toBeVisible();
  await expect(passed.locator('.passed-mark')).toHaveText('Passed');
  const hollow = await passed
    .locator('img.empty')
    .first()
    .evaluate((el) => getComputedStyle(el).content);
  expect(hollow).toContain('data:image/svg+xml');
  const locked = page.locator('.level-card[aria-disabled="true"]').first();
  expect(await locked.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
  await expect(
    page.locator('.level-card[data-level="04-the-busy-street"] .passed-mark'),
  ).toHaveCount(0);
  await snap(page, 'access-contrast-select');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');

  for (const [name, scene] of [
    ['Diary', 'diary'],
    ['Achievements', 'achievements'],
  ] as const) {
    await page.getByRole('button', { name }).click();
    await waitForScene(page, scene);
    await snap(page, `access-contrast-${scene}`);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'title');
  }

  // Play: the intro, the HUD and the map (stronger bubbles and outlines), the pause menu.
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await page.locator('.level-card[data-level="01-rainy-morning"]').click();
  await waitForScene(page, 'play');
  await snap(page, 'access-contrast-intro');
  await page.keyboard.press('Enter');
  await takeUmbrella(page);
  await snap(page, 'access-contrast-play');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await snap(page, 'access-contrast-pause');
  await page.keyboard.press('Escape');
  await finishLevel1(page);
  await waitForScene(page, 'results');
  await expect(page.getByRole('dialog', { name: 'Well done!' })).toBeVisible();
  await snap(page, 'access-contrast-results');

  // Time short: an hourglass and "Hurry!" as well as the colour (a level with 28 seconds).
  const short = readFileSync('levels/01-rainy-morning.json', 'utf8').replace(
    '"timeLimit": 180',
    '"timeLimit": 28',
  );
  await dropFile(page, 'short.json', short);
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  const low = page.locator('.hud-pill.low');
  await expect(low).toBeVisible();
  await expect(low.locator('.low-note')).toHaveText('Hurry!');
  await expect(low.locator('.low-note .atlas-icon')).toBeVisible();
  await snap(page, 'access-contrast-low-time');
  await expectNoErrors(errors);
});

/** Two pictures of the map, `ms` apart: whether anything on it moved. */
async function mapMoves(page: Page, ms = 600): Promise<boolean> {
  const clip = { x: 0, y: 130, width: VIEW.width, height: 580 };
  const a = await page.screenshot({ clip });
  await page.waitForTimeout(ms);
  const b = await page.screenshot({ clip });
  return !a.equals(b);
}

test('reduced motion: follows the device, or the player’s own choice, in the page and the game', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  // "Follow my device", and the device asks for less motion.
  expect(await page.evaluate(() => document.documentElement.className)).toContain('reduce-motion');
  expect(await buttonTransition(page)).toBe('0s');

  // Off: motion even though the device asks for less.
  let dialog = await openSettings(page);
  await expect(dialog.getByRole('radio', { name: 'Follow my device' })).toBeChecked();
  await choose(page, dialog, 'Reduce motion', 'Off');
  await closeSettings(page, dialog);
  let classes = await page.evaluate(() => document.documentElement.className);
  expect(classes).not.toContain('reduce-motion');
  expect(classes).toContain('full-motion');
  expect(await buttonTransition(page)).not.toBe('0s');

  // The device no longer asks; the player turns it on: the page keeps still, and so does the map.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  dialog = await openSettings(page);
  await choose(page, dialog, 'Reduce motion', 'On');
  await snap(page, 'access-motion-settings');
  await closeSettings(page, dialog);
  classes = await page.evaluate(() => document.documentElement.className);
  expect(classes).toContain('reduce-motion');
  expect(await buttonTransition(page)).toBe('0s');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await mapMoves(page)).toBe(false);
  await snap(page, 'access-motion-still');

  // Motion back on (following the device, which asks for none): bubbles bob again.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Back to levels' }).click();
  await waitForScene(page, 'select');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  dialog = await openSettings(page);
  await choose(page, dialog, 'Reduce motion', 'Follow my device');
  await closeSettings(page, dialog);
  expect(await page.evaluate(() => document.documentElement.className)).not.toContain(
    'reduce-motion',
  );
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await mapMoves(page)).toBe(true);
  await expectNoErrors(errors);
});

test('relaxed mode: no clock and no time limit, said on the results card; a class link wins', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  let dialog = await openSettings(page);
  await expect(dialog.getByRole('checkbox', { name: 'Relaxed mode (no timer)' })).not.toBeChecked();
  await setSwitch(page, dialog, 'Relaxed mode (no timer)', true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toContainText(
    'no time limit',
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-hud="time"]')).toHaveCount(0);
  await expect(page.locator('[data-hud="no-timer"]')).toHaveText('No timer');
  expect((await state(page)).timeLimitMs).toBeNull();
  await page.waitForTimeout(1500);
  expect(await state(page)).toMatchObject({ status: 'playing', timeLimitMs: null });
  await snap(page, 'access-relaxed-play');

  // Captions for sounds (on by default): picking up the umbrella says so.
  await takeUmbrella(page);
  await expect(page.locator('[data-sound-caption]')).toHaveText('♪ pop: picked up');
  await snap(page, 'access-sound-caption');
  await finishLevel1(page);
  await waitForScene(page, 'results');
  const card = page.getByRole('dialog', { name: 'Well done!' });
  const row = card.locator('tr[data-relaxed]');
  await expect(row).toContainText('Relaxed mode: no timer, so no time bonus');
  await expect(row.locator('td.pts')).toHaveText('—');
  await snap(page, 'access-relaxed-results');

  // Relaxed off, captions off: the clock counts down again, and sounds have no captions.
  await page.getByRole('button', { name: 'All levels' }).click();
  await waitForScene(page, 'select');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'title');
  dialog = await openSettings(page);
  await setSwitch(page, dialog, 'Relaxed mode (no timer)', false);
  await setSwitch(page, dialog, 'Captions for sounds', false);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await page.locator('.level-card[data-level="01-rainy-morning"]').click();
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-hud="time"]')).toHaveText(/^[23]:\d\d$/);
  expect((await state(page)).timeLimitMs).toBe(180_000);
  await takeUmbrella(page);
  await expect(page.locator('[data-sound-caption]')).toHaveCount(0);

  // A class link decides the timer: with the timer on, relaxed mode does not take it away.
  await page.evaluate(() => {
    const save = JSON.parse(localStorage.getItem('good-deeds:save')!) as {
      settings: Record<string, unknown>;
    };
    save.settings.relaxed = true;
    localStorage.setItem('good-deeds:save', JSON.stringify(save));
  });
  await page.goto('./?renderer=canvas&lang=en&class=1-2');
  await waitForScene(page, 'title');
  dialog = await openSettings(page);
  const relaxed = dialog.getByRole('checkbox', { name: 'Relaxed mode (no timer)' });
  await expect(relaxed).toBeDisabled();
  await expect(relaxed).not.toBeChecked();
  await expect(dialog).toContainText('Your class link sets the timer for now.');
  await snap(page, 'access-relaxed-class-link');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await page.locator('.level-card[data-level="01-rainy-morning"]').click();
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  expect((await state(page)).timeLimitMs).toBe(180_000);
  await expect(page.locator('[data-hud="time"]')).toBeVisible();
  await page.goto('./?renderer=canvas&lang=en&class=off');
  await waitForScene(page, 'title');
  await expectNoErrors(errors);
});
