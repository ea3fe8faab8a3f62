// Faults the game must ride out: the tab hidden mid-level, the WebGL canvas lost and restored,
// sound files that fail to load or decode, a picture file that is missing, and level texts
// that look like HTML. Each is played as a person plays, with real keys.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickTile, dropFile, press, snap, state, waitForScene, type Snapshot } from './game';

const TICK_MS = 25;

/** Console errors and uncaught exceptions, except failed requests for `allowed` addresses. */
function watchErrors(page: Page, allowed: RegExp | null = null): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url;
    if (allowed && /Failed to load resource/.test(m.text()) && allowed.test(url)) return;
    errors.push(`${m.text()} (${url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Makes every request for `files` fail, as a network or a filter would; returns the console
 * errors and uncaught exceptions that follow (the failed requests themselves left out).
 */
async function refuse(page: Page, files: RegExp): Promise<string[]> {
  const errors = watchErrors(page, files);
  await page.route(files, (route) => route.abort('failed'));
  return errors;
}

function watchWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return warnings;
}

/**
 * Taps a map tile with the mouse and waits until `done` holds for the game's state. (Taps, not
 * arrow keys: on a machine busy with other work a key can stay down long enough to take two
 * steps; a tap always walks to its tile.)
 */
async function tapUntil(
  page: Page,
  x: number,
  y: number,
  done: (s: Snapshot) => boolean,
  timeout = 30_000,
): Promise<void> {
  const point = await page.evaluate(
    ([tx, ty]) => window.__goodDeeds!.tileToClient!(tx!, ty!),
    [x, y],
  );
  await page.mouse.click(point![0], point![1]);
  await expect.poll(async () => done(await state(page)), { timeout }).toBe(true);
}

const at = (x: number, y: number) => (s: Snapshot) =>
  s.player.x === x && s.player.y === y && !s.player.moving;
const carrying = (item: string) => (s: Snapshot) => s.player.carrying.includes(item);
const done = (deed: string) => (s: Snapshot) =>
  s.deeds.some((d) => d.id === deed && d.status === 'done');

/** Level 1 from the title: Start, then the umbrella to Grandma Wang (its first deed). */
async function playToFirstDeed(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).focus();
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.keyboard.press('Enter');
  await tapUntil(page, 4, 5, carrying('umbrella'));
  await tapUntil(page, 14, 2, done('umbrella-for-grandma'));
}

/** Makes the page hidden or visible again, as switching tabs does (`document.hidden`). */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (h ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

const audio = (page: Page) => page.evaluate(() => window.__goodDeeds!.audio!());

async function startLevel1(page: Page, query = 'renderer=canvas&lang=en'): Promise<void> {
  await page.goto(`./?${query}`);
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toHaveCount(0);
}

test.describe('a hidden tab', () => {
  test('stops the clock and the sound, and both come back with no time lost', async ({ page }) => {
    const errors = watchErrors(page);
    await startLevel1(page);
    await tapUntil(page, 6, 7, at(6, 7));
    await expect
      .poll(() => page.evaluate(() => window.__goodDeeds!.music.length))
      .toBeGreaterThan(0);
    expect(await audio(page)).toEqual({ muted: false, context: 'running' });

    // A window that only lost focus still shows the game: it plays on, with sound.
    const focusLostAt = (await state(page)).timeMs;
    await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
    await expect.poll(async () => (await state(page)).timeMs).toBeGreaterThan(focusLostAt + 200);
    expect(await audio(page)).toEqual({ muted: false, context: 'running' });

    await setHidden(page, true);
    const hiddenAt = await state(page);
    const clock = await page.locator('[data-hud="time"]').textContent();
    await expect.poll(() => audio(page)).toEqual({ muted: true, context: 'suspended' });
    // A hidden tab: over two seconds, not one step of play.
    await page.waitForTimeout(2200);
    const stillHidden = await state(page);
    expect(stillHidden.timeMs).toBe(hiddenAt.timeMs);
    expect(stillHidden.tick).toBe(hiddenAt.tick);
    expect(await page.locator('[data-hud="time"]').textContent()).toBe(clock);
    expect(await audio(page)).toEqual({ muted: true, context: 'suspended' });
    const musicStarts = await page.evaluate(() => window.__goodDeeds!.music.length);

    await setHidden(page, false);
    await expect.poll(() => audio(page)).toEqual({ muted: false, context: 'running' });
    const back = await state(page);
    // Play goes on from where it was: no jump to catch up the hidden seconds.
    expect(back.timeMs - hiddenAt.timeMs).toBeLessThan(500);
    await page.waitForTimeout(400);
    const later = await state(page);
    expect(later.timeMs).toBeGreaterThan(back.timeMs);
    expect(later.timeMs - hiddenAt.timeMs).toBeLessThan(1500);
    // The same music goes on (it was paused, not started again).
    expect(await page.evaluate(() => window.__goodDeeds!.music.length)).toBe(musicStarts);
    await tapUntil(page, 4, 5, carrying('umbrella'));
    expect(errors).toEqual([]);
  });

  test('keeps the pause panel open, and the player’s own mute', async ({ page }) => {
    const errors = watchErrors(page);
    await startLevel1(page);
    await tapUntil(page, 7, 7, at(7, 7));
    await page.keyboard.press('KeyM');
    await expect(page.getByRole('button', { name: 'Sound' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.keyboard.press('Escape');
    const panel = page.getByRole('dialog', { name: 'Paused' });
    await expect(panel).toBeVisible();
    const pausedAt = (await state(page)).timeMs;

    await setHidden(page, true);
    await expect.poll(() => audio(page)).toMatchObject({ muted: true, context: 'suspended' });
    await page.waitForTimeout(1000);
    await setHidden(page, false);
    await expect.poll(() => audio(page)).toMatchObject({ context: 'running' });
    // The player had turned sound off: it stays off.
    expect(await audio(page)).toMatchObject({ muted: true });
    await expect(panel).toBeVisible();
    await page.waitForTimeout(300);
    expect((await state(page)).timeMs).toBe(pausedAt);
    await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect.poll(async () => (await state(page)).timeMs).toBeGreaterThan(pausedAt);
    expect(errors).toEqual([]);
  });

  test('keeps a question open while away', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    // A small level: a child just below the start asks a question.
    const text = (en: string) => ({ en, zh: en });
    const level = {
      schemaVersion: 1,
      id: 'a-question',
      title: text('A Question'),
      intro: text('Xiao Hua has a question.'),
      map: { rows: ['.....', '.....', '.....'], legend: { '.': 'grass' } },
      start: { x: 2, y: 0 },
      people: [{ id: 'xiao-hua', sprite: 'girl', at: { x: 2, y: 1 }, name: text('Xiao Hua') }],
      deeds: [
        {
          id: 'sums',
          kind: 'teach',
          person: 'xiao-hua',
          need: text('Can you help me?'),
          thanks: text('Thank you!'),
          question: text('What is 2 + 3?'),
          options: [text('4'), text('5')],
          answer: 1,
        },
      ],
      timeLimit: 60,
      stars: [50, 100, 150],
    };
    await dropFile(page, 'a-question.json', JSON.stringify(level));
    await waitForScene(page, 'play');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'A Question' })).toHaveCount(0);
    await page.waitForTimeout(300);
    await press(page, 'Space');
    const question = page.getByRole('dialog', { name: 'What is 2 + 3?' });
    await expect(question).toBeVisible();
    const asked = await state(page);
    await setHidden(page, true);
    await page.waitForTimeout(1000);
    await setHidden(page, false);
    await expect(question).toBeVisible();
    expect((await state(page)).timeMs).toBe(asked.timeMs);
    await question.getByRole('button', { name: '5' }).click();
    await expect.poll(async () => (await state(page)).deeds[0]?.status).toBe('done');
    expect(errors).toEqual([]);
  });

  test('on the title, the music pauses and comes back', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    // The first key press lets sound play (browsers allow none before one).
    await page.keyboard.press('Shift');
    await expect.poll(() => page.evaluate(() => window.__goodDeeds!.music)).toContain('title');
    await expect.poll(() => audio(page)).toEqual({ muted: false, context: 'running' });
    await setHidden(page, true);
    await expect.poll(() => audio(page)).toEqual({ muted: true, context: 'suspended' });
    await setHidden(page, false);
    await expect.poll(() => audio(page)).toEqual({ muted: false, context: 'running' });
    expect(await page.evaluate(() => window.__goodDeeds!.music)).toEqual(['title']);
    expect(errors).toEqual([]);
  });
});

/** Reads the page's pixels from a screenshot: how many differ from `before`, and how varied. */
async function pixels(page: Page, png: Buffer, before: Buffer | null) {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string): Promise<ImageData> => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const now = await decode(a!);
      const then = b ? await decode(b) : null;
      const colours = new Set<number>();
      let differ = 0;
      const n = now.width * now.height;
      for (let i = 0; i < n; i += 7) {
        const o = i * 4;
        const [r, g, bl] = [now.data[o]!, now.data[o + 1]!, now.data[o + 2]!];
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (bl >> 3));
        if (then) {
          const d =
            Math.abs(r - then.data[o]!) +
            Math.abs(g - then.data[o + 1]!) +
            Math.abs(bl - then.data[o + 2]!);
          if (d > 60) differ++;
        }
      }
      return { colours: colours.size, differ: differ / Math.ceil(n / 7) };
    },
    [png.toString('base64'), before?.toString('base64') ?? null],
  );
}

test('a lost WebGL context is restored without losing the level', async ({ page }) => {
  // WebGL is drawn on the CPU here (SwiftShader): slow, more so on a busy machine.
  test.setTimeout(240_000);
  const slow = 90_000;
  const errors = watchErrors(page);
  const warnings = watchWarnings(page);
  await startLevel1(page, 'renderer=webgl&lang=en');
  expect(await page.evaluate(() => window.__goodDeeds?.renderer)).toBe('webgl');
  await tapUntil(page, 4, 5, carrying('umbrella'), slow);
  const canvas = page.locator('canvas');
  const shotBefore = await canvas.screenshot();
  const before = await state(page);
  expect(before.player.carrying).toEqual(['umbrella']);

  // Lose the context, as a driver reset or a busy GPU would; note the time at that moment.
  await page.evaluate(() => {
    const c = document.querySelector('canvas')!;
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl'))!;
    const w = window as unknown as Record<string, unknown>;
    w.__lose = gl.getExtension('WEBGL_lose_context');
    c.addEventListener('webglcontextlost', () => {
      w.__lostAt = window.__goodDeeds!.state()!.timeMs;
    });
    c.addEventListener('webglcontextrestored', () => {
      w.__restoredAt = window.__goodDeeds!.state()!.timeMs;
    });
    (w.__lose as WEBGL_lose_context).loseContext();
  });
  await page.waitForFunction(() => '__lostAt' in window);
  const lostAt = await page.evaluate(() => (window as unknown as { __lostAt: number }).__lostAt);
  expect(lostAt - before.timeMs).toBeLessThan(1000);
  await page.waitForTimeout(1500);
  const whileLost: Snapshot = await state(page);
  expect(whileLost.timeMs).toBe(lostAt);

  await page.evaluate(() =>
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
  );
  await page.waitForFunction(() => '__restoredAt' in window);
  const restoredAt = await page.evaluate(
    () => (window as unknown as { __restoredAt: number }).__restoredAt,
  );
  // Not a moment of play passed while the canvas was lost.
  expect(restoredAt - lostAt).toBeLessThanOrEqual(TICK_MS);
  const after = await state(page);
  expect(after.player).toMatchObject({ x: before.player.x, y: before.player.y });
  expect(after.player.carrying).toEqual(before.player.carrying);
  expect(after.deeds).toEqual(before.deeds);
  expect(after.timeLimitMs).toBe(before.timeLimitMs);

  // It draws again: the street, not a blank canvas, and much as it was before.
  await page.waitForTimeout(500);
  const shotAfter = await canvas.screenshot();
  await snap(page, 'webgl-restored');
  const seen = await pixels(page, shotAfter, shotBefore);
  expect(seen.colours).toBeGreaterThan(60);
  expect(seen.differ).toBeLessThan(0.1);

  // And play goes on.
  await tapUntil(page, 4, 2, at(4, 2), slow);
  expect((await state(page)).timeMs).toBeGreaterThan(restoredAt);
  expect(warnings.join('\n')).toContain('WebGL Context restored');
  expect(errors).toEqual([]);
});

test.describe('sound that fails', () => {
  test('sound and music requests refused: the game plays silently', async ({ page }) => {
    const refused = /\.(wav|mp3)(\?|$)/;
    const errors = watchErrors(page, refused);
    const warnings = watchWarnings(page);
    let asked = 0;
    await page.route(refused, (route) => {
      asked++;
      return route.abort('failed');
    });
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    await playToFirstDeed(page);
    expect(asked).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__goodDeeds!.sounds)).toEqual([]);
    expect(await page.evaluate(() => window.__goodDeeds!.music)).toEqual([]);
    expect(warnings.join('\n')).toMatch(/playing (silently|without music)/);
    expect(errors).toEqual([]);
  });

  test('sound files that are not sound (they cannot be decoded): the game plays silently', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const warnings = watchWarnings(page);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    await page.route(/\.(wav|mp3)(\?|$)/, (route) =>
      route.fulfill({
        status: 200,
        body: garbage,
        contentType: route.request().url().includes('.mp3') ? 'audio/mpeg' : 'audio/wav',
      }),
    );
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    await playToFirstDeed(page);
    expect(await page.evaluate(() => window.__goodDeeds!.sounds)).toEqual([]);
    expect(await page.evaluate(() => window.__goodDeeds!.music)).toEqual([]);
    expect(warnings.join('\n')).toMatch(/playing (silently|without music)/);
    expect(errors).toEqual([]);
  });
});

test.describe('pictures that are missing', () => {
  test('the art and the tiles refused: stand-ins, a notice on the title, and level 1 plays', async ({
    page,
  }) => {
    const refused = /\/(atlas|tiles)[^/]*\.png(\?|$)/;
    const errors = await refuse(page, refused);
    const warnings = watchWarnings(page);
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText("Some of the game's pictures could not be loaded");
    expect(warnings.join('\n')).toMatch(/the picture file \S*atlas\S*\.png could not be loaded/);
    expect(warnings.join('\n')).toMatch(/the picture file \S*tiles\S*\.png could not be loaded/);
    // One menu, shown (the one built ahead was built again: see the next test).
    await expect(page.locator('.title-menu')).toHaveCount(1);
    await expect(page.locator('.title-waiting')).toHaveCount(0);
    await snap(page, 'missing-art-title');
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
    await playToFirstDeed(page);
    await snap(page, 'missing-art-play');
    expect(errors).toEqual([]);
  });

  test("a player's chosen picture is a stand-in when the atlas is refused", async ({ page }) => {
    await page.addInitScript(() => {
      if (localStorage.getItem('good-deeds:profiles')) return;
      const player = { id: 'first', name: 'Mei', picture: 'cat', created: 0 };
      const index = { version: 1, profiles: [player], active: 'first' };
      localStorage.setItem('good-deeds:profiles', JSON.stringify(index));
    });
    await page.route(/\/atlas[^/]*\.png(\?|$)/, (route) => route.abort('failed'));
    await page.goto('./?renderer=canvas&lang=en');
    await waitForScene(page, 'title');
    await expect(page.getByRole('button', { name: "Who's playing? Now: Mei" })).toBeVisible();
    // The title's menu, built ahead with the atlas's cat, was built again with the stand-in.
    await expect(page.locator('.profile-corner .atlas-icon-missing')).toHaveCount(1);
    await expect(page.locator('.title-menu')).toHaveCount(1);
  });

  test('the notice is in Chinese for a Chinese player', async ({ page }) => {
    await page.route(/\/atlas[^/]*\.png(\?|$)/, (route) => route.abort('failed'));
    await page.goto('./?renderer=canvas&lang=zh');
    await waitForScene(page, 'title');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('有些图片没能载入');
    await expect(notice.getByRole('button', { name: '知道了' })).toBeVisible();
  });

  test('a picture a level asks for that the art lacks is drawn as a stand-in', async ({ page }) => {
    const errors = watchErrors(page);
    const warnings = watchWarnings(page);
    await page.goto('./?renderer=webgl&lang=en');
    await waitForScene(page, 'title');
    const text = readFileSync('levels/01-rainy-morning.json', 'utf8').replace(
      '"sprite": "old-woman"',
      '"sprite": "no-such-picture"',
    );
    await dropFile(page, 'my-level.json', text);
    await waitForScene(page, 'play');
    await page.keyboard.press('Enter');
    expect(warnings.join('\n')).toContain('there is no picture "no-such-picture"');
    // Grandma Wang stands where she did, as a "?" (see the screenshot).
    await snap(page, 'unknown-picture');
    await tapUntil(page, 7, 7, at(7, 7));
    expect(errors).toEqual([]);
  });
});

test('slow art: the loading bar comes after a moment, fills, and the title follows', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // The art arrives 3 s late (a slow school network).
  await page.route(/\/atlas-[^/]*\.png(\?|$)/, async (route) => {
    await new Promise((done) => setTimeout(done, 3000));
    await route.continue();
  });
  // Not waiting for the page's load event: it waits for the preloaded art.
  await page.goto('./?renderer=canvas&lang=en', { waitUntil: 'commit' });
  // The bar's red (#e4573d), counted on the canvas while the title has not come yet.
  const barPixels = (): Promise<number> =>
    page.evaluate(() => {
      if (window.__goodDeeds?.scene === 'title') return -1;
      const c = document.querySelector('canvas')!;
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const g = copy.getContext('2d')!;
      g.drawImage(c, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i]! - 228) + Math.abs(d[i + 1]! - 87) + Math.abs(d[i + 2]! - 61) < 30) n++;
      }
      return n;
    });
  await page.waitForFunction(() => document.querySelector('canvas') !== null);
  await expect.poll(barPixels, { timeout: 10_000 }).toBeGreaterThan(500);
  await waitForScene(page, 'title');
  expect(errors).toEqual([]);
});

test('the later screens refused: the title says so and stays; after a reload they play', async ({
  page,
}) => {
  const refused = /\/screens-[^/]*\.js(\?|$)/;
  const errors = await refuse(page, refused);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('This part of the game could not be loaded');
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: /^(Play|Continue)$/ })).toBeVisible();
  // The page's own report of the failure, nothing else.
  expect(errors.filter((e) => !/a screen could not be loaded/.test(e))).toEqual([]);
  await page.unroute(refused);
  await page.reload();
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await waitForScene(page, 'play');
});

test("the game itself refused: the page says so in the player's language, and Reload plays", async ({
  page,
}) => {
  // Phaser's chunk: fetched from the start, run once the title's fonts are asked for.
  const refused = /\/phaser-[^/]*\.js(\?|$)/;
  const errors = await refuse(page, refused);
  await page.goto('./?renderer=canvas&lang=zh');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('游戏没能载入');
  expect(errors.filter((e) => !/the game could not be loaded/.test(e))).toEqual([]);
  await expect(notice.getByRole('heading', { name: '好人好事' })).toBeVisible();
  await expect(notice.getByRole('button', { name: '刷新页面' })).toBeFocused();
  await page.unroute(refused);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'title');
  await expect(page.getByRole('button', { name: /^(开始|继续)$/ })).toBeVisible();
});

test('texts from a level are shown as text, never as HTML', async ({ page }) => {
  const errors = watchErrors(page);
  // Any element made from a level's text would be an <img> with src "x" or an onerror handler.
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { __made: string[] }).__made = made;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (el.getAttribute('src') === 'x' || el.hasAttribute('onerror')) {
              made.push(el.outerHTML);
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  const attack = '<img src=x onerror="window.__attacked=1">';
  const level = JSON.parse(readFileSync('levels/01-rainy-morning.json', 'utf8')) as {
    title: { en: string };
    intro: { en: string };
    people: { name: { en: string }; says?: { en: string } }[];
    deeds: { need: { en: string }; thanks: { en: string } }[];
    diary?: { quote: { en: string } };
  };
  level.title.en = `Rain ${attack}`;
  level.intro.en = `An intro ${attack}`;
  for (const p of level.people) p.name.en = `Gran <b>${attack}</b>`.slice(0, 40);
  for (const d of level.deeds) {
    d.need.en = `I need ${attack}`;
    d.thanks.en = `Thanks ${attack}`;
  }
  if (level.diary) level.diary.quote.en = `Quote ${attack}`;
  await dropFile(page, 'attack.json', JSON.stringify(level, null, 2));
  await waitForScene(page, 'play');
  const intro = page.getByRole('dialog', { name: `Rain ${attack}` });
  await expect(intro).toBeVisible();
  await expect(intro).toContainText(`An intro ${attack}`);
  await snap(page, 'level-text-as-text');
  await page.keyboard.press('Enter');
  // Grandma Wang (tapped) says what she needs; given her umbrella, she thanks the player: both
  // as plain text.
  await clickTile(page, 14, 2);
  await expect(page.getByText(`I need ${attack}`).first()).toBeVisible();
  await clickTile(page, 4, 5);
  expect((await state(page)).player.carrying).toEqual(['umbrella']);
  await clickTile(page, 14, 2);
  await expect(page.getByText(`Thanks ${attack}`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __made: string[] }).__made)).toEqual([]);
  expect(await page.evaluate(() => 'attacked' in window || '__attacked' in window)).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(errors).toEqual([]);
});
