// Pictures the game draws once on a plain canvas with the browser's own 2D drawing, then shows
// as images: a Phaser Graphics is drawn again, path by path, every frame, which costs a weak
// laptop's canvas far more than copying a picture.
import type Phaser from 'phaser';

/** A new canvas of `width` × `height` pixels and its 2D context. */
export function newCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; g: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return { canvas, g: canvas.getContext('2d')! };
}

/**
 * Adds `canvas` as texture `key` (one frame, the whole canvas). Phaser uploads it again if a
 * WebGL context is lost and restored; the canvas keeps its pixels.
 */
export function addCanvasTexture(
  scene: Phaser.Scene,
  key: string,
  canvas: HTMLCanvasElement,
): Phaser.Textures.Texture {
  const texture = scene.textures.create(key, canvas, canvas.width, canvas.height)!;
  texture.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
  return texture;
}

/** `0xrrggbb` and an alpha as a CSS colour. */
export function rgba(colour: number, alpha = 1): string {
  return `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;
}

/** Starts a path round a rectangle with corners of radius `r`. */
export function roundedRectPath(
  g: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const k = Math.max(0, Math.min(r, w / 2, h / 2));
  g.beginPath();
  g.moveTo(x + k, y);
  g.arcTo(x + w, y, x + w, y + h, k);
  g.arcTo(x + w, y + h, x, y + h, k);
  g.arcTo(x, y + h, x, y, k);
  g.arcTo(x, y, x + w, y, k);
  g.closePath();
}
