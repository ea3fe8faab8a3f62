// Settings from the title with the keyboard: music and effects volumes, kept over a reload; the
// chapter's theme starts with a level, music is fetched only when it plays, and M mutes it.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, snap, waitForScene, watchErrors } from './game';

const musicStarted = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window.__goodDeeds?.music ?? [])]);

/** Whether any music (an .mp3 Howl) is sounding now. */
const musicPlaying = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const howler = (window as unknown as { Howler?: { _howls: HowlLike[] } }).Howler;
    interface HowlLike {
      _src: string | string[];
      playing(): boolean;
    }
    return (howler?._howls ?? []).some((h) => String(h._src).includes('.mp3') && h.playing());
  });

/** Tabs through the title menu to the button called `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 15; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('settings open from the title by keyboard, change both volumes, and keep them', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const mp3Requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.mp3')) mp3Requests.push(r.url());
  });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  // Nothing is fetched or played before the first gesture.
  expect(mp3Requests).toEqual([]);
  const html = await (await page.request.get('./')).text();
  expect(html).not.toContain('.mp3');

  await tabTo(page, 'Settings');
  const opener = page.getByRole('button', { name: 'Settings', exact: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  const music = dialog.getByRole('slider', { name: 'Music volume' });
  const effects = dialog.getByRole('slider', { name: 'Effects volume' });
  await expect(music).toBeFocused();
  await expect(music).toHaveAttribute('aria-valuetext', '60%');
  await expect(effects).toHaveAttribute('aria-valuetext', '80%');

  // The first key press unlocked sound: the title theme starts (and only now is it fetched).
  await expect.poll(() => musicStarted(page)).toEqual(['title']);
  expect(mp3Requests).toHaveLength(1);
  expect(mp3Requests[0]).toMatch(/title[^/]*\.mp3$/);

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(music).toHaveAttribute('aria-valuetext', '50%');
  await expect(dialog.getByText('50%')).toBeVisible();
  await snap(page, 'settings');

  // Tab goes to the next slider, and round the dialogue from its last control to its first.
  await page.keyboard.press('Tab');
  await expect(effects).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(effects).toHaveAttribute('aria-valuetext', '90%');
  // Then the other settings (captions first, in the same group); from Done, round to the start.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: 'Captions for sounds' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(music).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(music).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.reload();
  await waitForScene(page, 'title');
  const saved = await page.evaluate(() => localStorage.getItem('good-deeds:save'));
  expect(JSON.parse(saved!)).toMatchObject({ settings: { musicVolume: 0.5, sfxVolume: 0.9 } });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Music volume' })).toHaveAttribute(
    'aria-valuetext',
    '50%',
  );
  await expect(page.getByRole('slider', { name: 'Effects volume' })).toHaveAttribute(
    'aria-valuetext',
    '90%',
  );
  await page.getByRole('button', { name: 'Done' }).click();
  await expectNoErrors(errors);
});

test('a level starts its chapter’s theme, and M mutes the music too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect.poll(() => musicStarted(page)).toContain('first-steps');
  await expect.poll(() => musicPlaying(page)).toBe(true);

  await page.keyboard.press('Enter');
  await page.keyboard.press('KeyM');
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect.poll(() => musicPlaying(page)).toBe(false);
  const before = (await musicStarted(page)).length;

  await page.keyboard.press('KeyM');
  await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await musicStarted(page)).slice(before)).toEqual(['first-steps']);
  await expect.poll(() => musicPlaying(page)).toBe(true);
  await expectNoErrors(errors);
});

test('music that cannot be loaded leaves the game playing, with one warning', async ({ page }) => {
  const errors = watchErrors(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('music')) warnings.push(m.text());
  });
  await page.route('**/*.mp3', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/mpeg', body: 'not audio' }),
  );
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect.poll(() => warnings.length).toBe(1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.__goodDeeds?.state()?.player.x)).toBe(7);
  expect(await musicStarted(page)).toEqual([]);
  expect(await page.evaluate(() => window.__goodDeeds?.sounds ?? [])).toContain('click');
  await page.waitForTimeout(500);
  expect(warnings).toHaveLength(1);
  await expectNoErrors(errors);
});
