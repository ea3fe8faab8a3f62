// With the dev server (`npm start`), saving a level file restarts that level in place: no page
// reload, and the page keeps its state.
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import { waitForScene } from './game';

const FILE = 'levels/01-rainy-morning.json';
let server: ViteDevServer;
let original = '';

test.beforeAll(async () => {
  original = readFileSync(FILE, 'utf8');
  server = await createServer({ server: { port: 5179, strictPort: true }, logLevel: 'error' });
  await server.listen();
});

test.afterAll(async () => {
  writeFileSync(FILE, original);
  await server.close();
});

test('saving a level file while it is played reloads it in place', async ({ page }) => {
  await page.goto('http://localhost:5179/?renderer=canvas&lang=en&level=01-rainy-morning');
  await waitForScene(page, 'play');
  await expect(page.getByRole('dialog', { name: 'A Rainy Morning' })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
  });

  writeFileSync(FILE, original.replace('"A Rainy Morning"', '"A Very Rainy Morning"'));
  await expect(page.getByRole('dialog', { name: 'A Very Rainy Morning' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  writeFileSync(FILE, original.replace('"A Rainy Morning"', '"A Rainy Morning",,'));
  await expect(page.getByRole('dialog', { name: /has problems/ })).toContainText(
    '01-rainy-morning.json:',
  );
  writeFileSync(FILE, original);
});
