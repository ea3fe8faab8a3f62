/**
 * Builds the app icons that the web manifest names, from `assets/ui/logo.svg`:
 *
 * - `public/icons/icon-192.png`, `icon-512.png`: the logo as it is (rounded corners), purpose
 *   "any";
 * - `public/icons/icon-maskable-512.png`: full-bleed background with the picture shrunk into
 *   the central safe zone (a circle of 40 % of the size), purpose "maskable", so that a phone's
 *   circle or squircle mask never cuts the heart;
 * - `public/icons/apple-touch-icon.png` (180 × 180, full-bleed, no transparency).
 *
 * Run with `npm run assets:icons`. Reruns give byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOGO = join(ROOT, 'assets/ui/logo.svg');
const OUT = join(ROOT, 'public/icons');

const logo = readFileSync(LOGO, 'utf8');

/**
 * The logo is a 128 × 128 rounded square (`<rect rx>`), a ground wave (`<path>`) and then the
 * picture. For a full-bleed icon: a square background, a square-cornered wave, and the picture
 * scaled about the centre.
 */
function fullBleed(scale: number): string {
  const match =
    /^<svg[^>]*viewBox="0 0 128 128"[^>]*>(<rect[^>]*\/>)(<path[^>]*\/>)(.*)<\/svg>\s*$/s.exec(
      logo,
    );
  if (!match) {
    throw new Error(
      'assets/ui/logo.svg no longer starts with <rect/><path/> in a 128×128 viewBox: update scripts/build-icons.ts',
    );
  }
  const [, rect, wave, picture] = match as unknown as [string, string, string, string];
  const background = rect.replace(/\s+rx="[^"]*"/, '');
  const waveFill = /fill="([^"]+)"/.exec(wave)?.[1] ?? '#ffca6e';
  const offset = 64 * (1 - scale);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">',
    background,
    `<path d="M0 84q32-12 64-5t64-5V128H0z" fill="${waveFill}"/>`,
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${picture}</g>`,
    '</svg>',
  ].join('');
}

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

mkdirSync(OUT, { recursive: true });
const outputs: [string, Buffer][] = [
  ['icon-192.png', render(logo, 192)],
  ['icon-512.png', render(logo, 512)],
  // 0.84: the heart and the sprout stay inside the safe circle (radius 40 %).
  ['icon-maskable-512.png', render(fullBleed(0.84), 512)],
  ['apple-touch-icon.png', render(fullBleed(0.86), 180)],
];
for (const [name, png] of outputs) {
  writeFileSync(join(OUT, name), png);
  console.info(`public/icons/${name}  ${png.length} bytes`);
}
