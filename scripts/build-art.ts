/**
 * Builds the game's art from source, deterministically:
 *
 * - `assets/atlas.png` + `assets/atlas.json`: a Phaser JSON-Hash sprite atlas of Fluent Emoji
 *   Flat icons rendered at 64×64, plus three hand-drawn frames (`shadow`, `bubble`, `marker`).
 * - `assets/tiles.png` + `assets/tiles.json`: a 64×64 tileset drawn here as SVG (no margin, no
 *   spacing), with the tile indices of each kind (first = main look, others = variants).
 * - `assets/ui/*.svg`: standalone icons for the DOM menus, and `logo.svg` (app icon / favicon).
 *
 * Run with `npx tsx scripts/build-art.ts`. Reruns give byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = join(ROOT, 'assets');
const UI_DIR = join(ASSETS, 'ui');
const ICONS_JSON = join(ROOT, 'node_modules/@iconify-json/fluent-emoji-flat/icons.json');

// maxrects-packer 2.7.4 declares "type": "module" but its "main" is a UMD bundle, which Node
// cannot import; load its ES build by path and keep the package's own typings.
const { MaxRectsPacker } = (await import(
  pathToFileURL(join(ROOT, 'node_modules/maxrects-packer/dist/maxrects-packer.mjs')).href
)) as typeof import('maxrects-packer');

const FRAME = 64; // atlas frame size in px
const TILE = 64; // tile size in px
const TILE_COLUMNS = 16; // tileset grid width in tiles (16 × 64 = 1024 px)
const ATLAS_MAX = 2048;
const ATLAS_PADDING = 2;

// ---------------------------------------------------------------------------------------------
// Iconify data

interface IconifyIcon {
  body: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  hFlip?: boolean;
  vFlip?: boolean;
  rotate?: number;
}

interface IconifyAlias extends Omit<IconifyIcon, 'body'> {
  parent: string;
}

interface IconifyJson {
  prefix: string;
  icons: Record<string, IconifyIcon>;
  aliases?: Record<string, IconifyAlias>;
  width?: number;
  height?: number;
}

interface ResolvedIcon {
  body: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const iconSet = JSON.parse(readFileSync(ICONS_JSON, 'utf8')) as IconifyJson;

function hasIcon(name: string): boolean {
  return name in iconSet.icons || (iconSet.aliases !== undefined && name in iconSet.aliases);
}

/** Returns an icon's body with alias transformations (flip/rotate) applied. */
function getIcon(name: string, depth = 0): ResolvedIcon {
  const icon = iconSet.icons[name];
  if (icon) {
    return {
      body: icon.body,
      left: icon.left ?? 0,
      top: icon.top ?? 0,
      width: icon.width ?? iconSet.width ?? 16,
      height: icon.height ?? iconSet.height ?? 16,
    };
  }
  const alias = iconSet.aliases?.[name];
  if (!alias || depth > 5) throw new Error(`Icon not found: ${name}`);
  const parent = getIcon(alias.parent, depth + 1);
  const w = alias.width ?? parent.width;
  const h = alias.height ?? parent.height;
  const transforms: string[] = [];
  const cx = parent.left + parent.width / 2;
  const cy = parent.top + parent.height / 2;
  if (alias.rotate) transforms.push(`rotate(${alias.rotate * 90} ${cx} ${cy})`);
  if (alias.hFlip || alias.vFlip) {
    const sx = alias.hFlip ? -1 : 1;
    const sy = alias.vFlip ? -1 : 1;
    transforms.push(`translate(${cx} ${cy}) scale(${sx} ${sy}) translate(${-cx} ${-cy})`);
  }
  const body = transforms.length
    ? `<g transform="${transforms.join(' ')}">${parent.body}</g>`
    : parent.body;
  return { ...parent, body, width: w, height: h };
}

/** Makes the ids inside an icon body unique, so several icons can live in one SVG document. */
function prefixIds(body: string, prefix: string): string {
  return body
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}

let idCounter = 0;

/** A nested <svg> element that draws an emoji at (x, y) with the given size. */
function emojiAt(name: string, x: number, y: number, size: number, extra = ''): string {
  const icon = getIcon(name);
  const prefix = `e${(idCounter++).toString(36)}_`;
  return (
    `<svg x="${x}" y="${y}" width="${size}" height="${size}" ` +
    `viewBox="${icon.left} ${icon.top} ${icon.width} ${icon.height}"${extra}>` +
    `${prefixIds(icon.body, prefix)}</svg>`
  );
}

/** A standalone SVG document for one emoji. */
function standaloneIcon(name: string, body?: string): string {
  const icon = getIcon(name);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.width}" height="${icon.height}" ` +
    `viewBox="${icon.left} ${icon.top} ${icon.width} ${icon.height}">${body ?? icon.body}</svg>\n`
  );
}

function render(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    logLevel: 'error',
  });
  return resvg.render().asPng();
}

function svgDoc(width: number, height: number, content: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${content}</svg>`
  );
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32), so every rerun gives the same files.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

// ---------------------------------------------------------------------------------------------
// 1. Sprite atlas

/** Wanted frame names; each entry lists the wanted name first, then acceptable substitutes. */
const REQUIRED_FRAMES: string[][] = [
  ['old-woman'],
  ['old-man'],
  ['woman'],
  ['man'],
  ['girl'],
  ['boy'],
  ['child'],
  ['baby'],
  ['student'],
  ['teacher'],
  ['health-worker'],
  ['person'],
  ['umbrella'],
  ['closed-umbrella'],
  ['books'],
  ['green-book'],
  ['purse'],
  ['ticket'],
  ['admission-tickets'],
  ['seedling'],
  ['deciduous-tree'],
  ['evergreen-tree'],
  ['potted-plant'],
  ['tulip'],
  ['sunflower'],
  ['blossom'],
  ['wastebasket'],
  ['wrench'],
  ['hammer-and-wrench'],
  ['sewing-needle'],
  ['coin'],
  ['money-bag'],
  ['red-heart'],
  ['glowing-star'],
  ['star'],
  ['sparkles'],
  ['package'],
  ['envelope'],
  ['bouquet'],
  ['school-backpack', 'backpack'],
  ['newspaper'],
  ['bread'],
  ['bus'],
  ['bus-stop'],
  ['automobile'],
  ['taxi'],
  ['bicycle'],
  ['house'],
  ['school'],
  ['hospital'],
  ['closed-mailbox-with-raised-flag'],
  ['vertical-traffic-light'],
  ['chair'],
  ['door'],
  ['hourglass-not-done'],
  ['stopwatch'],
  ['speech-balloon'],
  ['check-mark-button'],
  ['party-popper'],
  ['trophy'],
  ['locked'],
  ['pill'],
  ['drop-of-blood'],
  ['teddy-bear'],
  ['basket', 'shopping-basket', 'shopping-cart'],
  ['soccer-ball'],
  ['kite'],
  ['lantern', 'red-paper-lantern'],
  ['mountain'],
  ['droplet'],
  ['sun'],
  ['cloud'],
  ['butterfly'],
  ['dog-face'],
  ['dog'],
  ['cat'],
  ['bird'],
  ['duck'],
  ['fish'],
];

/** Extra everyday-deed frames (skipped with a note if missing). */
const EXTRA_FRAMES: string[] = [
  // people
  'person-with-white-cane',
  'person-in-manual-wheelchair',
  'pregnant-woman',
  'woman-with-headscarf',
  'police-officer',
  'farmer',
  'construction-worker',
  'cook',
  'person-walking',
  'person-standing',
  // things to carry, find, give
  'red-paper-lantern',
  'backpack',
  'shopping-cart',
  'shopping-bags',
  'handbag',
  'wrapped-gift',
  'old-key',
  'key',
  'glasses',
  'mobile-phone',
  'scarf',
  'gloves',
  'coat',
  'socks',
  'red-apple',
  'banana',
  'rice-ball',
  'hot-beverage',
  'glass-of-milk',
  'baby-bottle',
  'crutch',
  'adhesive-bandage',
  'pencil',
  'memo',
  'graduation-cap',
  'light-bulb',
  // litter and tidying
  'cup-with-straw',
  'canned-food',
  'fallen-leaf',
  'broom',
  'bucket',
  'recycling-symbol',
  'litter-in-bin-sign',
  // mending and building
  'toolbox',
  'screwdriver',
  'ladder',
  'brick',
  'wood',
  'rock',
  'seat',
  // nature
  'herb',
  'four-leaf-clover',
  'maple-leaf',
  'water-wave',
  'cloud-with-rain',
  'umbrella-with-rain-drops',
  'rainbow',
  'rabbit',
  'chicken',
  'baby-chick',
  'honeybee',
  'lady-beetle',
  'snail',
  'frog',
  'turtle',
  'hedgehog',
  'guide-dog',
  'tropical-fish',
  // places
  'hut',
  'post-office',
  'postbox',
  'convenience-store',
  'office-building',
  'fountain',
  'playground-slide',
  'train',
  'station',
  // feelings and rewards
  'thumbs-up',
  'handshake',
  'heart-hands',
  'people-hugging',
  'smiling-face-with-smiling-eyes',
  'hugging-face',
  'red-question-mark',
  'red-exclamation-mark',
  'sports-medal',
  'rosette',
  'musical-note',
  'bell',
  'footprints',
];

/** Everyday people also get skin-tone variants (`woman-light`, `woman-medium`, `woman-dark`). */
const SKIN_TONE_PEOPLE = ['old-woman', 'old-man', 'woman', 'man', 'girl', 'boy', 'child', 'baby'];
const SKIN_TONES = ['light', 'medium', 'dark'];

/** Hand-drawn frames, 64×64. */
const CUSTOM_FRAMES: Record<string, string> = {
  shadow:
    `<defs><radialGradient id="sh" cx="0.5" cy="0.5" r="0.5">` +
    `<stop offset="0" stop-color="#1d2430" stop-opacity="0.3"/>` +
    `<stop offset="0.55" stop-color="#1d2430" stop-opacity="0.24"/>` +
    `<stop offset="1" stop-color="#1d2430" stop-opacity="0"/></radialGradient></defs>` +
    `<ellipse cx="32" cy="55" rx="23" ry="7.5" fill="url(#sh)"/>`,
  bubble:
    // One outline for body + tail, soft grey stroke, with a faint drop shadow below.
    `<path d="M15 4.5h34a11 11 0 0 1 11 11v27a11 11 0 0 1-11 11H38.5l-6.5 7l-6.5-7H15a11 11 0 0 1-11-11v-27a11 11 0 0 1 11-11z" ` +
    `fill="#1d2430" fill-opacity="0.08" transform="translate(0 1.5)"/>` +
    `<path d="M15 3h34a11 11 0 0 1 11 11v27a11 11 0 0 1-11 11H38.5l-6.5 7l-6.5-7H15a11 11 0 0 1-11-11v-27a11 11 0 0 1 11-11z" ` +
    `fill="#ffffff" stroke="#c9ced8" stroke-width="1.6" stroke-linejoin="round"/>`,
  marker:
    `<defs><radialGradient id="mk" cx="0.5" cy="0.5" r="0.5">` +
    `<stop offset="0" stop-color="#ffe066" stop-opacity="0.28"/>` +
    `<stop offset="0.62" stop-color="#ffd23f" stop-opacity="0.22"/>` +
    `<stop offset="0.78" stop-color="#ffc52e" stop-opacity="0.55"/>` +
    `<stop offset="0.9" stop-color="#ffd23f" stop-opacity="0.25"/>` +
    `<stop offset="1" stop-color="#ffe066" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="32" cy="32" r="31" fill="url(#mk)"/>` +
    `<circle cx="32" cy="32" r="23.5" fill="none" stroke="#ffd23f" stroke-width="3.5" stroke-opacity="0.9"/>` +
    `<circle cx="32" cy="32" r="23.5" fill="none" stroke="#fff6c9" stroke-width="1.2" stroke-opacity="0.9"/>`,
};

interface PackedRect {
  x: number;
  y: number;
  width: number;
  height: number;
  data: unknown;
}

interface FrameEntry {
  name: string;
  svg: string;
}

function buildAtlas(): { frames: string[]; substitutes: Record<string, string> } {
  const entries: FrameEntry[] = [];
  const seen = new Set<string>();
  const substitutes: Record<string, string> = {};
  const add = (name: string, svg: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    entries.push({ name, svg });
  };
  const addEmoji = (name: string): void => add(name, emojiAt(name, 0, 0, FRAME));

  for (const wanted of REQUIRED_FRAMES) {
    const found = wanted.find(hasIcon);
    const first = wanted[0] ?? '';
    if (!found) {
      console.warn(`MISSING: no icon for ${wanted.join(' / ')}`);
      continue;
    }
    if (found !== first) {
      substitutes[first] = found;
      console.info(`substitute: "${first}" is not in the set; using "${found}"`);
    }
    addEmoji(found);
  }
  for (const name of EXTRA_FRAMES) {
    if (hasIcon(name)) addEmoji(name);
    else console.warn(`extra frame skipped (not in set): ${name}`);
  }
  for (const person of SKIN_TONE_PEOPLE) {
    for (const tone of SKIN_TONES) {
      const name = `${person}-${tone}`;
      if (hasIcon(name)) addEmoji(name);
      else console.warn(`skin tone skipped (not in set): ${name}`);
    }
  }
  for (const [name, svg] of Object.entries(CUSTOM_FRAMES)) add(name, svg);

  // Pack: all frames are 64×64, but use the packer so sizes can differ later.
  const packer = new MaxRectsPacker(ATLAS_MAX, ATLAS_MAX, ATLAS_PADDING, {
    smart: true,
    pot: false,
    square: true,
    allowRotation: false,
    border: 0,
  });
  for (const e of entries) packer.add(FRAME, FRAME, e.name);
  if (packer.bins.length !== 1) throw new Error(`Atlas needs ${packer.bins.length} bins`);
  const bin = packer.bins[0]!;
  const width = bin.width;
  const height = bin.height;

  const byName = new Map(entries.map((e) => [e.name, e]));
  const rects = [...(bin.rects as PackedRect[])].sort((a, b) => a.y - b.y || a.x - b.x);
  const parts: string[] = [];
  const frames: Record<string, object> = {};
  const frameOf = (x: number, y: number, w: number, h: number): object => ({
    frame: { x, y, w, h },
    rotated: false,
    trimmed: false,
    spriteSourceSize: { x: 0, y: 0, w, h },
    sourceSize: { w, h },
  });
  for (const rect of rects) {
    const name = rect.data as string;
    const entry = byName.get(name);
    if (!entry) throw new Error(`lost frame ${name}`);
    parts.push(
      `<svg x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" ` +
        `viewBox="0 0 ${FRAME} ${FRAME}">${prefixIds(entry.svg, `c_${name.replace(/\W/g, '_')}_`)}</svg>`,
    );
  }
  // Frames in the JSON in a stable, readable order (the order they were listed).
  const rectByName = new Map(rects.map((r) => [r.data as string, r]));
  for (const e of entries) {
    const r = rectByName.get(e.name)!;
    frames[e.name] = frameOf(r.x, r.y, r.width, r.height);
  }
  // Names asked for that the emoji set spells differently get an alias frame sharing the
  // rectangle of their substitute (e.g. `school-backpack` → `backpack`).
  for (const [alias, target] of Object.entries(substitutes)) {
    const r = rectByName.get(target)!;
    frames[alias] = frameOf(r.x, r.y, r.width, r.height);
  }

  const png = render(svgDoc(width, height, parts.join('')));
  writeFileSync(join(ASSETS, 'atlas.png'), png);
  const json = {
    frames,
    meta: {
      app: 'scripts/build-art.ts',
      version: '1',
      image: 'atlas.png',
      format: 'RGBA8888',
      size: { w: width, h: height },
      scale: '1',
    },
  };
  writeFileSync(join(ASSETS, 'atlas.json'), JSON.stringify(json, null, 1) + '\n');
  console.info(
    `atlas.png ${width}×${height}, ${entries.length} frames (+${Object.keys(substitutes).length} alias), ${(png.length / 1024).toFixed(0)} kB`,
  );
  return { frames: entries.map((e) => e.name), substitutes };
}

// ---------------------------------------------------------------------------------------------
// 2. Tileset
//
// Every tile is drawn on a 64×64 canvas. Neighbouring tiles must join without seams, so each
// tile's base colour fills the whole square and details either stay inside a margin or follow
// a pattern whose period divides 64 (paving joints, planks, roof tiles), drawn as half-lines
// on opposite edges so that two neighbours add up to one full line.

const C = {
  grass: '#a5d77a',
  grassDark: '#89c160',
  grassLight: '#b8e28f',
  path: '#ecdcb8',
  pathLine: '#dcc89e',
  pathLight: '#f4e8cc',
  floorA: '#dcae78',
  floorB: '#d4a46d',
  floorLine: '#b98a58',
  floorGrain: '#c99a63',
  road: '#6f7684',
  roadLight: '#7a8190',
  roadDark: '#656b78',
  roadCrack: '#5c626e',
  zebra: '#f3f4f6',
  plaster: '#f5dfbd',
  plasterShade: '#ebcfa5',
  brick: '#e2b48a',
  plinth: '#c9936a',
  roof: '#e5685a',
  roofDark: '#c9534a',
  roofLight: '#f08a74',
  water: '#6cc7ef',
  waterLight: '#a7e0f8',
  barren: '#c9a27a',
  barrenDark: '#ae8760',
  barrenLight: '#d8b68f',
  sand: '#f1dca6',
  sandDark: '#e3c887',
  sandLight: '#f8ebc6',
  hedge: '#5fae4e',
  hedgeDark: '#4c9a40',
  hedgeLight: '#79c462',
  wood: '#c98d55',
  woodDark: '#a8703f',
  woodLight: '#e0aa70',
  rock: '#a3a9b3',
  rockDark: '#8a909b',
  rockLight: '#c3c8d0',
  counterTop: '#c58a57',
  counterTopLight: '#d59c68',
  counterGrain: '#b67c4a',
  counterFront: '#935f38',
  carpet: '#d8585a',
  carpetDark: '#c94c50',
  carpetLight: '#e4716f',
  shadow: '#1d2430',
};

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="${fill}"${extra}/>`;
const full = (fill: string): string => rect(0, 0, TILE, TILE, fill);
const softShadow = (cx: number, cy: number, rx: number, ry: number, opacity = 0.16): string =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${C.shadow}" fill-opacity="${opacity}"/>`;

/** A small grass tuft: three soft blades. */
function tuft(x: number, y: number, s: number, fill: string): string {
  const k = s / 6;
  return (
    `<path fill="${fill}" d="M${r1(x - 4 * k)} ${r1(y)}q${r1(0.5 * k)} ${r1(-4 * k)} ${r1(2.2 * k)} ${r1(-5.5 * k)}` +
    `q${r1(-0.4 * k)} ${r1(3 * k)} ${r1(0.8 * k)} ${r1(4.5 * k)}q${r1(0.6 * k)} ${r1(-4.5 * k)} ${r1(2 * k)} ${r1(-6.5 * k)}` +
    `q${r1(0.4 * k)} ${r1(3.6 * k)} ${r1(0.4 * k)} ${r1(5.6 * k)}q${r1(1.2 * k)} ${r1(-2.6 * k)} ${r1(3 * k)} ${r1(-3.6 * k)}` +
    `q${r1(-1.4 * k)} ${r1(2 * k)} ${r1(-1.6 * k)} ${r1(5.5 * k)}z"/>`
  );
}

function grass(variant: number): string {
  let s = full(C.grass);
  if (variant === 0) {
    s += tuft(20, 44, 4, C.grassDark) + tuft(46, 22, 3.5, C.grassDark);
    return s;
  }
  const rand = rng(100 + variant);
  const spots = variant === 1 ? 4 : 3;
  for (let i = 0; i < spots; i++) {
    const x = 10 + rand() * 44;
    const y = 12 + rand() * 42;
    s += tuft(x, y, 4 + rand() * 2, i % 2 ? C.grassDark : C.grassDark);
  }
  if (variant === 2) {
    s += `<ellipse cx="22" cy="24" rx="9" ry="5" fill="${C.grassLight}" fill-opacity="0.7"/>`;
    s += `<ellipse cx="44" cy="46" rx="7" ry="4" fill="${C.grassLight}" fill-opacity="0.6"/>`;
  }
  return s;
}

function flower(x: number, y: number, petal: string, centre: string, size = 1): string {
  const p = 2.3 * size;
  const d = 2.4 * size;
  let s = '';
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2 - Math.PI / 2;
    s += `<circle cx="${r1(x + Math.cos(a) * d)}" cy="${r1(y + Math.sin(a) * d)}" r="${r1(p)}" fill="${petal}"/>`;
  }
  s += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(1.7 * size)}" fill="${centre}"/>`;
  return s;
}

function flowers(variant: number): string {
  let s = full(C.grass);
  const sets: [number, number, string][][] = [
    [
      [16, 18, '#ffffff'],
      [44, 14, '#ff9ccf'],
      [30, 36, '#ffffff'],
      [50, 44, '#ffd35c'],
      [14, 50, '#ff9ccf'],
    ],
    [
      [20, 14, '#ffd35c'],
      [48, 26, '#ffffff'],
      [24, 42, '#ff9ccf'],
      [46, 52, '#ffffff'],
    ],
    [
      [14, 26, '#ffffff'],
      [36, 16, '#ffffff'],
      [40, 42, '#ff9ccf'],
      [18, 52, '#ffd35c'],
      [54, 36, '#ffffff'],
    ],
  ];
  s += tuft(34, 56, 3.5, C.grassDark) + tuft(54, 12, 3, C.grassDark);
  for (const [x, y, petal] of sets[variant] ?? []) {
    s += `<ellipse cx="${x}" cy="${y + 4}" rx="4.5" ry="1.6" fill="${C.grassDark}"/>`;
    s += flower(x, y, petal, petal === '#ffd35c' ? '#f39a2c' : '#ffc53d', 0.9);
  }
  return s;
}

function path(variant: number): string {
  // Slabs of 32×32 in a running-bond pattern; joints are drawn as half-lines on the tile edges.
  let s = full(C.path);
  const line = (x: number, y: number, w: number, h: number): string => rect(x, y, w, h, C.pathLine);
  s += line(0, 0, 64, 1) + line(0, 63, 64, 1) + line(0, 31.5, 64, 1.5);
  s += line(0, 0, 1, 32) + line(63, 0, 1, 32) + line(31.5, 31.5, 1.5, 32.5);
  // Soft light speckles inside the slabs.
  const rand = rng(200 + variant);
  for (let i = 0; i < 4 + variant; i++) {
    const x = 6 + rand() * 52;
    const y = 6 + rand() * 52;
    s += `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(1.5 + rand() * 2)}" ry="${r1(1 + rand())}" fill="${i % 2 ? C.pathLight : C.pathLine}" fill-opacity="0.8"/>`;
  }
  if (variant === 2) s += tuft(48, 20, 2.6, '#c4d08f');
  return s;
}

function floor(variant: number): string {
  // Four horizontal planks per tile (16 px); end joints vary by variant.
  let s = '';
  const joints: number[][] = [
    [40, 12, 52, 24],
    [20, 46, 8, 36],
    [56, 30, 16, 48],
  ];
  for (let i = 0; i < 4; i++) {
    s += rect(0, i * 16, 64, 16, i % 2 ? C.floorB : C.floorA);
    s += rect(0, i * 16, 64, 0.8, C.floorLine) + rect(0, i * 16 + 15.2, 64, 0.8, C.floorLine);
    const jx = joints[variant]?.[i] ?? 32;
    s += rect(jx - 0.6, i * 16 + 1, 1.2, 14, C.floorLine);
    const g = rng(300 + variant * 10 + i);
    s += rect(4 + g() * 20, i * 16 + 6 + g() * 4, 10 + g() * 10, 1, C.floorGrain, ' rx="0.5"');
    s += rect(34 + g() * 16, i * 16 + 5 + g() * 6, 6 + g() * 8, 1, C.floorGrain, ' rx="0.5"');
  }
  return s;
}

function road(variant: number): string {
  let s = full(C.road);
  const rand = rng(400 + variant);
  for (let i = 0; i < 14; i++) {
    const x = 4 + rand() * 56;
    const y = 4 + rand() * 56;
    s += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(0.7 + rand() * 0.9)}" fill="${rand() < 0.5 ? C.roadLight : C.roadDark}"/>`;
  }
  if (variant === 1) {
    s += `<path d="M22 26l5 4l-1 5l6 3l1 5" fill="none" stroke="${C.roadCrack}" stroke-width="1.2" stroke-linecap="round" stroke-linejoin="round"/>`;
    s += `<path d="M27 30l4-1.5" fill="none" stroke="${C.roadCrack}" stroke-width="1" stroke-linecap="round"/>`;
  }
  if (variant === 2) {
    s += `<ellipse cx="40" cy="24" rx="9" ry="6" fill="${C.roadLight}" fill-opacity="0.45"/>`;
  }
  return s;
}

/**
 * Zebra crossing. On a real zebra the white bars run along the traffic and are stepped over one
 * after another: `crosswalk_h` (in a horizontal road, people walk up/down) has a ladder of
 * horizontal bars; `crosswalk_v` (in a vertical road) has vertical bars. Bars repeat every
 * 16 px so a crossing several tiles long continues without a break.
 */
function crosswalk(horizontalRoad: boolean): string {
  let s = road(0);
  for (let i = 0; i < 4; i++) {
    const a = 4 + i * 16;
    s += horizontalRoad
      ? rect(7, a, 50, 8, C.zebra, ' rx="1.5"')
      : rect(a, 7, 8, 50, C.zebra, ' rx="1.5"');
  }
  return s;
}

function wall(variant: number): string {
  // A warm plastered building face; a plinth at the bottom, a soft eave shadow at the top.
  let s = full(C.plaster);
  s += rect(0, 0, 64, 5, C.plasterShade);
  s += rect(0, 54, 64, 10, C.plinth);
  s += rect(0, 54, 64, 1.5, '#b98560');
  if (variant === 0) {
    // A few bricks showing through the plaster.
    s += rect(10, 16, 13, 6, C.brick, ' rx="1.5"') + rect(18, 24, 13, 6, C.brick, ' rx="1.5"');
    s += rect(42, 36, 13, 6, C.brick, ' rx="1.5"');
  } else {
    // Window: white frame, sky-blue glass, a light reflection and a sill.
    const wx = variant === 1 ? 15 : 17;
    const ww = variant === 1 ? 34 : 30;
    s += rect(wx - 2, 10, ww + 4, 36, '#ffffff', ' rx="3"');
    s += rect(wx + 1, 13, ww - 2, 30, '#8fd3f4', ' rx="1.5"');
    s += `<path d="M${wx + 4} 40l${ww * 0.45} -24h6l${-ww * 0.45} 24z" fill="#ffffff" fill-opacity="0.35"/>`;
    s += rect(wx + ww / 2 - 1, 13, 2, 30, '#ffffff');
    s += rect(wx + 1, 27, ww - 2, 2, '#ffffff');
    if (variant === 2) {
      // Flower box under the window.
      s += rect(wx - 1, 45, ww + 2, 6, '#b9774a', ' rx="2"');
      s +=
        flower(wx + 6, 44, '#ff8fab', '#ffd35c', 0.7) +
        flower(wx + ww / 2, 43, '#ffffff', '#ffc53d', 0.7);
      s += flower(wx + ww - 6, 44, '#ff8fab', '#ffd35c', 0.7);
    } else {
      s += rect(wx - 4, 46, ww + 8, 3, '#e6d2b3', ' rx="1.5"');
    }
  }
  return s;
}

function roof(variant: number): string {
  // Rows of round clay tiles, 16 px wide, 16 px high; odd rows shifted by 8 px.
  let s = full(C.roof);
  for (let row = 0; row < 4; row++) {
    const y = row * 16;
    const shift = row % 2 ? 8 : 0;
    for (let col = -1; col < 5; col++) {
      const x = col * 16 + shift;
      // Lower edge of each tile: a darker arc with a light rim above it.
      s += `<path d="M${x} ${y + 12}a8 6 0 0 0 16 0" fill="none" stroke="${C.roofDark}" stroke-width="2.5"/>`;
      s += `<path d="M${x + 4} ${y + 6}q4 -2 8 0" fill="none" stroke="${C.roofLight}" stroke-width="1.6" stroke-linecap="round"/>`;
    }
  }
  if (variant === 1) {
    // A small skylight.
    s +=
      rect(22, 20, 20, 18, '#ffffff', ' rx="2.5"') +
      rect(24.5, 22.5, 15, 13, '#8fd3f4', ' rx="1.5"');
    s += `<path d="M27 34l8-10h3l-8 10z" fill="#ffffff" fill-opacity="0.45"/>`;
  }
  return s;
}

function water(variant: number): string {
  let s = full(C.water);
  const ripple = (x: number, y: number, w: number, o = 0.75): string =>
    `<path d="M${r1(x)} ${r1(y)}q${r1(w / 4)} ${r1(-w / 7)} ${r1(w / 2)} 0t${r1(w / 2)} 0" fill="none" stroke="${C.waterLight}" stroke-width="2.2" stroke-linecap="round" stroke-opacity="${o}"/>`;
  const layouts: [number, number, number][][] = [
    [
      [10, 18, 16],
      [36, 34, 18],
      [14, 50, 12],
    ],
    [
      [30, 14, 16],
      [8, 34, 14],
      [38, 52, 14],
    ],
    [
      [20, 26, 20],
      [44, 46, 12],
    ],
  ];
  for (const [x, y, w] of layouts[variant] ?? []) s += ripple(x, y, w);
  if (variant === 0) s += `<circle cx="48" cy="14" r="1.6" fill="#ffffff" fill-opacity="0.7"/>`;
  if (variant === 2) {
    s += `<circle cx="14" cy="12" r="1.4" fill="#ffffff" fill-opacity="0.7"/>`;
    s += `<circle cx="52" cy="30" r="1.8" fill="#ffffff" fill-opacity="0.6"/>`;
  }
  return s;
}

function barren(variant: number): string {
  let s = full(C.barren);
  const crack = (d: string, w = 1.4): string =>
    `<path d="${d}" fill="none" stroke="${C.barrenDark}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const cracks = [
    ['M12 20l8 4l4 9l9 2', 'M24 33l-3 7', 'M40 46l7-3l5 4'],
    ['M38 12l-2 8l6 6l-1 8', 'M42 26l7-1', 'M12 42l8 2l5 7'],
    ['M16 14l6 6l-2 6', 'M30 36l9 3l3 8l8 2', 'M39 39l5-6'],
  ];
  for (const [i, d] of (cracks[variant] ?? []).entries()) s += crack(d, i === 0 ? 1.6 : 1.2);
  const rand = rng(500 + variant);
  for (let i = 0; i < 4; i++) {
    const x = 8 + rand() * 48;
    const y = 8 + rand() * 48;
    s += `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(1.6 + rand() * 1.6)}" ry="${r1(1.2 + rand())}" fill="${i % 2 ? C.barrenLight : C.barrenDark}"/>`;
  }
  return s;
}

function sand(variant: number): string {
  let s = full(C.sand);
  const rand = rng(600 + variant);
  for (let i = 0; i < 10; i++) {
    const x = 5 + rand() * 54;
    const y = 5 + rand() * 54;
    s += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(0.8 + rand() * 0.8)}" fill="${i % 3 ? C.sandDark : C.sandLight}"/>`;
  }
  if (variant === 1) {
    s += `<path d="M14 40q9 -5 18 0t18 0" fill="none" stroke="${C.sandLight}" stroke-width="2" stroke-linecap="round"/>`;
  }
  return s;
}

function bushBlob(cx: number, cy: number, r: number): string {
  // A rounded, cloud-like bush made of overlapping circles.
  const lobes: [number, number, number][] = [
    [0, 0, 1],
    [-0.55, 0.15, 0.62],
    [0.55, 0.15, 0.62],
    [-0.3, -0.45, 0.6],
    [0.3, -0.45, 0.6],
    [0, 0.45, 0.62],
  ];
  let body = '';
  let light = '';
  for (const [dx, dy, k] of lobes) {
    body += `<circle cx="${r1(cx + dx * r)}" cy="${r1(cy + dy * r)}" r="${r1(k * r * 0.62)}" fill="${C.hedge}"/>`;
  }
  light += `<circle cx="${r1(cx - 0.3 * r)}" cy="${r1(cy - 0.5 * r)}" r="${r1(0.26 * r)}" fill="${C.hedgeLight}"/>`;
  light += `<circle cx="${r1(cx + 0.28 * r)}" cy="${r1(cy - 0.45 * r)}" r="${r1(0.18 * r)}" fill="${C.hedgeLight}"/>`;
  light += `<circle cx="${r1(cx - 0.6 * r)}" cy="${r1(cy + 0.05 * r)}" r="${r1(0.16 * r)}" fill="${C.hedgeLight}"/>`;
  const under = `<ellipse cx="${cx}" cy="${r1(cy + 0.35 * r)}" rx="${r1(0.85 * r)}" ry="${r1(0.55 * r)}" fill="${C.hedgeDark}"/>`;
  return under + body + light;
}

function hedge(variant: number): string {
  let s = grass(variant === 0 ? 0 : 1);
  s += softShadow(32, 52, 28, 9, 0.18);
  s += bushBlob(32, 32, variant === 0 ? 29 : 27);
  if (variant === 1) {
    s += flower(22, 26, '#ffffff', '#ffc53d', 0.6) + flower(42, 36, '#ff9ccf', '#ffc53d', 0.6);
    s += flower(36, 20, '#ffffff', '#ffc53d', 0.6);
  }
  return s;
}

function treeTile(emoji: string, variant: number): string {
  let s = grass(variant % 3);
  const size =
    emoji === 'deciduous-tree' ? ([56, 54, 58][variant] ?? 56) : ([56, 52][variant] ?? 56);
  s += softShadow(32, 56, size * 0.36, 6, 0.2);
  s += emojiAt(emoji, (TILE - size) / 2, TILE - size - 3, size);
  return s;
}

function fence(vertical: boolean): string {
  let s = grass(0);
  if (!vertical) {
    s += rect(0, 45, 64, 5, C.shadow, ' fill-opacity="0.12"');
    s += rect(0, 26, 64, 6, C.wood) + rect(0, 26, 64, 1.6, C.woodLight);
    s += rect(0, 38, 64, 6, C.wood) + rect(0, 38, 64, 1.6, C.woodLight);
    for (const x of [10, 42]) {
      s += `<ellipse cx="${x + 6}" cy="50" rx="8" ry="3" fill="${C.shadow}" fill-opacity="0.15"/>`;
      s += `<path d="M${x} 18l6-5l6 5v32h-12z" fill="${C.woodDark}"/>`;
      s += `<path d="M${x + 1.5} 18.5l4.5-3.8l4.5 3.8v2h-9z" fill="${C.woodLight}"/>`;
    }
  } else {
    s += rect(38, 0, 5, 64, C.shadow, ' fill-opacity="0.1"');
    s += rect(26, 0, 6, 64, C.wood) + rect(26, 0, 1.6, 64, C.woodLight);
    for (const y of [6, 38]) {
      s += `<ellipse cx="32" cy="${y + 20}" rx="9" ry="3" fill="${C.shadow}" fill-opacity="0.15"/>`;
      s += rect(25, y, 14, 20, C.woodDark, ' rx="3"');
      s += rect(27, y + 2, 10, 5, C.woodLight, ' rx="2"');
    }
  }
  return s;
}

function boulder(cx: number, cy: number, w: number, h: number): string {
  const x = cx - w / 2;
  const y = cy - h / 2;
  return (
    `<ellipse cx="${cx}" cy="${r1(cy + h * 0.42)}" rx="${r1(w * 0.55)}" ry="${r1(h * 0.18)}" fill="${C.shadow}" fill-opacity="0.18"/>` +
    `<path d="M${r1(x)} ${r1(y + h * 0.62)}q0 ${r1(-h * 0.5)} ${r1(w * 0.4)} ${r1(-h * 0.6)}q${r1(w * 0.45)} ${r1(-h * 0.05)} ${r1(w * 0.58)} ${r1(h * 0.42)}q${r1(w * 0.06)} ${r1(h * 0.4)} ${r1(-w * 0.2)} ${r1(h * 0.53)}h${r1(-w * 0.6)}q${r1(-w * 0.18)} 0 ${r1(-w * 0.18)} ${r1(-h * 0.35)}z" fill="${C.rock}"/>` +
    `<path d="M${r1(x + w * 0.02)} ${r1(y + h * 0.72)}q${r1(w * 0.4)} ${r1(h * 0.12)} ${r1(w * 0.96)} ${r1(-h * 0.06)}q0 ${r1(h * 0.2)} ${r1(-w * 0.18)} ${r1(h * 0.3)}h${r1(-w * 0.6)}q${r1(-w * 0.18)} 0 ${r1(-w * 0.18)} ${r1(-h * 0.24)}z" fill="${C.rockDark}"/>` +
    `<ellipse cx="${r1(x + w * 0.38)}" cy="${r1(y + h * 0.22)}" rx="${r1(w * 0.16)}" ry="${r1(h * 0.08)}" fill="${C.rockLight}"/>`
  );
}

function rock(variant: number): string {
  if (variant === 0) return grass(1) + boulder(32, 34, 44, 36);
  if (variant === 1) return grass(0) + boulder(26, 38, 34, 28) + boulder(47, 24, 20, 16);
  return grass(2) + boulder(33, 36, 40, 32) + tuft(12, 56, 4, C.grassDark);
}

function counter(variant: number): string {
  // Seen from above: a wooden top with a rounded front edge and a darker front face, on the
  // floor. Counters placed in a row join into one long counter.
  let s = floor(variant === 0 ? 0 : 1);
  s += rect(0, 52, 64, 7, C.shadow, ' fill-opacity="0.16"');
  s += rect(0, 6, 64, 40, C.counterTop);
  s += rect(0, 6, 64, 3, C.counterTopLight);
  s += rect(0, 43, 64, 3, C.counterTopLight);
  s += rect(0, 46, 64, 8, C.counterFront);
  s += rect(0, 52, 64, 2, '#7a4c2c');
  s +=
    rect(6, 18, 24, 1.2, C.counterGrain, ' rx="0.6"') +
    rect(36, 30, 20, 1.2, C.counterGrain, ' rx="0.6"');
  s += rect(16, 36, 12, 1.2, C.counterGrain, ' rx="0.6"');
  if (variant === 1) {
    // A little service bell.
    s += `<ellipse cx="32" cy="31" rx="9" ry="3" fill="${C.shadow}" fill-opacity="0.18"/>`;
    s += `<path d="M25 29a7 7 0 0 1 14 0z" fill="#ffc53d"/><rect x="23" y="28.5" width="18" height="2.5" rx="1" fill="#f09a2a"/>`;
    s += `<circle cx="32" cy="20.5" r="1.6" fill="#f09a2a"/><path d="M28 26q1-3 3-3.5" fill="none" stroke="#ffe58a" stroke-width="1.2" stroke-linecap="round"/>`;
  }
  return s;
}

function carpet(variant: number): string {
  // A soft red carpet with a small diamond pattern repeating every 32 px.
  let s = full(C.carpet);
  for (const [x, y] of [
    [16, 16],
    [48, 48],
    [16, 48],
    [48, 16],
  ] as const) {
    const on = variant === 0 ? (x + y) % 64 === 32 : true;
    const fill = on ? C.carpetLight : C.carpetDark;
    s += `<path d="M${x} ${y - 5}l5 5l-5 5l-5-5z" fill="${fill}"/>`;
  }
  for (const [x, y] of [
    [0, 0],
    [32, 32],
    [0, 64],
    [64, 0],
    [64, 64],
    [32, 0],
    [0, 32],
    [64, 32],
    [32, 64],
  ] as const) {
    s += `<circle cx="${x}" cy="${y}" r="1.6" fill="${C.carpetDark}"/>`;
  }
  return s;
}

interface TileDef {
  kind: string;
  svg: string;
}

function tileDefs(): TileDef[] {
  const t: TileDef[] = [];
  const add = (kind: string, ...svgs: string[]): void => {
    for (const svg of svgs) t.push({ kind, svg });
  };
  add('grass', grass(0), grass(1), grass(2));
  add('flowers', flowers(0), flowers(1), flowers(2));
  add('path', path(0), path(1), path(2));
  add('floor', floor(0), floor(1), floor(2));
  add('road', road(0), road(1), road(2));
  add('crosswalk_h', crosswalk(true));
  add('crosswalk_v', crosswalk(false));
  add('wall', wall(0), wall(1), wall(2));
  add('roof', roof(0), roof(1));
  add('water', water(0), water(1), water(2));
  add('barren', barren(0), barren(1), barren(2));
  add('sand', sand(0), sand(1));
  add('hedge', hedge(0), hedge(1));
  add(
    'tree',
    treeTile('deciduous-tree', 0),
    treeTile('deciduous-tree', 1),
    treeTile('deciduous-tree', 2),
  );
  add('pine', treeTile('evergreen-tree', 0), treeTile('evergreen-tree', 1));
  add('fence', fence(false));
  add('fence_v', fence(true));
  add('rock', rock(0), rock(1), rock(2));
  add('counter', counter(0), counter(1));
  add('carpet', carpet(0), carpet(1));
  return t;
}

function buildTiles(): Record<string, number[]> {
  const defs = tileDefs();
  const columns = Math.min(TILE_COLUMNS, defs.length);
  const rows = Math.ceil(defs.length / columns);
  const parts: string[] = [];
  const map: Record<string, number[]> = {};
  defs.forEach((d, i) => {
    const x = (i % columns) * TILE;
    const y = Math.floor(i / columns) * TILE;
    parts.push(
      `<svg x="${x}" y="${y}" width="${TILE}" height="${TILE}" viewBox="0 0 ${TILE} ${TILE}">${prefixIds(d.svg, `t${i}_`)}</svg>`,
    );
    (map[d.kind] ??= []).push(i);
  });
  const png = render(svgDoc(columns * TILE, rows * TILE, parts.join('')));
  writeFileSync(join(ASSETS, 'tiles.png'), png);
  // One line per kind, so the file reads like a table.
  const kinds = Object.entries(map).map(([k, v]) => `    ${JSON.stringify(k)}: [${v.join(', ')}]`);
  const json =
    `{\n  "tileSize": ${TILE},\n  "columns": ${columns},\n  "count": ${defs.length},\n` +
    `  "image": "tiles.png",\n  "tiles": {\n${kinds.join(',\n')}\n  }\n}\n`;
  JSON.parse(json); // sanity check
  writeFileSync(join(ASSETS, 'tiles.json'), json);
  console.info(
    `tiles.png ${columns * TILE}×${rows * TILE}, ${defs.length} tiles, ${(png.length / 1024).toFixed(0)} kB`,
  );
  return map;
}

// ---------------------------------------------------------------------------------------------
// 3. UI icons and logo

const UI_ICONS = [
  'glowing-star',
  'locked',
  'speaker-high-volume',
  'muted-speaker',
  'play-button',
  'pause-button',
  'counterclockwise-arrows-button',
  'right-arrow',
  'house',
  'red-heart',
  'check-mark-button',
  'stopwatch',
  'sparkles',
  // The title's Diary and Achievements buttons and "Who's playing?" with no picture chosen:
  // the first screen's icons as small files of their own, so that the page does not decode
  // the whole atlas to draw three 28-pixel icons beside the canvas, which decodes it too.
  'memo',
  'trophy',
  'smiling-face-with-smiling-eyes',
];

/** Maps every fill colour of an icon to a soft grey of similar lightness. */
function greyed(body: string): string {
  return body.replace(
    /(fill|stroke)="#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})"/g,
    (_m, attr: string, hex: string) => {
      const h = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
      const r = parseInt(h.slice(0, 2), 16);
      const g = parseInt(h.slice(2, 4), 16);
      const b = parseInt(h.slice(4, 6), 16);
      const l = 0.299 * r + 0.587 * g + 0.114 * b;
      const v = Math.round(150 + (l / 255) * 60);
      const c = (n: number): string => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0');
      return `${attr}="#${c(v - 4)}${c(v)}${c(v + 8)}"`;
    },
  );
}

function logoSvg(): string {
  // 128×128: a warm rounded square with a red heart and a seedling growing out of it
  // ("small deeds grow"). The seedling's soil is left out so the stem rises from the heart.
  const heart = getIcon('red-heart');
  const seed = getIcon('seedling');
  const leaves = seed.body.replace(/<path fill="#6d4534"[^>]*\/>/, '');
  const nested = (x: number, y: number, size: number, icon: ResolvedIcon, body: string): string =>
    `<svg x="${x}" y="${y}" width="${size}" height="${size}" ` +
    `viewBox="${icon.left} ${icon.top} ${icon.width} ${icon.height}">${body}</svg>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">` +
    `<rect width="128" height="128" rx="28" fill="#ffdc93"/>` +
    `<path d="M0 84q32-12 64-5t64-5v26a28 28 0 0 1-28 28H28A28 28 0 0 1 0 100z" fill="#ffca6e"/>` +
    `<ellipse cx="64" cy="115" rx="30" ry="5" fill="#b86a12" fill-opacity="0.16"/>` +
    nested(38.7, 19, 52, seed, leaves) +
    nested(18, 30, 92, heart, heart.body) +
    `</svg>\n`
  );
}

function buildUi(): string[] {
  mkdirSync(UI_DIR, { recursive: true });
  const written: string[] = [];
  for (const name of UI_ICONS) {
    writeFileSync(join(UI_DIR, `${name}.svg`), standaloneIcon(name));
    written.push(`${name}.svg`);
  }
  writeFileSync(join(UI_DIR, 'star.svg'), standaloneIcon('star', greyed(getIcon('star').body)));
  written.push('star.svg');
  const logo = logoSvg();
  writeFileSync(join(UI_DIR, 'logo.svg'), logo);
  written.push('logo.svg');
  // Check that the logo renders (and keep a PNG of it for a quick look, outside the repo).
  render(logo);
  return written;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  mkdirSync(ASSETS, { recursive: true });
  const atlas = buildAtlas();
  const tiles = buildTiles();
  const ui = buildUi();
  console.info(`\natlas frames (${atlas.frames.length}): ${atlas.frames.join(', ')}`);
  for (const [alias, target] of Object.entries(atlas.substitutes)) {
    console.info(`  alias frame "${alias}" → same rectangle as "${target}"`);
  }
  console.info(`\nui icons: ${ui.join(', ')}`);
  console.info('\ntile map (index = column + row × columns):');
  for (const [kind, idx] of Object.entries(tiles))
    console.info(`  ${kind.padEnd(12)} ${idx.join(', ')}`);
}

main();
