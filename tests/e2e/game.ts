// Helpers for playing the game in a browser as a person would: real keys and clicks; the
// window hook only tells when the game is ready and where things are.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { SimSnapshot } from '../../src/platform/test-hook';

export type Snapshot = SimSnapshot;

/** Collects console errors and uncaught exceptions for the whole test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => window.__goodDeeds?.scene === s, scene, { timeout: 30_000 });
}

export async function state(page: Page): Promise<Snapshot> {
  const s = await page.evaluate(() => window.__goodDeeds?.state());
  if (!s) throw new Error('no level is being played');
  return s;
}

/** Waits until the player stands still with nothing left to walk. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = window.__goodDeeds?.state();
    return !!s && !s.player.moving;
  });
}

/** Presses a key `times` times, letting the player finish each step. */
export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(40);
    await waitIdle(page);
  }
}

/** Clicks the centre of a map tile. */
export async function clickTile(page: Page, x: number, y: number): Promise<void> {
  const point = await page.evaluate(
    ([tx, ty]) => window.__goodDeeds?.tileToClient?.(tx!, ty!),
    [x, y],
  );
  if (!point) throw new Error(`tile ${x},${y} is not on screen`);
  await page.mouse.click(point[0], point[1]);
  await page.waitForTimeout(60);
  await waitIdle(page);
}

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

export async function expectNoErrors(errors: string[]): Promise<void> {
  await Promise.resolve();
  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
}

/** Drops a level file on the page, as a designer drags one from their folder. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body!], fileName!, { type: 'application/json' }));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text],
  );
}
