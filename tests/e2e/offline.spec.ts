// Offline play: the installed web app (manifest, service worker) plays after one visit with the
// network off, and the single-file build plays when opened from a USB stick (file://).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CJK_FONT_CACHE, CJK_FONT_FILE } from '../../src/platform/offline';
import { expectNoErrors, press, snap, state, waitForScene, watchErrors } from './game';

/** The ids of the level files, as the game's level chunks are named. */
function levelIds(): string[] {
  return readdirSync('levels')
    .filter((f) => f.endsWith('.json') && f !== 'campaign.json' && !f.endsWith('.schema.json'))
    .map((f) => f.replace(/\.json$/, ''));
}

function musicFiles(): string[] {
  return existsSync('assets/music')
    ? readdirSync('assets/music').filter((f) => f.endsWith('.mp3'))
    : [];
}

/** A request the test makes on purpose to prove that the network is off. */
const PROBE = '__offline_probe__';

/** Every request of the page or its worker that failed or was answered with an error. */
function watchFailures(context: BrowserContext): string[] {
  const failures: string[] = [];
  context.on('requestfailed', (r) => {
    if (!r.url().includes(PROBE)) failures.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return failures;
}

/** Records the Content-Security-Policy violations of every document the page loads. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/**
 * Waits until the worker is active (so its precache is complete: it activates only after every
 * file is stored), controls the page, and holds every Chinese font subset the page has loaded.
 */
async function waitUntilKept(page: Page): Promise<{ precached: string[]; fonts: number }> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const count = (): Promise<{ precached: string[]; fonts: number; fontsLoaded: number }> =>
    page.evaluate(
      async ([cacheName, pattern]) => {
        const file = new RegExp(pattern);
        const names = await caches.keys();
        const precache = names.find((n) => n.startsWith('workbox-precache'));
        const precached = precache
          ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname)
          : [];
        const fonts = (await (await caches.open(cacheName)).keys()).length;
        const fontsLoaded = new Set(
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((u) => file.test(new URL(u).pathname)),
        ).size;
        return { precached, fonts, fontsLoaded };
      },
      [CJK_FONT_CACHE, CJK_FONT_FILE.source] as const,
    );
  await expect
    .poll(async () => {
      const c = await count();
      return c.fonts >= c.fontsLoaded;
    })
    .toBe(true);
  return count();
}

/** Turns the network off, after checking that the visit so far logged no error. */
async function goOffline(page: Page, errors: string[]): Promise<void> {
  await expectNoErrors(errors);
  await page.context().setOffline(true);
  // The network is really off, for the page and for its worker (which would otherwise fetch
  // what it has not kept).
  const probe = (url: string): Promise<string> =>
    page.evaluate(
      (u) =>
        fetch(u, { cache: 'no-store' }).then(
          () => 'online',
          () => 'offline',
        ),
      url,
    );
  expect(await probe(`./${PROBE}.txt`)).toBe('offline');
  expect(await probe(`./assets/${PROBE}.png`)).toBe('offline');
  // The browser logs each refused probe as an error.
  await expect.poll(() => errors.length).toBe(2);
  errors.length = 0;
}

test.describe('installed web app', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a reload with the network off still plays level 1', async ({
    page,
    context,
  }) => {
    const errors = watchErrors(page);
    const failures = watchFailures(context);
    await watchViolations(page);
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');

    // Installable: the manifest parses with nothing missing, and Chromium finds nothing that
    // stops installing (checked once the worker controls the page).
    const cdp = await context.newCDPSession(page);
    const appManifest = await cdp.send('Page.getAppManifest', {});
    expect(appManifest.errors).toEqual([]);
    const manifest = (await (await page.request.get(appManifest.url)).json()) as {
      icons: { sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Good Deeds · 好人好事',
      short_name: 'Good Deeds',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#f6efe2',
      background_color: '#f6efe2',
    });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    const kept = await waitUntilKept(page);
    // Every file a level needs, whichever level: the code (each level's own chunk too), the
    // art, the sounds, the music and the Latin font.
    const howMany = (pattern: RegExp): number =>
      kept.precached.filter((p) => pattern.test(p)).length;
    expect(kept.precached).toContain('/index.html');
    for (const id of levelIds()) expect(howMany(new RegExp(`/assets/${id}-[\\w-]+\\.js$`))).toBe(1);
    for (const name of ['phaser', 'index', 'atlas', 'tiles', 'sfx']) {
      expect(howMany(new RegExp(`/assets/${name}-[\\w-]+\\.(js|css|png|wav)$`))).toBeGreaterThan(0);
    }
    expect(howMany(/\/assets\/index-[\w-]+\.css$/)).toBe(1);
    expect(howMany(/\/assets\/nunito-latin-\d+-normal-[\w-]+\.woff2$/)).toBe(3);
    expect(howMany(/\.mp3$/)).toBe(musicFiles().length);
    // The Chinese font cut to the game's own texts, not the whole font's ~200 files.
    expect(howMany(/\/cut-noto-sans-sc-[\w-]+\.woff2$/)).toBeGreaterThan(20);
    expect(howMany(/\/cut-noto-sans-sc-[\w-]+\.woff2$/)).toBeLessThan(150);
    // The title's 好人好事 and 中文, in faces of their own (two weights) inside the CSS.
    expect(howMany(/\/early-noto-sans-sc-[\w-]+\.woff2$/)).toBe(0);
    const inlineFaces = await page.evaluate(
      () =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (r) =>
              r instanceof CSSFontFaceRule &&
              r.style.getPropertyValue('src').includes('data:font/woff2'),
          ).length,
    );
    expect(inlineFaces).toBeGreaterThanOrEqual(2);
    expect(howMany(/\/noto-sans-sc-[\w-]+\.woff2$/)).toBe(0);
    expect(howMany(/\.woff$/)).toBe(0);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are incognito windows, which never install: that is the browser's.
    const appErrors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
    expect(appErrors.map((e) => e.errorId)).toEqual([]);

    // Registering the worker and reading the manifest break no rule of the policy.
    expect(await violations(page)).toEqual([]);

    await goOffline(page, errors);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !/^(data|blob):/.test(r.url())) fromNetwork.push(r.url());
    });
    await page.reload();
    await waitForScene(page, 'title');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'play');
    await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await press(page, 'ArrowLeft', 4);
    await press(page, 'ArrowUp', 2);
    expect((await state(page)).player.carrying).toEqual(['umbrella']);
    await snap(page, 'offline-play');

    expect(fromNetwork).toEqual([]);
    expect(failures).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await expectNoErrors(errors);
  });

  test("in Chinese too, and a character outside the game's texts is kept once seen", async ({
    page,
    context,
  }) => {
    const errors = watchErrors(page);
    const failures = watchFailures(context);
    await page.goto('./?renderer=canvas&lang=zh');
    await waitForScene(page, 'title');
    const precached = (await waitUntilKept(page)).precached;
    // A rare character (as in a player's name) outside the cut font: the game declares the
    // whole font, fetches that character's slice, and the worker keeps it once seen.
    const RARE = '龘';
    const rareFiles = await page.evaluate(async (text) => {
      const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
      await window.__goodDeeds!.loadFontsFor!(text);
      return performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => !before.has(new URL(p, location.href).href) && p.includes('noto-sans-sc'));
    }, RARE);
    expect(rareFiles.length).toBe(1);
    expect(precached, 'pick a rarer character for this test').not.toContain(rareFiles[0]);
    await waitUntilKept(page);

    await goOffline(page, errors);
    await page.reload();
    await waitForScene(page, 'title');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'play');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await press(page, 'ArrowLeft', 2);
    await snap(page, 'offline-play-zh');
    const faces = await page.evaluate(async (text) => {
      await document.fonts.load('400 24px "Noto Sans SC"', text);
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.family.includes('Noto Sans SC') && f.status !== 'unloaded')
        .map((f) => f.status);
    }, RARE);
    expect(faces.length).toBeGreaterThan(10);
    expect(faces.filter((s) => s !== 'loaded')).toEqual([]);
    expect(failures).toEqual([]);
    await expectNoErrors(errors);
  });
});

test.describe('single-file build', () => {
  // Built here with the test hook (`--mode test`); `npm run build:single` makes the real one.
  const outDir = resolve('test-results/dist-single-test');

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    mkdirSync(outDir, { recursive: true });
    await build({
      configFile: resolve('vite.single.config.ts'),
      mode: 'test',
      logLevel: 'warn',
      // Quiet: no report of slow plugins in the test's output.
      build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  });

  /** Opens the file as from a USB stick, counting policy violations and every request. */
  async function open(page: Page, lang: string): Promise<{ requests: string[]; url: URL }> {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await watchViolations(page);
    const url = pathToFileURL(resolve(outDir, 'index.html'));
    url.search = `?renderer=canvas&lang=${lang}`;
    await page.goto(url.href);
    await waitForScene(page, 'title');
    return { requests, url };
  }

  test('plays when opened from file://, asking nothing of any server or folder', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const { requests, url } = await open(page, 'en');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'play');
    await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const before = (await state(page)).player;
    await press(page, 'ArrowLeft');
    const after = (await state(page)).player;
    expect([after.x, after.y]).toEqual([before.x - 1, before.y]);
    await snap(page, 'single-file');

    // One file: nothing else is fetched, not even from its own folder, and its policy (only
    // its own inlined script and style, only data: and blob: URLs) is never broken.
    const path = (u: string): string => u.split('?')[0]!;
    const elsewhere = requests.filter((u) => path(u) !== path(url.href));
    expect(elsewhere.filter((u) => !/^(data|blob):/.test(u))).toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /^default-src 'none'; script-src 'sha256-/,
    );
    expect(await violations(page)).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await expectNoErrors(errors);
  });

  test('its Chinese font is inside it too', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, 'zh');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'play');
    await expect(page.getByRole('dialog')).toBeVisible();
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.family.includes('Noto Sans SC') && f.status !== 'unloaded')
        .map((f) => f.status);
    });
    expect(faces.length).toBeGreaterThan(10);
    expect(faces.filter((s) => s !== 'loaded')).toEqual([]);
    await snap(page, 'single-file-zh');
    expect(await violations(page)).toEqual([]);
    await expectNoErrors(errors);
  });
});
