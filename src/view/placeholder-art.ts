// Stand-ins for art that could not be loaded, so that a missing or broken picture file never
// stops the game: every frame of the atlas becomes a soft rounded square with a "?" (each in
// its own pale colour, so people and things still look different), and the tileset plain
// ground of the right colour for each kind (grass green, road grey, water blue…). A frame a
// level asks for that the atlas lacks is drawn as the same "?" square instead of Phaser's
// default (the atlas's first picture). The player is told on the title (ui/notices.ts).
import Phaser from 'phaser';
import atlasJson from '../../assets/atlas.json';
import tilesJson from '../../assets/tiles.json';
import { markAtlasMissing } from '../ui/atlas-icon';
import { addNotice } from '../ui/notices';
import { newCanvas } from './canvas-art';
import { TILE } from './layout';

/** The frame drawn for a picture the atlas lacks. */
export const PLACEHOLDER_FRAME = 'placeholder';

const FRAME = 64;
const FRAME_NAMES = Object.keys(atlasJson.frames);

/** The ground colour of each tile look (tiles.json's keys), as [fill, detail]. */
const GROUND: Record<string, [string, string]> = {
  grass: ['#a8d58a', '#93c574'],
  flowers: ['#a8d58a', '#f2a7c3'],
  path: ['#e4d6bd', '#d2c2a5'],
  floor: ['#d9b68c', '#c9a274'],
  carpet: ['#c98f8f', '#b97a7a'],
  sand: ['#f1dfa8', '#e6cf8c'],
  road: ['#8f949a', '#7d8288'],
  crosswalk_h: ['#8f949a', '#f4f4f0'],
  crosswalk_v: ['#8f949a', '#f4f4f0'],
  barren: ['#c7a77f', '#b39068'],
  wall: ['#b9a48c', '#a38d74'],
  roof: ['#c9694f', '#b5573e'],
  water: ['#8cc7e6', '#76b5d8'],
  hedge: ['#5f9e4f', '#4e8a40'],
  tree: ['#7dbb62', '#4e8a40'],
  pine: ['#7dbb62', '#3f7a45'],
  fence: ['#a8d58a', '#b08a60'],
  fence_v: ['#a8d58a', '#b08a60'],
  rock: ['#a9a9a3', '#8f8f89'],
  counter: ['#d9b68c', '#9c7450'],
};

/** A stable pale hue for a name, so the same picture always gets the same colour. */
function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 360;
}

/**
 * The drawing under and around people and things (a shadow, the ring under the player, the need
 * bubble) is drawn plainly rather than as "?" squares, so the stand-ins do not pile up.
 */
function drawPlain(ctx: CanvasRenderingContext2D, x: number, y: number, name: string): boolean {
  const cx = x + FRAME / 2;
  const cy = y + FRAME / 2;
  switch (name) {
    case 'shadow':
      ctx.beginPath();
      ctx.ellipse(cx, cy, 24, 9, 0, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(61, 47, 34, 0.22)';
      ctx.fill();
      return true;
    case 'marker':
      ctx.beginPath();
      ctx.ellipse(cx, cy, 26, 26, 0, 0, Math.PI * 2);
      ctx.lineWidth = 6;
      ctx.strokeStyle = '#f2b53c';
      ctx.stroke();
      return true;
    case 'bubble':
      ctx.beginPath();
      ctx.roundRect(x + 6, y + 6, FRAME - 12, FRAME - 18, 14);
      ctx.fillStyle = '#fffaf1';
      ctx.fill();
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#c9ad86';
      ctx.stroke();
      return true;
    default:
      return false;
  }
}

function drawQuestion(ctx: CanvasRenderingContext2D, x: number, y: number, name: string): void {
  if (drawPlain(ctx, x, y, name)) return;
  const hue = hueOf(name);
  const r = 16;
  const inset = 6;
  const w = FRAME - inset * 2;
  ctx.beginPath();
  ctx.roundRect(x + inset, y + inset, w, w, r);
  ctx.fillStyle = `hsl(${hue} 60% 88%)`;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = `hsl(${hue} 35% 55%)`;
  ctx.stroke();
  ctx.fillStyle = `hsl(${hue} 35% 35%)`;
  ctx.font = '800 34px Nunito, "Noto Sans SC", system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('?', x + FRAME / 2, y + FRAME / 2 + 2);
}

/** An atlas of "?" squares with a frame for every picture the game's atlas has. */
function placeholderAtlas(scene: Phaser.Scene): void {
  const names = [PLACEHOLDER_FRAME, ...FRAME_NAMES];
  const columns = 16;
  const { canvas, g: ctx } = newCanvas(columns * FRAME, Math.ceil(names.length / columns) * FRAME);
  const texture = scene.textures.addCanvas('atlas', canvas)!;
  names.forEach((name, i) => {
    const x = (i % columns) * FRAME;
    const y = Math.floor(i / columns) * FRAME;
    drawQuestion(ctx, x, y, name);
    texture.add(name, 0, x, y, FRAME, FRAME);
  });
  texture.refresh();
  texture.firstFrame = PLACEHOLDER_FRAME;
}

/** Adds the "?" frame to the real atlas (as a second picture) and makes it the fallback. */
function addPlaceholderFrame(scene: Phaser.Scene): void {
  const texture = scene.textures.get('atlas');
  if (texture.has(PLACEHOLDER_FRAME)) return;
  const { canvas, g: ctx } = newCanvas(FRAME, FRAME);
  drawQuestion(ctx, 0, 0, PLACEHOLDER_FRAME);
  texture.source.push(new Phaser.Textures.TextureSource(texture, canvas));
  texture.add(PLACEHOLDER_FRAME, texture.source.length - 1, 0, 0, FRAME, FRAME);
  // Phaser draws a texture's first frame for a frame name it does not know.
  texture.firstFrame = PLACEHOLDER_FRAME;
}

/** Plain ground of the right colour for each tile of the tileset. */
function placeholderTiles(scene: Phaser.Scene): void {
  const { columns, count } = tilesJson;
  const { canvas, g: ctx } = newCanvas(columns * TILE, Math.ceil(count / columns) * TILE);
  const texture = scene.textures.addCanvas('tiles', canvas)!;
  const lookOf = new Map<number, string>();
  for (const [look, indices] of Object.entries(tilesJson.tiles)) {
    for (const i of indices) lookOf.set(i, look);
  }
  for (let i = 0; i < count; i++) {
    const x = (i % columns) * TILE;
    const y = Math.floor(i / columns) * TILE;
    const look = lookOf.get(i) ?? 'grass';
    const [fill, detail] = GROUND[look] ?? GROUND.grass!;
    ctx.fillStyle = fill;
    ctx.fillRect(x, y, TILE, TILE);
    ctx.fillStyle = detail;
    if (look === 'crosswalk_h') {
      for (let k = 0; k < 4; k++) ctx.fillRect(x + 6 + k * 15, y + 8, 8, TILE - 16);
    } else if (look === 'crosswalk_v') {
      for (let k = 0; k < 4; k++) ctx.fillRect(x + 8, y + 6 + k * 15, TILE - 16, 8);
    } else {
      // A soft edge: enough to see the tiles, never busy.
      ctx.globalAlpha = 0.5;
      ctx.fillRect(x, y + TILE - 3, TILE, 3);
      ctx.fillRect(x + TILE - 3, y, 3, TILE);
      ctx.globalAlpha = 1;
    }
    texture.add(i, 0, x, y, TILE, TILE);
  }
  texture.refresh();
}

/**
 * After loading: draws stand-ins for the picture files that did not arrive (`files` gives each
 * texture key's address, for the warning) and tells the player once.
 */
export function ensureArt(
  scene: Phaser.Scene,
  files: Readonly<Record<'atlas' | 'tiles', string>>,
): void {
  const missing: string[] = [];
  if (!scene.textures.exists('atlas')) {
    missing.push(files.atlas);
    placeholderAtlas(scene);
    markAtlasMissing();
  }
  if (!scene.textures.exists('tiles')) {
    missing.push(files.tiles);
    placeholderTiles(scene);
  }
  if (missing.length === 0) return;
  for (const file of missing) {
    console.warn(
      `Good Deeds: the picture file ${file} could not be loaded; simple stand-ins are drawn instead.`,
    );
  }
  addNotice('faults.artMissing');
}

/**
 * Before a level is drawn: adds the "?" frame to the atlas (once; not on the title, whose start
 * it would slow) and warns once about each picture the level asks for that the atlas lacks.
 */
export function warnUnknownFrames(scene: Phaser.Scene, names: Iterable<string>): void {
  addPlaceholderFrame(scene);
  const texture = scene.textures.get('atlas');
  for (const name of new Set(names)) {
    if (!texture.has(name)) {
      console.warn(`Good Deeds: there is no picture "${name}"; a "?" is drawn instead.`);
    }
  }
}
