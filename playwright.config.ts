import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

// E2E_PORT and E2E_OUT let two checkouts (or two people) run the browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'dist-test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each E2E_OUT gets its own output folder, so side-by-side runs never wipe each other's traces.
  outputDir: process.env.E2E_OUT
    ? `test-results/output-${process.env.E2E_OUT}`
    : 'test-results/output',
  // The game loop and the software rasteriser each take a core: one test at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // The offline worker precaches megabytes in the background; only the offline tests want it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // A test build: like production, plus the window hook the tests read.
    command: `npx vite build --mode test --outDir ${OUT} && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
