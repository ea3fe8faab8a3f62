// Keeps the map fitted to the screen during play: measures what the HUD and the touch pad
// cover, asks play-area.ts where the map goes, and points the camera there — at the start, on
// every resize, rotation or full-screen change, and whenever the HUD or the pad change size.
import Phaser from 'phaser';
import { playArea, type PlayArea } from './play-area';
import { cssScale, viewportSize } from './screen';
import type { WorldView } from './world-view';

export interface PlayLayout {
  /** Lays the map out again now (after the HUD or the pad was added). */
  refresh(): void;
  /** The last layout, CSS pixels. */
  readonly current: PlayArea | null;
  destroy(): void;
}

export function watchPlayLayout(
  scene: Phaser.Scene,
  view: WorldView,
  map: { width: number; height: number },
  panels: () => { hud: HTMLElement | null; touch: HTMLElement | null },
): PlayLayout {
  let current: PlayArea | null = null;
  let frame = 0;
  const refresh = (): void => {
    const { hud, touch } = panels();
    const arrows = touch?.querySelector('.touch-pad')?.getBoundingClientRect();
    const help = touch?.querySelector('.pad-help')?.getBoundingClientRect();
    const hudBox = hud?.getBoundingClientRect();
    current = playArea({
      view: viewportSize(),
      hudBottom: hudBox && hudBox.height > 0 ? hudBox.bottom : 0,
      pad: arrows && help && arrows.width > 0 ? { arrows, help } : null,
      map,
    });
    view.layout(current, cssScale());
  };
  const soon = (): void => {
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(refresh);
  };
  const observer = new ResizeObserver(soon);
  const observed = new Set<Element>();
  const observe = (): void => {
    const { hud, touch } = panels();
    for (const el of [hud, touch]) {
      if (el && !observed.has(el)) {
        observed.add(el);
        observer.observe(el);
      }
    }
  };
  scene.scale.on(Phaser.Scale.Events.RESIZE, refresh);
  observe();
  refresh();
  return {
    refresh: () => {
      observe();
      refresh();
    },
    get current() {
      return current;
    },
    destroy: () => {
      scene.scale.off(Phaser.Scale.Events.RESIZE, refresh);
      observer.disconnect();
      window.cancelAnimationFrame(frame);
    },
  };
}
