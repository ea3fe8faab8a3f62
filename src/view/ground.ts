// Draws the ground once into a single texture: one image to draw per frame, and no seams
// between tiles whatever the zoom. It is baked at the scale it is shown at (screen pixels per
// world pixel), so each frame copies it pixel for pixel: a scaled, smoothed copy of a
// screen-sized picture is the costliest thing a weak laptop's canvas does each frame (with the
// processor 4× slower it was late every other frame; pixel for pixel it keeps up). A WebGL
// canvas that loses its context loses what was drawn into textures: the ground is baked again
// when the context comes back.
import Phaser from 'phaser';
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

/**
 * Bakes tileset indices (rows of columns) into an image at (x, y), `TILE` world pixels a tile,
 * at the scale the first `showAt` asks for (else 1:1, before the scene is first drawn); freed
 * with the scene.
 */
export function bakeGround(
  scene: Phaser.Scene,
  indices: readonly (readonly number[])[],
  x: number,
  y: number,
): BakedGround {
  const rows = indices.length;
  const cols = indices[0]?.length ?? 0;
  const worldW = Math.max(1, cols * TILE);
  const worldH = Math.max(1, rows * TILE);
  let key = '';
  let resolution = 0;
  const image = scene.add.image(x, y, '__DEFAULT').setOrigin(0, 0);

  const draw = (): void => {
    if (!key) return;
    const texture = scene.textures.get(key) as Phaser.Textures.DynamicTexture;
    texture.clear();
    indices.forEach((row, ty) =>
      row.forEach((index, tx) => {
        texture.stamp('tiles', index, tx * TILE * resolution, ty * TILE * resolution, {
          originX: 0,
          originY: 0,
          scale: resolution,
        });
      }),
    );
    texture.render();
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
    const texture = scene.textures.addDynamicTexture(
      key,
      Math.max(1, Math.round(worldW * resolution)),
      Math.max(1, Math.round(worldH * resolution)),
    )!;
    draw();
    // Shown pixel for pixel: the canvas need not smooth it, and does not pay for smoothing.
    // (A GPU smooths for nothing; and Phaser's WebGL renderer loses a dynamic texture whose
    // filter is changed.)
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

  const renderer = scene.game.renderer;
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, draw);
  scene.events.once('shutdown', () => {
    renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, draw);
    scene.events.off(Phaser.Scenes.Events.PRE_RENDER, unlessShown);
    image.destroy();
    if (key) scene.textures.remove(key);
  });
  return { image, showAt };
}
