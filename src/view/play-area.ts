// Layout maths for a screen of any size, kept free of Phaser and the DOM so it can be unit
// tested: how many canvas pixels to draw per CSS pixel, and where the map goes in play.

/** A rectangle in CSS pixels, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Below this many CSS pixels a tile is too small to read or tap: the camera follows instead. */
export const MIN_TILE_CSS = 28;
/** The largest tile when following the player (a finger-sized tile, still showing the street). */
export const FOLLOW_TILE_CSS = 36;
/** The largest tile at all (a 4K screen at 1:1 would otherwise show a few giant tiles). */
export const MAX_TILE_CSS = 128;
/** Room kept between the map and the HUD, the touch pad and the screen's edges. */
export const MAP_MARGIN_CSS = 6;
/** Extra room above the map's top row, in tiles, for the bubbles over people standing there. */
export const HEADROOM_TILES = 0.5;

/** The most canvas pixels per CSS pixel (sharp on a phone, without drawing 9× the pixels). */
const MAX_RESOLUTION = 2;
/** The most canvas pixels in all: about two 1080p screens. */
const MAX_PIXELS = 2 * 1920 * 1080;

/**
 * Canvas pixels per CSS pixel for a viewport: the device pixel ratio (sharp on phones and
 * high-density screens), at most 2, and less when the canvas would be very large. Never below 1.
 */
export function resolutionFor(cssWidth: number, cssHeight: number, dpr: number): number {
  const wanted = Math.min(MAX_RESOLUTION, Math.max(1, Number.isFinite(dpr) ? dpr : 1));
  const area = Math.max(1, cssWidth * cssHeight);
  const byArea = Math.sqrt(MAX_PIXELS / area);
  return Math.max(1, Math.min(wanted, byArea));
}

export interface PlayAreaInput {
  /** The viewport, CSS pixels. */
  view: { width: number; height: number };
  /** Where the HUD bar ends (its bottom edge), CSS pixels; 0 without a HUD. */
  hudBottom: number;
  /** The touch pad (arrows, bottom left) and help button (bottom right), when shown. */
  pad?: { arrows: Box; help: Box } | null;
  /** The map's size in tiles. */
  map: { width: number; height: number };
}

export interface PlayArea {
  /** Where the map is drawn (the camera's viewport), CSS pixels. */
  box: Box;
  /** Size of a tile on screen, CSS pixels. */
  tile: number;
  /** True when the whole map does not fit at a readable size: the camera follows the player. */
  follow: boolean;
}

/**
 * Places the map in the room the HUD and the touch pad leave. The whole map when its tiles can
 * be at least `MIN_TILE_CSS`; otherwise tiles of a readable size (up to `FOLLOW_TILE_CSS`,
 * as large as lets the map's short side fit) and a camera that follows the player.
 * With a touch pad it tries both leaving the bottom strip to the pad (good in portrait) and
 * leaving it the left and right columns (good in landscape), and keeps whichever shows more.
 */
export function playArea(input: PlayAreaInput): PlayArea {
  const { view, map } = input;
  const top = Math.max(0, input.hudBottom) + MAP_MARGIN_CSS;
  const full: Box = {
    left: MAP_MARGIN_CSS,
    top,
    right: view.width - MAP_MARGIN_CSS,
    bottom: view.height - MAP_MARGIN_CSS,
  };
  const candidates: Box[] = [];
  const pad = input.pad;
  if (pad) {
    const padTop = Math.min(pad.arrows.top, pad.help.top);
    candidates.push({ ...full, bottom: padTop - MAP_MARGIN_CSS });
    candidates.push({
      ...full,
      left: pad.arrows.right + MAP_MARGIN_CSS,
      right: pad.help.left - MAP_MARGIN_CSS,
    });
  } else {
    candidates.push(full);
  }
  const rows = map.height + HEADROOM_TILES;
  let best: { area: PlayArea; score: number } | null = null;
  for (const box of candidates) {
    const w = Math.max(0, box.right - box.left);
    const h = Math.max(0, box.bottom - box.top);
    const fit = Math.min(w / map.width, h / rows);
    let tile: number;
    let follow: boolean;
    if (fit >= MIN_TILE_CSS) {
      tile = Math.min(fit, MAX_TILE_CSS);
      follow = false;
    } else {
      // Fit the map's short side if a readable tile allows it, else the smallest readable tile.
      const other = Math.max(w / map.width, h / rows);
      tile = Math.max(MIN_TILE_CSS, Math.min(FOLLOW_TILE_CSS, other));
      follow = true;
    }
    // The map drawn no larger than the room, centred in it.
    const shownW = Math.min(w, map.width * tile);
    const shownH = Math.min(h, rows * tile);
    const left = box.left + (w - shownW) / 2;
    const boxTop = box.top + (h - shownH) / 2;
    const area: PlayArea = {
      box: { left, top: boxTop, right: left + shownW, bottom: boxTop + shownH },
      tile,
      follow,
    };
    // A whole map beats a followed one; then larger tiles (whole) or more tiles seen (followed).
    const score = follow ? (shownW / tile) * (shownH / tile) : 1e9 + tile;
    if (!best || score > best.score) best = { area, score };
  }
  return best!.area;
}
