// `npm run soak`: plays the whole campaign again and again in headless Chromium for a long
// session (30 minutes by default), as a class might leave a tab open all morning, and watches for
// what only a long session shows: errors, a heap that keeps growing, DOM nodes that pile up.
//
//   npm run soak                      30 minutes, Canvas renderer
//   npm run soak -- --minutes 2       a short run
//   npm run soak -- --renderer webgl  WebGL (drawn on the CPU here: slow, but it plays)
//   npm run soak -- --build           rebuild the test build first (else an existing one is used)
//
// Each level is played by the test hook's autoplay (the solver's inputs, 8× faster than real
// time) through the game's own screens: Start, then the results card and "Next level". Every
// third level is first started by hand and restarted from the pause menu, every fifth quit to the
// level list and opened again from there, so restarts and quits are soaked too. Each minute it
// forces a garbage collection and reads the JS heap, DOM nodes and event listeners (DevTools
// protocol, Performance.getMetrics). At the end: every console error and uncaught exception,
// the samples, and a verdict. It exits with 1 on any error, or when the heap, the DOM nodes or
// the event listeners kept growing after the first minute (warm-up): a least-squares slope over
// 1 MB, 50 nodes or 20 listeners a minute, with the last sample over a fifth above the first.
// Not run in CI: it takes half an hour.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { heap, type HeapReading } from './bench/browser';
import { serveStatic } from './bench/server';

interface Options {
  minutes: number;
  renderer: 'canvas' | 'webgl';
  dist: string;
  build: boolean;
}

function options(argv: readonly string[]): Options {
  const o: Options = { minutes: 30, renderer: 'canvas', dist: 'dist-e2e-soak', build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--minutes') o.minutes = Number(value());
    else if (arg === '--renderer') o.renderer = value() === 'webgl' ? 'webgl' : 'canvas';
    else if (arg === '--dist') o.dist = value();
    else if (arg === '--build') o.build = true;
    else throw new Error(`unknown option ${arg} (see the top of scripts/soak.ts)`);
  }
  if (!(o.minutes > 0)) throw new Error('--minutes must be a positive number');
  return o;
}

interface Sample extends HeapReading {
  minute: number;
  levelsPlayed: number;
}

interface Trend {
  /** Least-squares slope per minute. */
  perMinute: number;
  /** Last over first. */
  ratio: number;
}

/** The slope of `values` against `minutes`, and how far the last is above the first. */
function trend(minutes: readonly number[], values: readonly number[]): Trend {
  const n = values.length;
  if (n < 2) return { perMinute: 0, ratio: 1 };
  const mx = minutes.reduce((s, x) => s + x, 0) / n;
  const my = values.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (minutes[i]! - mx) * (values[i]! - my);
    den += (minutes[i]! - mx) ** 2;
  }
  return { perMinute: den === 0 ? 0 : num / den, ratio: values[n - 1]! / values[0]! };
}

const MB = 1024 * 1024;

interface Campaign {
  chapters: { id: string; levels: string[] }[];
}

async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => window.__goodDeeds?.scene === s, scene, { timeout: 120_000 });
}

/** Waits for a level's intro (its state at the first step). */
async function waitForIntro(page: Page, id: string): Promise<void> {
  await waitForScene(page, 'play');
  await page.waitForFunction(
    (levelId) => {
      const s = window.__goodDeeds?.state();
      return s?.levelId === levelId && s.tick === 0;
    },
    id,
    { timeout: 120_000 },
  );
  await page.getByRole('button', { name: 'Start' }).waitFor({ timeout: 60_000 });
}

/** Starts the level by hand, plays a moment, then restarts it from the pause menu. */
async function startThenRestart(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(800);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Restart level' }).click();
  await waitForIntro(page, id);
}

/** Starts the level by hand, then quits to the level list and opens it again from there. */
async function startThenQuit(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(800);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Back to levels' }).click();
  await waitForScene(page, 'select');
  await page.locator(`[data-level="${id}"]`).click();
  await waitForIntro(page, id);
}

/** Plays one level to its results with the solver's inputs. */
async function autoplay(page: Page, id: string): Promise<void> {
  const accepted = await page.evaluate(() => window.__goodDeeds?.autoplay?.() ?? false);
  if (!accepted) throw new Error(`autoplay was refused on ${id}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await waitForScene(page, 'results');
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const order = (
    JSON.parse(readFileSync('levels/campaign.json', 'utf8')) as Campaign
  ).chapters.flatMap((c) => c.levels);
  if (o.build || !existsSync(`${o.dist}/index.html`)) {
    console.info(`Building the test build into ${o.dist}/ …`);
    execSync(`npx vite build --mode test --outDir ${o.dist}`, { stdio: 'ignore' });
  } else console.info(`Using the test build in ${o.dist}/ (--build to rebuild it).`);
  const server = await serveStatic({ '/': o.dist });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx keeps function names with a `__name` helper, which functions sent to the page need too.
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);

  const started = Date.now();
  const elapsedMin = (): number => (Date.now() - started) / 60_000;
  const errors: string[] = [];
  const at = (): string => `${elapsedMin().toFixed(1)} min`;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`[${at()}] console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`[${at()}] uncaught: ${e.message}`));
  page.on('crash', () => errors.push(`[${at()}] the page crashed`));

  const samples: Sample[] = [];
  let levelsPlayed = 0;
  let nextSample = 0;
  const sample = async (): Promise<void> => {
    const reading = await heap(cdp, page);
    const s: Sample = { ...reading, minute: Math.round(elapsedMin() * 10) / 10, levelsPlayed };
    samples.push(s);
    console.info(
      `  ${s.minute.toFixed(1).padStart(5)} min  heap ${(s.jsHeapUsedBytes / MB).toFixed(1).padStart(6)} MB` +
        `  DOM nodes ${String(s.domNodes).padStart(6)}  listeners ${String(s.listeners).padStart(5)}` +
        `  levels played ${levelsPlayed}  errors ${errors.length}`,
    );
    nextSample += 1;
  };

  console.info(
    `Soaking for ${o.minutes} min (${o.renderer}), at ${server.origin}/ — one sample a minute:`,
  );
  await page.goto(`${server.origin}/?renderer=${o.renderer}&lang=en`);
  await waitForScene(page, 'title');
  await sample();
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();

  let cycle = 0;
  let stopReason = 'time is up';
  try {
    outer: for (;;) {
      for (const [i, id] of order.entries()) {
        await waitForIntro(page, id);
        const n = levelsPlayed + 1;
        if (n % 5 === 0) await startThenQuit(page, id);
        else if (n % 3 === 0) await startThenRestart(page, id);
        await autoplay(page, id);
        levelsPlayed++;
        if (elapsedMin() >= nextSample) await sample();
        if (elapsedMin() >= o.minutes) break outer;
        if (i < order.length - 1) {
          await page.getByRole('button', { name: 'Next level' }).click();
        } else {
          await page.getByRole('button', { name: 'All levels' }).click();
          await waitForScene(page, 'select');
          await page.locator(`[data-level="${order[0]}"]`).click();
        }
      }
      cycle++;
    }
  } catch (err) {
    stopReason = `the run stopped: ${(err as Error).message.split('\n')[0]}`;
    errors.push(`[${at()}] ${stopReason}`);
  }
  if (elapsedMin() - (samples[samples.length - 1]?.minute ?? 0) > 0.2) await sample();
  await browser.close();
  await server.close();

  // The verdict. The first minute is warm-up (fonts, music, the first levels' code).
  const steady = samples.filter((s) => s.minute >= 0.9);
  const judged = steady.length >= 2;
  const minutes = steady.map((s) => s.minute);
  const heapTrend = trend(
    minutes,
    steady.map((s) => s.jsHeapUsedBytes / MB),
  );
  const nodeTrend = trend(
    minutes,
    steady.map((s) => s.domNodes),
  );
  const listenerTrend = trend(
    minutes,
    steady.map((s) => s.listeners),
  );
  const heapGrows = judged && heapTrend.perMinute > 1 && heapTrend.ratio > 1.2;
  const nodesGrow = judged && nodeTrend.perMinute > 50 && nodeTrend.ratio > 1.2;
  const listenersGrow = judged && listenerTrend.perMinute > 20 && listenerTrend.ratio > 1.2;
  console.info('');
  console.info(
    `Played ${levelsPlayed} levels (${cycle} whole campaigns) in ${elapsedMin().toFixed(1)} min; ${stopReason}.`,
  );
  const signed = (x: number, digits: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
  const percent = (t: Trend): string => `${signed((t.ratio - 1) * 100, 0)}%`;
  if (judged) {
    console.info(
      `After the first minute: heap ${signed(heapTrend.perMinute, 2)} MB/min (${percent(heapTrend)}), ` +
        `DOM nodes ${signed(nodeTrend.perMinute, 0)}/min (${percent(nodeTrend)}), ` +
        `listeners ${signed(listenerTrend.perMinute, 0)}/min (${percent(listenerTrend)}).`,
    );
  } else console.info('Too short to judge growth: it needs two samples after the first minute.');
  if (errors.length > 0) {
    console.info(`${errors.length} error(s):`);
    for (const e of errors) console.info(`  ${e}`);
  } else console.info('No console errors and no uncaught exceptions.');
  const failed = errors.length > 0 || heapGrows || nodesGrow || listenersGrow;
  const why = [
    errors.length > 0 ? 'errors' : '',
    heapGrows ? 'the heap keeps growing' : '',
    nodesGrow ? 'DOM nodes keep piling up' : '',
    listenersGrow ? 'event listeners keep piling up' : '',
  ].filter(Boolean);
  console.info(failed ? `Verdict: FAIL (${why.join(', ')})` : 'Verdict: OK');
  process.exitCode = failed ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
