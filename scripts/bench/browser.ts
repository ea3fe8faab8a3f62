// The browser side of the benchmark: loads the game and the baseline page in headless Chromium,
// one page at a time, and measures the first playable frame, frame times, heap and bytes.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

export type Renderer = 'canvas' | 'webgl';

/** What the page records (see `probe`). */
interface BenchProbe {
  readyAt: number | null;
  firstFrameAt: number | null;
}

interface ProbeWindow {
  __bench?: BenchProbe;
  __goodDeeds?: { scene: string; pictures?: () => number };
  __baseline?: { ready: boolean; creates: number };
}

/**
 * Runs in the page before its own scripts. The first playable frame is the first animation
 * frame after the one that first drew the page ready for input: ready is when the game's test
 * hook says the title scene is on screen, or when the baseline's scene has been created. Times
 * are `performance.now()`, from navigation start.
 *
 * Where the page becomes ready decides which frame first draws it: made ready during a frame's
 * animation callbacks (inside Phaser's step, which draws at its end), it is drawn in that same
 * frame, so the next frame's callback follows its drawing; made ready between frames (in an
 * event or a promise), it is drawn in the next frame, and it is the frame after that. The
 * probe therefore watches the hooks' fields as they are set rather than on each frame, and
 * tells the two apart: its own callback runs first in every frame and marks the frame as
 * begun; a resize observer, which the browser runs after every animation callback of the
 * frame, marks it ended. (Polling on each frame would see a page made ready inside a frame
 * only in the next frame, and count one frame too many.)
 */
function probe(): void {
  const w = window as unknown as ProbeWindow;
  const bench: BenchProbe = { readyAt: null, firstFrameAt: null };
  w.__bench = bench;
  let inFrame = false;
  const ready = (): void => {
    if (bench.readyAt !== null) return;
    bench.readyAt = performance.now();
    const frames = inFrame ? 1 : 2;
    const after = (n: number): void => {
      requestAnimationFrame(() => {
        if (n > 1) after(n - 1);
        else bench.firstFrameAt = performance.now();
      });
    };
    after(frames);
  };
  /** Calls `ready` when `field` of the object the page puts at `window[name]` becomes `value`. */
  const watch = (name: string, field: string, value: unknown): void => {
    let hook: Record<string, unknown> | undefined;
    Object.defineProperty(w, name, {
      configurable: true,
      get: () => hook,
      set(v: Record<string, unknown>) {
        hook = v;
        let current = v[field];
        Object.defineProperty(v, field, {
          configurable: true,
          enumerable: true,
          get: () => current,
          set(x: unknown) {
            current = x;
            if (x === value) ready();
          },
        });
        if (current === value) ready();
      },
    });
  };
  watch('__goodDeeds', 'scene', 'title');
  watch('__baseline', 'ready', true);
  // A box the probe resizes in each frame: the resize observer's call ends the frame.
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;contain:strict;pointer-events:none';
  new ResizeObserver(() => {
    inFrame = false;
  }).observe(box);
  let wide = false;
  const frame = (): void => {
    if (bench.firstFrameAt !== null) return;
    inFrame = true;
    wide = !wide;
    box.style.width = wide ? '2px' : '1px';
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Added once the page has been parsed (before its module scripts run), out of its way.
  document.addEventListener('readystatechange', () => void document.body.append(box), {
    once: true,
  });
}

export interface ResourceLoad {
  /** Path on the server, like `/game/assets/phaser-C831z-fk.js`. */
  path: string;
  startMs: number;
  endMs: number;
  /** Bytes of the body as received (compressed), from Resource Timing. */
  encodedBytes: number;
}

export interface FirstFrame {
  ms: number;
  readyMs: number;
  resources: ResourceLoad[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh context (empty cache and storage) with one page, throttled if asked. Service workers
 * are blocked, as in the browser tests: the game's worker downloads every file of the game for
 * offline play once per device and version, right after the first screen, and that one-off
 * download (about 0.7 s of a core here) would be measured as the level's frame time.
 */
export async function openSession(browser: Browser, throttle = 1): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
  });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
  // functions sent to the page need that helper there too.
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  await context.addInitScript(probe);
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

async function waitFirstFrame(page: Page): Promise<{ ms: number; readyMs: number }> {
  await page.waitForFunction(
    () => (window as unknown as ProbeWindow).__bench?.firstFrameAt != null,
    undefined,
    { timeout: 90_000, polling: 50 },
  );
  return page.evaluate(() => {
    const b = (window as unknown as ProbeWindow).__bench!;
    return { ms: b.firstFrameAt!, readyMs: b.readyAt! };
  });
}

/** Loads `url` in a fresh context and times its first playable frame. */
export async function firstFrame(browser: Browser, url: string): Promise<FirstFrame> {
  const s = await openSession(browser);
  try {
    await s.page.goto(url, { waitUntil: 'commit' });
    const { ms, readyMs } = await waitFirstFrame(s.page);
    const resources = await s.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const all = [
        ...(nav ? [nav] : []),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ];
      return all.map((e) => ({
        url: e.name,
        startMs: e.startTime,
        endMs: e.responseEnd,
        encodedBytes: e.encodedBodySize,
      }));
    });
    return {
      ms,
      readyMs,
      resources: resources
        .filter((r) => !r.url.startsWith('data:'))
        .map(({ url, ...r }) => ({ ...r, path: new URL(url).pathname })),
    };
  } finally {
    await s.context.close();
  }
}

/** Pictures the game has in its camera's view while a level is played (its test hook), or null. */
export function picturesInView(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__goodDeeds?.pictures?.() ?? null);
}

/** A Chromium trace event, as much of it as `mainThreadCpuMs` reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, µs. */
  ts: number;
  /** Wall time and thread time, µs. */
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/**
 * The CPU time (thread time, ms: what other processes on the machine do not inflate) of the
 * thread that began loading `url`, in its top-level tasks from that navigation's start for
 * `windowMs`. Null when the trace has no such navigation.
 */
export function mainThreadCpuMs(
  events: readonly TraceEvent[],
  url: string,
  windowMs: number,
): number | null {
  const href = new URL(url).href;
  // (Some navigation events have an empty address.)
  const isUrl = (address: string | undefined): boolean =>
    !!address && URL.canParse(address) && new URL(address).href === href;
  const nav = events.find(
    (e) => e.name === 'navigationStart' && isUrl(e.args?.data?.documentLoaderURL),
  );
  if (!nav) return null;
  const end = nav.ts + windowMs * 1000;
  const tasks = events
    .filter(
      (e) =>
        e.pid === nav.pid &&
        e.tid === nav.tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.ts >= nav.ts &&
        e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let until = -Infinity;
  for (const t of tasks) {
    // A task run inside another (a nested loop) is in its parent's time already.
    if (t.ts < until) continue;
    until = t.ts + (t.dur ?? 0);
    cpu += (t.tdur ?? 0) / 1000;
  }
  return cpu;
}

/**
 * Loads `url` in a fresh context with a trace running, and returns its main thread's CPU time
 * to the first playable frame (ms; see `mainThreadCpuMs`). The trace slows the page, so these
 * loads are apart from the timed ones.
 */
export async function firstFrameCpu(browser: Browser, url: string): Promise<number | null> {
  const s = await openSession(browser);
  try {
    await browser.startTracing(s.page, {
      // navigationStart is a user-timing event.
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'loading',
        'blink.user_timing',
      ],
    });
    await s.page.goto(url, { waitUntil: 'commit' });
    const { ms } = await waitFirstFrame(s.page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    return mainThreadCpuMs(trace.traceEvents, url, ms);
  } finally {
    await s.context.close();
  }
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Share of frames that came late: a delta over 1.5 × 16.7 ms (at least one frame missed). */
  late: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const s = [...deltas].sort((a, b) => a - b);
  return {
    frames: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
    max: s[s.length - 1] ?? NaN,
    late: s.filter((d) => d > 25).length / Math.max(1, s.length),
  };
}

/** Collects requestAnimationFrame deltas in the page for `ms` milliseconds. */
export async function recordFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((done) => {
        const deltas: number[] = [];
        let last = -1;
        let end = 0;
        const tick = (now: number): void => {
          if (last < 0) end = now + duration;
          else deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else done(deltas);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** Walks the player about with held arrow keys until `stop()` is called. */
export function walkAbout(page: Page): { stop: () => Promise<void> } {
  let running = true;
  const pattern: [string, number][] = [
    ['ArrowLeft', 900],
    ['ArrowUp', 450],
    ['ArrowRight', 900],
    ['ArrowDown', 450],
  ];
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const [key, ms] = pattern[i % pattern.length]!;
      await page.keyboard.down(key);
      await page.waitForTimeout(ms);
      await page.keyboard.up(key);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction(
    (s) => (window as unknown as ProbeWindow).__goodDeeds?.scene === s,
    scene,
    { timeout: 90_000, polling: 50 },
  );
}

export async function waitBaseline(page: Page, creates = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const b = (window as unknown as ProbeWindow).__baseline;
      return !!b && b.ready && b.creates >= n;
    },
    creates,
    { timeout: 90_000, polling: 50 },
  );
}

/** Drops a level file on the game page, as a designer does when play-testing. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'application/json' }));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
}

/** Waits for a level's intro panel, starts the level with Enter, and waits for the panel to go. */
export async function startLevel(page: Page, title: string): Promise<void> {
  const intro = page.getByRole('dialog', { name: title });
  await intro.waitFor({ state: 'visible', timeout: 90_000 });
  await page.keyboard.press('Enter');
  await intro.waitFor({ state: 'hidden', timeout: 90_000 });
}

export interface HeapReading {
  jsHeapUsedBytes: number;
  domNodes: number;
  listeners: number;
}

/** Forces garbage collection, then reads the heap and DOM counters through the DevTools protocol. */
export async function heap(cdp: CDPSession, page: Page): Promise<HeapReading> {
  for (let i = 0; i < 2; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
  }
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    jsHeapUsedBytes: get('JSHeapUsedSize'),
    domNodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}
