// Draws the ground once into a single texture: one image to draw per frame, and no seams
// between tiles whatever the zoom. A WebGL canvas that loses its context loses what was drawn
// into textures: the ground is baked again when the context comes back.
import Phaser from 'phaser';
import { TILE } from './layout';

let serial = 0;

/** Bakes tileset indices (rows of columns) into an image at (x, y); freed with the scene. */
export function bakeGround(
  scene: Phaser.Scene,
  indices: readonly (readonly number[])[],
  x: number,
  y: number,
): Phaser.GameObjects.Image {
  const height = indices.length;
  const width = indices[0]?.length ?? 0;
  const key = `ground-${++serial}`;
  const texture = scene.textures.addDynamicTexture(key, width * TILE, height * TILE)!;
  const bake = (): void => {
    texture.clear();
    indices.forEach((row, ty) =>
      row.forEach((index, tx) => {
        texture.stamp('tiles', index, tx * TILE, ty * TILE, { originX: 0, originY: 0 });
      }),
    );
    texture.render();
  };
  bake();
  const image = scene.add.image(x, y, key).setOrigin(0, 0);
  const renderer = scene.game.renderer;
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, bake);
  scene.events.once('shutdown', () => {
    renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, bake);
    image.destroy();
    scene.textures.remove(key);
  });
  return image;
}
