import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cjkFont } from './scripts/vite-cjk-font.ts';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { levelReload } from './scripts/vite-level-reload.ts';
import { phaserCut } from './scripts/vite-phaser.ts';
import { preloadStart } from './scripts/vite-preload-start.ts';
import { CJK_FONT_CACHE, CJK_FONT_FILE, SERVICE_WORKER_FILE } from './src/platform/offline.ts';

const APP_NAME = 'Good Deeds · 好人好事';
const APP_COLOUR = '#f6efe2';

/**
 * Offline play (builds only; nothing in the dev server): a web manifest and a service worker
 * that precaches everything the game needs to play every level. Chinese font subsets outside
 * the game's texts (a player's name, say) are kept as the browser first fetches them (cache
 * first). `src/platform/offline.ts` registers the worker: no inline script.
 */
function offline(): Plugin[] {
  return VitePWA({
    injectRegister: null,
    registerType: 'prompt',
    filename: SERVICE_WORKER_FILE,
    manifestFilename: 'manifest.webmanifest',
    // The icons and the manifest are in the precache through globPatterns and the plugin.
    includeManifestIcons: false,
    manifest: {
      name: APP_NAME,
      short_name: 'Good Deeds',
      description: 'A gentle game about helping others, one small deed at a time.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: APP_COLOUR,
      background_color: APP_COLOUR,
      categories: ['education', 'games', 'kids'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // Everything in the build but fonts, plus the Latin font and the Chinese font cut to the
      // game's characters (woff2 only: every browser that has service workers reads woff2, so
      // the woff fallbacks are never asked for).
      globPatterns: [
        '**/*.{html,js,css,json,png,svg,ico,wav,mp3,ogg,m4a}',
        '**/nunito-*.woff2',
        // vite-cjk-font.ts: a few dozen small files. The whole font's slices (for characters
        // outside the game's texts) are kept as they are first fetched (runtimeCaching).
        '**/cut-noto-sans-sc-*.woff2',
        // (The title's few Chinese characters, in faces of their own, are inside the CSS.)
      ],
      // Phaser's chunk is 0.8 MB (the game's cut of it); leave room to grow.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // `?lang=zh&renderer=canvas&level=…` all open the same precached index.html.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // The first worker takes the page it was installed from, so a network lost later in that
      // visit costs nothing. A new version waits until every tab of the game is closed: a page
      // still running the old code keeps the old files it may still load (its level chunks).
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: CJK_FONT_FILE,
          handler: 'CacheFirst',
          options: {
            cacheName: CJK_FONT_CACHE,
            // A font file's name carries its content hash: any stored copy will do, whatever
            // the server's `Vary` (vite preview says `Vary: Origin`, which font requests differ in).
            matchOptions: { ignoreVary: true },
            // Two weights of ~100 subsets each; file names carry a content hash.
            expiration: { maxEntries: 400 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}

/** An icon for iOS home screens, which read `apple-touch-icon` rather than the manifest. */
function appleTouchIcon(): Plugin {
  return {
    name: 'good-deeds-apple-touch-icon',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon.png' },
        injectTo: 'head',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset paths: the built game works from any static host and from a sub-path.
  base: './',
  plugins: [
    phaserCut(),
    cjkFont(),
    levelReload(),
    contentSecurityPolicy(),
    ...offline(),
    appleTouchIcon(),
    preloadStart(),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // Font files stay files: inlined in the CSS they would all download before the first frame,
    // whereas as files the browser fetches only those whose characters are on screen. But for
    // the title's few Chinese characters (好人好事, 中文: scripts/vite-cjk-font.ts), which every
    // page shows at once: six faces of about 1 kB, in the CSS rather than six more requests.
    assetsInlineLimit: (file) =>
      /[\\/]early-[^\\/]*\.woff2$/.test(file) ? true : /\.woff2?$/.test(file) ? false : undefined,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser|src[\\/]vendor[\\/]phaser/ }],
        },
      },
    },
  },
});
