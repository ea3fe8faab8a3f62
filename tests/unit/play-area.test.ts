// Where the map goes on screens of every size, and how sharp the canvas is drawn.
import { describe, expect, it } from 'vitest';
import {
  FOLLOW_TILE_CSS,
  HEADROOM_TILES,
  MAX_TILE_CSS,
  MIN_TILE_CSS,
  playArea,
  resolutionFor,
  type Box,
  type PlayAreaInput,
} from '../../src/view/play-area';

const LEVEL_1 = { width: 17, height: 9 };
const BIGGEST = { width: 22, height: 12 };

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

/** The touch pad as styles.css draws it: 3×52 px + gaps bottom left, 84 px bottom right. */
function pad(width: number, height: number): NonNullable<PlayAreaInput['pad']> {
  return {
    arrows: box(16, height - 16 - 164, 16 + 164, height - 16),
    help: box(width - 16 - 84, height - 16 - 84, width - 16, height - 16),
  };
}

const inside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - 1e-9 &&
  inner.top >= outer.top - 1e-9 &&
  inner.right <= outer.right + 1e-9 &&
  inner.bottom <= outer.bottom + 1e-9;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('playArea', () => {
  it('shows the whole map as large as it fits on a laptop, below the HUD', () => {
    const a = playArea({ view: { width: 1280, height: 720 }, hudBottom: 72, map: LEVEL_1 });
    expect(a.follow).toBe(false);
    // 720 - 72 - margins over 9.5 rows: about 66 px a tile.
    expect(a.tile).toBeGreaterThan(60);
    expect(a.box.top).toBeGreaterThanOrEqual(72);
    expect(a.box.bottom - a.box.top).toBeCloseTo(a.tile * (LEVEL_1.height + HEADROOM_TILES), 6);
    expect(a.box.right - a.box.left).toBeCloseTo(a.tile * LEVEL_1.width, 6);
    // Centred across.
    expect(a.box.left).toBeCloseTo(1280 - a.box.right, 6);
  });

  it('makes tiles big on a projector, but no bigger than the cap on a huge screen', () => {
    const projector = playArea({
      view: { width: 1920, height: 1080 },
      hudBottom: 108,
      map: LEVEL_1,
    });
    expect(projector.follow).toBe(false);
    expect(projector.tile).toBeGreaterThan(95);
    const huge = playArea({ view: { width: 7680, height: 4320 }, hudBottom: 72, map: LEVEL_1 });
    expect(huge.tile).toBe(MAX_TILE_CSS);
  });

  it('follows the player with readable tiles on a phone held upright, above the pad', () => {
    const view = { width: 360, height: 740 };
    const p = pad(view.width, view.height);
    const a = playArea({ view, hudBottom: 110, pad: p, map: LEVEL_1 });
    expect(a.follow).toBe(true);
    expect(a.tile).toBeGreaterThanOrEqual(MIN_TILE_CSS);
    expect(a.tile).toBeLessThanOrEqual(FOLLOW_TILE_CSS);
    expect(a.box.top).toBeGreaterThanOrEqual(110);
    expect(overlaps(a.box, p.arrows)).toBe(false);
    expect(overlaps(a.box, p.help)).toBe(false);
    // The map's short side (its rows) fits whole: only sideways does the camera move.
    expect(a.box.bottom - a.box.top).toBeCloseTo(a.tile * (LEVEL_1.height + HEADROOM_TILES), 6);
  });

  it('puts the map between the pad and the help button on a phone held sideways', () => {
    const view = { width: 740, height: 360 };
    const p = pad(view.width, view.height);
    const a = playArea({ view, hudBottom: 56, pad: p, map: LEVEL_1 });
    expect(a.box.left).toBeGreaterThanOrEqual(p.arrows.right);
    expect(a.box.right).toBeLessThanOrEqual(p.help.left);
    expect(a.tile).toBeGreaterThanOrEqual(MIN_TILE_CSS);
  });

  it('keeps tiles readable and inside the free room on every screen the game supports', () => {
    const screens = [
      [320, 568],
      [360, 740],
      [568, 320],
      [740, 360],
      [844, 390],
      [768, 1024],
      [1280, 720],
      [1366, 768],
      [1920, 1080],
    ] as const;
    for (const [width, height] of screens) {
      for (const touch of [false, true]) {
        for (const map of [LEVEL_1, BIGGEST]) {
          const view = { width, height };
          const p = touch ? pad(width, height) : null;
          const hudBottom = width < 640 ? 112 : 64;
          const a = playArea({ view, hudBottom, pad: p, map });
          const where = `${width}×${height} touch=${touch} map=${map.width}×${map.height}`;
          expect(a.tile, where).toBeGreaterThanOrEqual(MIN_TILE_CSS);
          expect(inside(a.box, box(0, hudBottom, width, height)), where).toBe(true);
          if (p) {
            expect(overlaps(a.box, p.arrows), where).toBe(false);
            expect(overlaps(a.box, p.help), where).toBe(false);
          }
          // Followed only when the whole map would be too small to read.
          if (a.follow && !p) {
            const w = width - 12;
            const h = height - hudBottom - 12;
            expect(Math.min(w / map.width, h / (map.height + HEADROOM_TILES)), where).toBeLessThan(
              MIN_TILE_CSS,
            );
          }
        }
      }
    }
  });

  it('gives an empty room rather than failing on a window shrunk to nothing', () => {
    const a = playArea({ view: { width: 10, height: 10 }, hudBottom: 40, map: LEVEL_1 });
    expect(a.box.right - a.box.left).toBeGreaterThanOrEqual(0);
    expect(a.box.bottom - a.box.top).toBeGreaterThanOrEqual(0);
    expect(a.follow).toBe(true);
  });
});

describe('resolutionFor', () => {
  it('follows the device pixel ratio up to 2', () => {
    expect(resolutionFor(360, 740, 1)).toBe(1);
    expect(resolutionFor(360, 740, 2)).toBe(2);
    expect(resolutionFor(360, 740, 3)).toBe(2);
    expect(resolutionFor(1280, 720, 1.5)).toBe(1.5);
  });

  it('draws fewer pixels on a very large screen, never below one per CSS pixel', () => {
    expect(resolutionFor(1920, 1080, 2)).toBeCloseTo(Math.SQRT2, 6);
    expect(resolutionFor(3840, 2160, 2)).toBe(1);
    expect(resolutionFor(1920, 1080, 1)).toBe(1);
  });

  it('copes with a missing or odd ratio', () => {
    expect(resolutionFor(800, 600, Number.NaN)).toBe(1);
    expect(resolutionFor(800, 600, 0)).toBe(1);
  });
});
