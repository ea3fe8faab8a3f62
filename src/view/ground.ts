// Draws the ground once into a single texture: one image to draw per frame, and no seams
// between tiles whatever the zoom. It is baked at the scale it is shown at (screen pixels per
// world pixel), so each frame copies it pixel for pixel: a scaled, smoothed copy of a
// screen-sized picture is the costliest thing a weak laptop's canvas does each frame (with the
// processor 4× slower it was late every other frame; pixel for pixel it keeps up). The tiles
// are copied onto a plain canvas with the browser's own drawImage (a few hundred copies take
// about a millisecond; Phaser's stamps took ten), whose pixels survive a lost WebGL context:
// Phaser uploads the canvas again when the context comes back.
import Phaser from 'phaser';
import { addCanvasTexture, newCanvas } from './canvas-art';
import { TILE } from './layout';

let serial = 0;

/** The most pixels a baked ground may have (about 32 MB); beyond, it is baked smaller. */
const MAX_PIXELS = 8_000_000;
/** No side longer than this (what every WebGL device takes). */
const MAX_SIDE = 4096;

export interface BakedGround {
  readonly image: Phaser.GameObjects.Image;
  /** Bakes again, if it must, to be shown at `scale` screen pixels per world pixel. */
  showAt(scale: number): void;
}

/** Draws more onto the ground, in world pixels, over the tiles (what never moves). */
export type GroundOverlay = (g: CanvasRenderingContext2D) => void;

/**
 * Bakes tileset indices (rows of columns) into an image at (x, y), `TILE` world pixels a tile,
 * at the scale the first `showAt` asks for (else 1:1, before the scene is first drawn), with
 * `overlay` drawn over the tiles; freed with the scene.
 */
export function bakeGround(
  scene: Phaser.Scene,
  indices: readonly (readonly number[])[],
  x: number,
  y: number,
  overlay?: GroundOverlay,
): BakedGround {
  const rows = indices.length;
  const cols = indices[0]?.length ?? 0;
  const worldW = Math.max(1, cols * TILE);
  const worldH = Math.max(1, rows * TILE);
  let key = '';
  let resolution = 0;
  const image = scene.add.image(x, y, '__DEFAULT').setOrigin(0, 0);

  /** A canvas `width` × `height` with every tile on it, `resolution` pixels a world pixel. */
  const paint = (width: number, height: number): HTMLCanvasElement => {
    const { canvas, g } = newCanvas(width, height);
    // Tile edges on whole pixels: neighbours meet without a seam at any scale.
    const at = (n: number): number => Math.round(n * TILE * resolution);
    indices.forEach((row, ty) =>
      row.forEach((index, tx) => {
        const f = scene.textures.getFrame('tiles', index);
        if (!f) return;
        const dx = at(tx);
        const dy = at(ty);
        g.drawImage(
          f.source.image as CanvasImageSource,
          f.cutX,
          f.cutY,
          f.cutWidth,
          f.cutHeight,
          dx,
          dy,
          at(tx + 1) - dx,
          at(ty + 1) - dy,
        );
      }),
    );
    if (overlay) {
      g.save();
      g.scale(resolution, resolution);
      overlay(g);
      g.restore();
    }
    return canvas;
  };

  const showAt = (scale: number): void => {
    // As large as shown, unless that is too many pixels: then smaller, and drawn smoothed.
    const limit = Math.min(
      Math.sqrt(MAX_PIXELS / (worldW * worldH)),
      MAX_SIDE / Math.max(worldW, worldH),
    );
    const wanted = Math.min(scale, limit);
    if (Math.abs(wanted - resolution) < 0.001) return;
    resolution = wanted;
    const old = key;
    key = `ground-${++serial}`;
    const width = Math.max(1, Math.round(worldW * resolution));
    const height = Math.max(1, Math.round(worldH * resolution));
    const texture = addCanvasTexture(scene, key, paint(width, height));
    // Shown pixel for pixel: the canvas need not smooth it, and does not pay for smoothing.
    // (A GPU smooths for nothing.)
    if (wanted === scale && scene.game.renderer.type === Phaser.CANVAS) {
      texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
    }
    image.setTexture(key).setDisplaySize(worldW, worldH);
    if (old) scene.textures.remove(old);
  };
  // The caller usually says the scale at once: one bake, not one at 1:1 and another.
  const unlessShown = (): void => {
    if (!key) showAt(1);
  };
  scene.events.once(Phaser.Scenes.Events.PRE_RENDER, unlessShown);

  scene.events.once('shutdown', () => {
    scene.events.off(Phaser.Scenes.Events.PRE_RENDER, unlessShown);
    image.destroy();
    if (key) scene.textures.remove(key);
  });
  return { image, showAt };
}
