// Saves that survive damage, storage that is off, two tabs at once; and a game that asks
// nothing of any other origin and runs under its Content-Security-Policy.
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-csp';
import { expectNoErrors, press, snap, waitForScene, watchErrors } from './game';

const MAIN = 'good-deeds:save';
const BACKUP = `${MAIN}:backup`;
const DAMAGED_1 = `${MAIN}:damaged:1`;
const JUNK = '{"version":1,"levels":{"01-rainy-morning":{"passed":tr';
const LEVEL_1_PASSED = JSON.stringify({
  version: 1,
  levels: {
    '01-rainy-morning': { passed: true, bestScore: 500, bestStars: 2, bestDeeds: 2, plays: 1 },
  },
  settings: { muted: false, lang: null },
});

/** Plays level 1 from the title to the results with the keyboard (the route of play-level-1). */
async function playLevel1(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).focus();
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft', 4);
  await press(page, 'ArrowUp', 2);
  await press(page, 'ArrowUp', 3);
  await press(page, 'ArrowRight', 9);
  await press(page, 'Space');
  await press(page, 'ArrowDown', 3);
  await press(page, 'ArrowUp', 2);
  await press(page, 'ArrowLeft', 10);
  await press(page, 'Space');
  await waitForScene(page, 'results');
  await expect(page.getByRole('dialog', { name: 'Well done!' })).toBeVisible();
}

/** Stores `items` in the game's localStorage and reloads, as if they were there at the start. */
async function startWith(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.evaluate((all) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, items);
  await page.reload();
  await waitForScene(page, 'title');
}

const stored = (page: Page, key: string): Promise<string | null> =>
  page.evaluate((k) => localStorage.getItem(k), key);

test('a damaged save is kept aside and reported on the title, and the game starts clean', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await startWith(page, { [MAIN]: JUNK });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be read, so it was kept aside');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  expect(await stored(page, DAMAGED_1)).toBe(JUNK);
  expect(await stored(page, MAIN)).toBeNull();
  await snap(page, 'notice-damaged-save');

  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await page.reload();
  await waitForScene(page, 'title');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await stored(page, DAMAGED_1)).toBe(JUNK);
  await expectNoErrors(errors);
});

test('a damaged main copy is restored from the backup, and the damaged one kept aside', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await startWith(page, { [MAIN]: JUNK, [BACKUP]: LEVEL_1_PASSED });
  await expect(page.getByRole('alert')).toContainText('the backup copy was used');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(await stored(page, DAMAGED_1)).toBe(JUNK);
  // The backup's progress, written back as the current save version (its diary page too).
  const main = JSON.parse((await stored(page, MAIN)) ?? 'null') as unknown;
  const backup = JSON.parse(LEVEL_1_PASSED) as { levels: object };
  expect(main).toMatchObject({ levels: backup.levels, diary: ['01-rainy-morning'] });
  await page.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(page, 'select');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('[data-level="02-across-the-street"]')).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectNoErrors(errors);
});

test('with storage blocked, the title says progress won’t be kept, and level 1 still plays', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user has blocked storage.', 'SecurityError');
      },
    });
  });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await expect(page.getByRole('alert')).toContainText("won't keep your progress");
  await snap(page, 'notice-no-storage');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft', 2);
  await expectNoErrors(errors);
});

test('the notice is in Chinese for a Chinese player', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user has blocked storage.', 'SecurityError');
      },
    });
  });
  await page.goto('./?renderer=canvas&lang=zh');
  await waitForScene(page, 'title');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法保存进度');
  await expect(alert.getByRole('button', { name: '知道了' })).toBeVisible();
});

test('two tabs at once: progress made in one is not lost when the other writes', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const errors = [...watchErrors(a), ...watchErrors(b)];
  await a.goto('./?renderer=canvas&lang=en');
  await waitForScene(a, 'title');
  await b.goto('./?renderer=canvas&lang=en');
  await waitForScene(b, 'title');

  // Tab A waits in the background, frozen as browsers freeze hidden tabs (and so leaves the
  // machine to tab B, whose key presses must not be missed), and misses the pass in tab B.
  const cdp = await context.newCDPSession(a);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await b.bringToFront();
  await playLevel1(b);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await a.bringToFront();
  // Turning the sound off in tab A writes its save.
  await a.keyboard.press('KeyM');
  await expect(a.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');

  const save = JSON.parse((await stored(a, MAIN))!) as {
    levels: Record<string, { passed: boolean }>;
    settings: { muted: boolean };
  };
  expect(save.levels['01-rainy-morning']?.passed).toBe(true);
  expect(save.settings.muted).toBe(true);
  // Tab A heard of the pass too: level 2 is open there without a reload.
  await a.getByRole('button', { name: 'Choose a level' }).click();
  await waitForScene(a, 'select');
  await expect(a.locator('[data-level="02-across-the-street"]')).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  expect(errors).toEqual([]);
});

test('a whole session asks nothing of any other origin and breaks no security policy', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (w) => requests.push(w.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(csp).toHaveAttribute('content', CONTENT_SECURITY_POLICY);

  await playLevel1(page);
  await page.getByRole('button', { name: 'All levels' }).click();
  await waitForScene(page, 'select');

  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(await violations()).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  const origin = new URL(page.url()).origin;
  const elsewhere = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  expect(elsewhere).toEqual([]);
  await expectNoErrors(errors);

  // The policy is in force: an inline script is refused, and reported. (Eval cannot be tried
  // from here: Playwright's own evaluation is exempt from the policy.)
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes";';
    document.head.append(script);
    return document.body.dataset.inlineRan === 'yes';
  });
  expect(inlineRan).toBe(false);
  await expect.poll(async () => (await violations()).join('\n')).toContain('script-src');
});

test('the WebGL renderer runs under the policy too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('./?renderer=webgl&lang=en');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await press(page, 'ArrowLeft', 2);
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations).toEqual([]);
  await expectNoErrors(errors);
});
