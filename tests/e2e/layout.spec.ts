// Every screen from a 320 px phone held upright to a 1920×1080 projector: title → level select →
// level 1 → pause → results on each, looked at (screenshots) and measured: nothing runs off the
// screen, no sideways scroll, readable text and tiles, and a tapped tile is walked to. Then a
// level played through resizes, rotations and full screen, with the game unchanged by them.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type en from '../../src/ui/locales/en.json';
import { expectNoErrors, press, snap, state, waitForScene, waitIdle, watchErrors } from './game';

interface Screen {
  name: string;
  width: number;
  height: number;
  /** A phone or tablet: touch, the on-screen pad, a dense screen. */
  touch: boolean;
  lang: 'en' | 'zh';
}

const SCREENS: Screen[] = [
  { name: 'phone-320x568', width: 320, height: 568, touch: true, lang: 'en' },
  { name: 'phone-360x740', width: 360, height: 740, touch: true, lang: 'zh' },
  { name: 'phone-568x320', width: 568, height: 320, touch: true, lang: 'en' },
  { name: 'phone-740x360', width: 740, height: 360, touch: true, lang: 'zh' },
  { name: 'tablet-768x1024', width: 768, height: 1024, touch: true, lang: 'en' },
  { name: 'laptop-1280x720', width: 1280, height: 720, touch: false, lang: 'en' },
  { name: 'laptop-1366x768', width: 1366, height: 768, touch: false, lang: 'zh' },
  { name: 'projector-1920x1080', width: 1920, height: 1080, touch: false, lang: 'en' },
];

// The words on the buttons, from the game's own translations.
const words = (l: typeof en) => ({
  levels: l.title.levels,
  start: l.intro.start,
  pause: l.hud.pause,
  paused: l.pause.heading,
  resume: l.pause.resume,
  restart: l.pause.restart,
  fullscreen: l.layout.fullscreen,
  allLevels: l.results.levels,
  settings: l.settings.open,
  settingsDone: l.settings.close,
  diary: l.title.diary,
  diaryBack: l.diary.back,
  achievements: l.title.achievements,
  achievementsBack: l.achievements.back,
});
const locale = (lang: string): typeof en =>
  JSON.parse(readFileSync(`src/ui/locales/${lang}.json`, 'utf8')) as typeof en;
const WORDS = { en: words(locale('en')), zh: words(locale('zh')) };

/** The smallest size a map tile may have on screen, CSS pixels. */
const MIN_TILE = 28;

/**
 * What must hold on every screen: no sideways scroll (page or panel), every visible control
 * inside the screen (or reachable by scrolling the panel it sits in), and no tiny text.
 */
async function checkFits(page: Page, where: string): Promise<void> {
  const report = await page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.documentElement;
    if (root.scrollWidth > vw) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${vw}`);
    if (root.scrollHeight > vh) problems.push(`page scrolls down: ${root.scrollHeight} > ${vh}`);
    const ui = document.getElementById('ui')!;
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
    };
    const scrollsY = (el: Element): boolean => {
      const o = getComputedStyle(el).overflowY;
      return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight;
    };
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of ui.querySelectorAll('*')) {
      const o = getComputedStyle(el).overflowX;
      if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const controls = [...ui.querySelectorAll('button, a[href], input, select, [role="button"]')];
    let checked = 0;
    for (const el of controls) {
      if (!visible(el)) continue;
      checked++;
      let r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > vw + 0.5)
        problems.push(`${name(el)} runs off sideways: ${r.left}..${r.right} of ${vw}`);
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)}: its words overflow it (${el.scrollWidth} > ${el.clientWidth})`);
      if (r.top < -0.5 || r.bottom > vh + 0.5) {
        // Fine inside a panel that scrolls: scroll the panel (only) and look again.
        let panel = el.parentElement;
        while (panel && !scrollsY(panel)) panel = panel.parentElement;
        if (!panel) {
          problems.push(`${name(el)} is cut off: ${r.top}..${r.bottom} of ${vh}`);
          continue;
        }
        const before = panel.scrollTop;
        const p = panel.getBoundingClientRect();
        panel.scrollTop += r.top < p.top ? r.top - p.top - 8 : r.bottom - p.bottom + 8;
        r = el.getBoundingClientRect();
        if (r.top < -0.5 || r.bottom > vh + 0.5)
          problems.push(`${name(el)} is out of reach: ${r.top}..${r.bottom} of ${vh}`);
        panel.scrollTop = before;
      }
    }
    // Text: at least 12 CSS pixels as drawn (the UI layer may be zoomed on a big screen).
    const zoom = Number(getComputedStyle(ui).zoom) || 1;
    for (const el of ui.querySelectorAll('*')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own || !visible(el) || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (px < 12) problems.push(`${name(el)} text is ${px.toFixed(1)}px`);
    }
    return { problems, checked, scroll: [root.scrollLeft, root.scrollTop] };
  });
  expect(report.problems, `${where}:\n${report.problems.join('\n')}`).toEqual([]);
  expect(report.scroll, `${where}: the page itself was scrolled`).toEqual([0, 0]);
}

/** The canvas covers the whole window, drawn at the device's pixel density (up to 2). */
async function checkCanvas(page: Page, where: string): Promise<void> {
  const c = await page.evaluate(() => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    return {
      rect: [r.left, r.top, r.width, r.height],
      pixels: [canvas.width, canvas.height],
      view: [window.innerWidth, window.innerHeight],
      dpr: window.devicePixelRatio,
    };
  });
  const [left, top, width, height] = c.rect;
  const [vw, vh] = c.view;
  expect(
    Math.abs(left!) + Math.abs(top!),
    `${where}: canvas at ${c.rect.join(',')}`,
  ).toBeLessThanOrEqual(1);
  expect(Math.abs(width! - vw!), `${where}: canvas ${width} wide in ${vw}`).toBeLessThanOrEqual(1);
  expect(Math.abs(height! - vh!), `${where}: canvas ${height} high in ${vh}`).toBeLessThanOrEqual(
    1,
  );
  const density = c.pixels[0]! / width!;
  expect(density, `${where}: ${c.pixels.join('×')} canvas pixels`).toBeCloseTo(
    Math.min(2, c.dpr),
    1,
  );
}

interface MapCheck {
  tile: number;
  /** Tiles whose centres are on screen. */
  shown: number;
}

/**
 * The map: tiles at least MIN_TILE on screen, none under the HUD or the touch pad, and the
 * player in view.
 */
async function checkMap(page: Page, where: string): Promise<MapCheck> {
  const m = await page.evaluate(() => {
    const hook = window.__goodDeeds!;
    const s = hook.state()!;
    const boxes = [...document.querySelectorAll('.hud, .touch-pad, .pad-help')].map((el) =>
      el.getBoundingClientRect(),
    );
    const hud = document.querySelector('.hud')!;
    // The HUD's own box spans the width; what covers the map is its pills and buttons.
    const covers = [
      ...[...hud.children].map((el) => el.getBoundingClientRect()),
      ...boxes.slice(1),
    ].filter((r) => r.width > 0);
    const p = s.player;
    const at = hook.tileToClient!(p.x, p.y);
    const beside =
      hook.tileToClient!(p.x + 1, p.y) ??
      hook.tileToClient!(p.x - 1, p.y) ??
      hook.tileToClient!(p.x, p.y - 1);
    const tile = at && beside ? Math.hypot(beside[0] - at[0], beside[1] - at[1]) : 0;
    const under: string[] = [];
    let shown = 0;
    for (let y = 0; y < 12; y++) {
      for (let x = 0; x < 22; x++) {
        const c = hook.tileToClient!(x, y);
        if (!c) continue;
        shown++;
        for (const r of covers)
          if (c[0] > r.left && c[0] < r.right && c[1] > r.top && c[1] < r.bottom)
            under.push(`${x},${y}`);
      }
    }
    return {
      at,
      tile,
      shown,
      under,
      view: [window.innerWidth, window.innerHeight],
    };
  });
  expect(m.at, `${where}: the player is off screen`).not.toBeNull();
  const [px, py] = m.at!;
  expect(px, `${where}: player x`).toBeGreaterThan(0);
  expect(px, `${where}: player x`).toBeLessThan(m.view[0]!);
  expect(py, `${where}: player y`).toBeGreaterThan(0);
  expect(py, `${where}: player y`).toBeLessThan(m.view[1]!);
  expect(m.tile, `${where}: tiles are ${m.tile.toFixed(1)} px`).toBeGreaterThanOrEqual(
    MIN_TILE - 0.5,
  );
  expect(m.under, `${where}: tiles under the HUD or pad`).toEqual([]);
  return { tile: m.tile, shown: m.shown };
}

/** Taps (touch) or clicks a map tile. */
async function tapTile(page: Page, touch: boolean, x: number, y: number): Promise<void> {
  const point = await page.evaluate(
    ([tx, ty]) => window.__goodDeeds?.tileToClient?.(tx!, ty!),
    [x, y],
  );
  expect(point, `tile ${x},${y} is on screen`).toBeTruthy();
  if (touch) await page.touchscreen.tap(point![0], point![1]);
  else await page.mouse.click(point![0], point![1]);
}

async function tapButton(page: Page, touch: boolean, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  if (touch) await button.tap();
  else await button.click();
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.touch,
      isMobile: screen.touch,
      deviceScaleFactor: screen.touch ? 2 : 1,
    });

    test(`${screen.name}: title, level select, level 1, pause and results fit and play`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      const errors = watchErrors(page);
      const words = WORDS[screen.lang];
      const shot = (step: string): Promise<void> => snap(page, `layout-${screen.name}-${step}`);
      await page.goto(`./?renderer=canvas&lang=${screen.lang}`);
      await waitForScene(page, 'title');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      await checkCanvas(page, 'title');
      await checkFits(page, 'title');
      // The game's name is drawn on the canvas clear of the menu.
      await shot('1-title');

      // The settings, the diary and the achievements on this screen too.
      await tapButton(page, screen.touch, words.settings);
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkFits(page, 'settings');
      await shot('1b-settings');
      await tapButton(page, screen.touch, words.settingsDone);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await tapButton(page, screen.touch, words.diary);
      await waitForScene(page, 'diary');
      await checkFits(page, 'diary');
      await shot('1c-diary');
      await tapButton(page, screen.touch, words.diaryBack);
      await waitForScene(page, 'title');
      await tapButton(page, screen.touch, words.achievements);
      await waitForScene(page, 'achievements');
      await checkFits(page, 'achievements');
      await shot('1d-achievements');
      await tapButton(page, screen.touch, words.achievementsBack);
      await waitForScene(page, 'title');

      await tapButton(page, screen.touch, words.levels);
      await waitForScene(page, 'select');
      await checkFits(page, 'level select');
      await shot('2-select');

      const card = page.locator('[data-level="01-rainy-morning"]');
      if (screen.touch) await card.tap();
      else await card.click();
      await waitForScene(page, 'play');
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkFits(page, 'intro');
      await shot('3-intro');
      await tapButton(page, screen.touch, words.start);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      if (screen.touch) await expect(page.locator('.touch-pad')).toBeVisible();
      await page.waitForTimeout(300);
      await checkFits(page, 'play');
      const map = await checkMap(page, 'play');
      await shot('4-play');

      // A tap on a tile two left and one up walks there (through the camera, zoomed or not).
      const from = (await state(page)).player;
      await tapTile(page, screen.touch, from.x - 2, from.y - 1);
      await page.waitForTimeout(100);
      await waitIdle(page);
      expect((await state(page)).player).toMatchObject({ x: from.x - 2, y: from.y - 1 });
      await checkMap(page, 'after walking');

      await tapButton(page, screen.touch, words.pause);
      await expect(page.getByRole('dialog', { name: words.paused })).toBeVisible();
      await checkFits(page, 'pause');
      await shot('5-pause');

      // Restart and let the solver play to the results (fast), to see the results card.
      await tapButton(page, screen.touch, words.restart);
      // The level starts again (tick 0) behind its intro card.
      await page.waitForFunction(() => window.__goodDeeds?.state()?.tick === 0);
      await expect(page.getByRole('dialog', { name: words.paused })).toHaveCount(0);
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await page.evaluate(() => window.__goodDeeds?.autoplay?.())).toBe(true);
      await tapButton(page, screen.touch, words.start);
      await waitForScene(page, 'results');
      await page.waitForTimeout(400);
      await checkFits(page, 'results');
      await shot('6-results');
      await expect(page.getByRole('button', { name: words.allLevels })).toBeVisible();
      console.info(`${screen.name}: tile ${map.tile.toFixed(1)} px, ${map.shown} tiles shown`);
      await expectNoErrors(errors);
    });
  });
}

/** What the game is, apart from its view: it must not change because the screen did. */
async function game(page: Page): Promise<{
  tick: number;
  timeMs: number;
  player: { x: number; y: number; carrying: string[] };
  deeds: string[];
  hudTime: string;
}> {
  const s = await state(page);
  return {
    tick: s.tick,
    timeMs: s.timeMs,
    player: { x: s.player.x, y: s.player.y, carrying: s.player.carrying },
    deeds: s.deeds.map((d) => `${d.id}:${d.status}`),
    hudTime: (await page.locator('[data-hud="time"]').textContent()) ?? '',
  };
}

/** An open dialogue sits in the middle of the screen, wholly on it. */
async function checkCentred(page: Page, where: string): Promise<void> {
  const r = await page.evaluate(() => {
    const card = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
    return { card: card.toJSON() as DOMRect, vw: window.innerWidth, vh: window.innerHeight };
  });
  expect(r.card.left, `${where}: dialog left`).toBeGreaterThanOrEqual(0);
  expect(r.card.top, `${where}: dialog top`).toBeGreaterThanOrEqual(0);
  expect(r.card.right, `${where}: dialog right`).toBeLessThanOrEqual(r.vw);
  expect(r.card.bottom, `${where}: dialog bottom`).toBeLessThanOrEqual(r.vh);
  expect(Math.abs(r.card.left + r.card.right - r.vw), `${where}: centred across`).toBeLessThan(3);
  expect(Math.abs(r.card.top + r.card.bottom - r.vh), `${where}: centred down`).toBeLessThan(3);
}

test('resizing, rotating and full screen mid-level leave the game as it was', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  const shot = (step: string): Promise<void> => snap(page, `layout-resize-${step}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // 1280×720 → 360×740 while walking: a long walk across the path, resized half-way.
  const start = (await state(page)).player;
  expect(start).toMatchObject({ x: 8, y: 7 });
  await tapTile(page, false, 16, 7);
  await page.waitForFunction(() => {
    const p = window.__goodDeeds?.state()?.player;
    return !!p && p.x >= 10;
  });
  const walking = await state(page);
  expect(walking.player.moving).toBe(true);
  await page.setViewportSize({ width: 360, height: 740 });
  await waitIdle(page);
  const afterWalk = await state(page);
  expect(afterWalk.player).toMatchObject({ x: 16, y: 7 });
  expect(afterWalk.deeds.every((d) => d.status !== 'done')).toBe(true);
  await checkCanvas(page, '360×740');
  await checkMap(page, '360×740');
  await checkFits(page, '360×740');
  await shot('1-portrait');
  // The arrow keys and a tap still work on the new screen.
  await press(page, 'ArrowLeft');
  expect((await state(page)).player).toMatchObject({ x: 15, y: 7 });
  await tapTile(page, false, 14, 7);
  await page.waitForTimeout(100);
  await waitIdle(page);
  expect((await state(page)).player).toMatchObject({ x: 14, y: 7 });

  // 360×740 → 740×360 with the pause dialogue open: nothing moves, the dialogue stays centred.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  const paused = await game(page);
  await page.setViewportSize({ width: 740, height: 360 });
  await page.waitForTimeout(400);
  expect(await game(page)).toEqual(paused);
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await checkCentred(page, 'paused at 740×360');
  await checkFits(page, 'paused at 740×360');
  await checkCanvas(page, '740×360');
  await shot('2-landscape-paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await checkMap(page, '740×360');
  await press(page, 'ArrowUp');
  expect((await state(page)).player).toMatchObject({ x: 14, y: 6 });

  // 740×360 → 1920×1080: the whole map, big; a tap walks.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  await checkCanvas(page, '1920×1080');
  const big = await checkMap(page, '1920×1080');
  expect(big.tile).toBeGreaterThan(90);
  expect(big.shown).toBe(17 * 9);
  await tapTile(page, false, 12, 7);
  await page.waitForTimeout(100);
  await waitIdle(page);
  expect((await state(page)).player).toMatchObject({ x: 12, y: 7 });
  await checkFits(page, '1920×1080');
  await shot('3-projector');

  // Full screen with F and with the pause panel's button, on and off: the game unchanged.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  const before = await game(page);
  const toggle = page.getByRole('button', { name: 'Full screen' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('KeyF');
  await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await game(page)).toEqual(before);
  await checkCanvas(page, 'full screen');
  await checkCentred(page, 'full screen');
  await shot('4-fullscreen');
  await page.keyboard.press('KeyF');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await toggle.click();
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.waitForTimeout(300);
  expect(await game(page)).toEqual(before);
  await page.getByRole('button', { name: 'Resume' }).click();
  await checkMap(page, 'after full screen');
  await press(page, 'ArrowDown');
  expect((await state(page)).player).toMatchObject({ x: 12, y: 8 });
  await expectNoErrors(errors);
});
