// Finds a Chromium to drive: an environment variable, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path;
  }
  let own: string;
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return own;
  throw new Error(
    'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to its binary.',
  );
}

/** Flags that keep headless Chromium quiet and offline. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
