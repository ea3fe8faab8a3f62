// Touch play on a phone held sideways: the on-screen pad and help button, and tap-to-move.
import { expect, test } from '@playwright/test';
import { expectNoErrors, snap, state, waitForScene, waitIdle, watchErrors } from './game';

test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

test('a phone player walks with the pad, helps with the button, and taps to move', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?renderer=canvas&lang=en');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'Play', exact: true }).tap();
  await waitForScene(page, 'play');
  await page.getByRole('button', { name: 'Start' }).tap();
  const pad = page.getByRole('group', { name: 'Walk' });
  await expect(pad).toBeVisible();
  for (const [dir, times] of [
    ['Left', 4],
    ['Up', 2],
  ] as const) {
    for (let i = 0; i < times; i++) {
      const before = (await state(page)).player;
      await pad.getByRole('button', { name: dir }).tap();
      // Each tap is one step: wait until it has been taken.
      await page.waitForFunction(
        ([x, y]) => {
          const p = window.__goodDeeds?.state()?.player;
          return !!p && (p.x !== x || p.y !== y);
        },
        [before.x, before.y],
      );
      await waitIdle(page);
    }
  }
  expect((await state(page)).player.carrying).toEqual(['umbrella']);
  await snap(page, 'touch-play');

  // Tap Grandma Wang: walk beside her and hand the umbrella over.
  const point = await page.evaluate(() => window.__goodDeeds?.tileToClient?.(14, 2));
  await page.touchscreen.tap(point![0], point![1]);
  await page.waitForTimeout(100);
  await waitIdle(page);
  expect((await state(page)).deeds[0]!.status).toBe('done');

  // The help button talks to whoever is in front: walk next to Xiao Ming with taps, then help.
  const kite = await page.evaluate(() => window.__goodDeeds?.tileToClient?.(13, 5));
  await page.touchscreen.tap(kite![0], kite![1]);
  await page.waitForTimeout(100);
  await waitIdle(page);
  const beside = await page.evaluate(() => window.__goodDeeds?.tileToClient?.(3, 3));
  await page.touchscreen.tap(beside![0], beside![1]);
  await page.waitForTimeout(100);
  await waitIdle(page);
  await pad.getByRole('button', { name: 'Left' }).tap();
  await page.getByRole('button', { name: 'Help (interact)' }).tap();
  await waitForScene(page, 'results');
  await expectNoErrors(errors);
});
