// The canvas always fills the viewport. Phaser's FIT mode scales it to its parent (#game, the
// whole window); we choose the game size from the viewport: its CSS size times a resolution
// (the device pixel ratio, within reason). So the aspect always matches (no letterbox bars),
// one game pixel is one device pixel (sharp on phones and projectors), and Phaser keeps doing
// the CSS sizing and the pointer mapping. Scenes lay out from `this.scale` and `cssScale()`.
import type Phaser from 'phaser';
import { resolutionFor } from './play-area';

let resolution = 1;

/** Game pixels per CSS pixel, as chosen for the current viewport. */
export function cssScale(): number {
  return resolution;
}

/** The viewport's size in CSS pixels. */
export function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  return {
    width: Math.max(1, root.clientWidth || window.innerWidth),
    height: Math.max(1, root.clientHeight || window.innerHeight),
  };
}

/** The game size for the current viewport (for the game's config, before it starts). */
export function gameSizeForViewport(): { width: number; height: number } {
  const { width, height } = viewportSize();
  resolution = resolutionFor(width, height, window.devicePixelRatio || 1);
  return { width: Math.round(width * resolution), height: Math.round(height * resolution) };
}

/**
 * Keeps the game size matched to the viewport through resizes, rotations and full screen.
 * Phaser emits its RESIZE event on the scale manager after each change; scenes re-lay out then.
 */
export function keepCanvasFitted(game: Phaser.Game): void {
  let queued = 0;
  const fit = (): void => {
    queued = 0;
    const scale = game.scale;
    if (!scale?.canvas) return;
    const size = gameSizeForViewport();
    if (size.width === scale.width && size.height === scale.height) return;
    scale.getParentBounds();
    scale.setGameSize(size.width, size.height);
  };
  const soon = (): void => {
    // Now, and once more after the browser has settled (a rotation reports sizes in steps).
    fit();
    window.cancelAnimationFrame(queued);
    queued = window.requestAnimationFrame(fit);
  };
  window.addEventListener('resize', soon);
  window.addEventListener('orientationchange', soon);
  document.addEventListener('fullscreenchange', soon);
  window.visualViewport?.addEventListener('resize', soon);
}
