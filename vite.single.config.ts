// `npm run build:single`: the whole game in one HTML file, `dist-single/index.html`, that plays
// when opened from a USB stick (file://) with no server and no network. Every script, style,
// picture, sound and font is inlined (data: URIs). No service worker (file:// has none) and no
// web manifest. See README, "Offline and USB stick".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cjkFont } from './scripts/vite-cjk-font.ts';
import { phaserCut } from './scripts/vite-phaser.ts';

/**
 * @fontsource's CSS names a woff2 file and a woff fallback for every face (Nunito's here; the
 * Chinese font is the build's cut, woff2 only); inlined, both would be in the file. Every
 * browser that runs the game reads woff2: drop the fallbacks.
 */
function woff2Only(): Plugin {
  return {
    name: 'good-deeds-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null;
      const out = code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Vite emits the favicon that index.html names as a file of its own: put it inline instead. The
 * art that index.html preloads for the served game is inlined in the script here: no preloads.
 */
function inlineFavicon(): Plugin {
  return {
    name: 'good-deeds-inline-favicon',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/\s*<!--[^>]*-->\s*(?=<link rel="preload")/g, '\n    ')
          .replace(/\s*<link rel="preload"[^>]*>/g, '')
          .replace(
            /(<link rel="icon" type="image\/svg\+xml" href=")(\.\/[^"]+\.svg)(")/,
            (_, before: string, path: string, after: string) =>
              `${before}data:image/svg+xml;base64,${readFileSync(resolve(import.meta.dirname, path)).toString('base64')}${after}`,
          ),
    },
  };
}

/**
 * The game's privacy promise holds for the one file too: a Content-Security-Policy that lets it
 * load nothing from anywhere (no server, no other site, not even the folder it is in), and run
 * only the script and style inlined here, named by their hashes. Pictures, sounds and fonts are
 * data: URIs; blob: for what the game makes itself, as in the served build.
 */
function singleFileCsp(): Plugin {
  const hashes = (html: string, tag: string): string[] =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
    );
  return {
    name: 'good-deeds-single-file-csp',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile (listed before this plugin) has inlined everything.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const policy = [
            "default-src 'none'",
            `script-src ${hashes(html, 'script').join(' ')}`,
            `style-src ${hashes(html, 'style').join(' ')}`,
            'img-src data: blob:',
            'font-src data:',
            'media-src data: blob:',
            'connect-src data: blob:',
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
          ].join('; ');
          const charset = /<meta charset="[^"]*" \/>/i;
          if (!charset.test(html)) this.error('index.html has no <meta charset> to follow');
          file.source = html.replace(
            charset,
            (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
        }
      },
    },
  };
}

export default defineConfig({
  base: './',
  // The app icons are for the installed web app only.
  publicDir: false,
  define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('true') },
  plugins: [
    phaserCut(),
    cjkFont(),
    woff2Only(),
    inlineFavicon(),
    viteSingleFile({ removeViteModuleLoader: true }),
    singleFileCsp(),
  ],
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    // Keep the one file's size to what it holds: no source maps, no preload helpers.
    modulePreload: false,
  },
});
