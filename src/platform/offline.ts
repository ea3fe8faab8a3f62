// Offline play: registers the service worker that the build makes (vite-plugin-pwa and
// Workbox, see vite.config.ts), which keeps every file the game needs so that after one visit
// it plays with no network. Production and test builds only, served over http(s): never the
// dev server (it has no worker), never the single-file build (file:// has no service workers).
// Registered from here rather than by an injected inline script, which the
// Content-Security-Policy would refuse; once the first screen is up and the page is idle
// (scenes/go-to.ts), so that the worker's downloads never slow the first screen.

/** The worker's file, next to index.html. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The whole Chinese font (~100 unicode-range slices a weight), declared only for characters
 * outside the cut font the build ships (scripts/vite-cjk-font.ts, whose files are precached):
 * the browser fetches only the slices its texts need, and the worker keeps each one it sees in
 * this cache (cache first). Cut files are named `cut-noto-sans-sc-…`, so this never matches them.
 */
export const CJK_FONT_CACHE = 'good-deeds-fonts-zh';
export const CJK_FONT_FILE = /\/noto-sans-sc-[^/]*\.woff2?$/;

declare global {
  interface ImportMetaEnv {
    /** Set to 'true' by vite.single.config.ts. */
    readonly VITE_SINGLE_FILE?: string;
  }
}

/** Whether this page should have the worker: a production or test build, over http(s). */
export function serviceWorkerWanted(): boolean {
  // Each read whole, so that the build replaces it with a constant and drops what is unused.
  if (import.meta.env.DEV || import.meta.env.VITE_SINGLE_FILE === 'true') return false;
  if (!import.meta.env.PROD && import.meta.env.MODE !== 'test') return false;
  return /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator;
}

/**
 * On the first visit the page loads its fonts before the worker runs, so the worker never sees
 * those requests: put the Chinese subsets the page has already loaded into the worker's cache.
 */
async function keepLoadedFonts(): Promise<void> {
  if (!('caches' in window)) return;
  const urls = new Set(
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => CJK_FONT_FILE.test(new URL(url).pathname)),
  );
  if (urls.size === 0) return;
  const cache = await caches.open(CJK_FONT_CACHE);
  await Promise.allSettled(
    [...urls].map(async (url) => {
      if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
    }),
  );
}

export function registerServiceWorker(): void {
  if (!serviceWorkerWanted()) return;
  const keepFonts = (): void => {
    // Best effort: offline by now, or storage full, leaves the fonts to the next visit.
    keepLoadedFonts().catch(() => undefined);
  };
  navigator.serviceWorker.addEventListener('controllerchange', keepFonts);
  const register = (): void => {
    navigator.serviceWorker
      .register(`./${SERVICE_WORKER_FILE}`, { scope: './' })
      .then(() => navigator.serviceWorker.ready)
      .then(keepFonts)
      .catch((e: unknown) => console.warn('Offline play is not available:', e));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
