// Lays out the title's heart, name and tagline in the room the DOM menu (and anything else on
// the UI layer, such as a notice) leaves: above the menu, or beside it on a short landscape
// screen. Runs again on every resize and whenever the UI layer changes.
import Phaser from 'phaser';
import type { Box } from './play-area';
import { FONT_STACK } from './fonts';
import { cssScale, viewportSize } from './screen';
import { textWidth } from './text-metrics';

export interface TitleParts {
  logo: Phaser.GameObjects.Image;
  /**
   * The name and the tagline: DOM text over the canvas (styles.css, `.title-words`), which the
   * browser draws, stroke and shadow included, off the page's main thread; a canvas text of
   * that size would be drawn on it, and in WebGL sent to the GPU as a texture.
   */
  name: HTMLElement;
  tagline: HTMLElement;
}

/** Natural sizes at scale 1, CSS pixels. */
const LOGO_SCALE = 1.3;
const LOGO_PULSE = 1.09;
const NAME_PX = 92;
const NAME_STROKE = 14;
const TAGLINE_PX = 30;
const TAGLINE_STROKE = 8;
const MIN_TAGLINE_PX = 17;
/** Heart centre, name centre: offsets from the block's top; the block's natural height. */
const LOGO_Y = 46;
const NAME_Y = 141;
const NAME_HALF = 56;
const BLOCK_H = 250;
/** The most the title grows, times the DOM layer's zoom (layout.css: bigger on a projector). */
const MAX_SCALE = 1.1;
const MARGIN = 12;

/** Keeps `parts` laid out around `menu` (inside `ui`) until the scene shuts down. */
export function keepTitleLaidOut(
  scene: Phaser.Scene,
  parts: TitleParts,
  ui: HTMLElement,
  menu: () => HTMLElement | null,
  reducedMotion: boolean,
): void {
  const { logo, name, tagline } = parts;
  logo.setOrigin(0.5);
  let logoScale = LOGO_SCALE;
  const pulse = { v: 1 };
  if (!reducedMotion) {
    scene.tweens.add({
      targets: pulse,
      v: LOGO_PULSE,
      duration: 900,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.InOut',
      onUpdate: () => logo.setScale(logoScale * pulse.v),
    });
  }

  // The name's natural width (its stroke included), measured on a canvas without laying the
  // page out: it decides the scale across.
  const nameW = textWidth('800', FONT_STACK, NAME_PX, name.textContent ?? '') + NAME_STROKE;

  const layout = (): void => {
    if (!scene.sys.isActive() || !name.isConnected) return;
    const k = cssScale();
    const view = viewportSize();
    const region = bestRegion(view, ui, menu());
    const rw = Math.max(1, region.right - region.left);
    const rh = Math.max(1, region.bottom - region.top);
    // The name's natural width decides the scale across; the block's height decides it down.
    // Its width grows in step with its size (the stroke grows with it).
    // In step with the menu: as large as the DOM layer is zoomed, a little more at most.
    const zoom = Number(getComputedStyle(ui).zoom) || 1;
    // The player's text size (--text-scale, set by ui/access.ts) makes the tagline larger too.
    const textScale =
      Number(getComputedStyle(document.documentElement).getPropertyValue('--text-scale')) || 1;
    let s = Math.min(MAX_SCALE * zoom, (rw * 0.92) / nameW, (rh * 0.82) / BLOCK_H);
    for (let pass = 0; pass < 2; pass++) {
      // CSS pixels: the words are on the page, over the canvas.
      const nameSize = Math.round(NAME_PX * s);
      name.style.fontSize = `${nameSize}px`;
      name.style.setProperty('--stroke', `${(NAME_STROKE * s).toFixed(1)}px`);
      name.style.setProperty('--drop', `${(6 * s).toFixed(1)}px`);
      name.style.setProperty('--blur', `${(8 * s).toFixed(1)}px`);
      const tagPx = Math.max(MIN_TAGLINE_PX, TAGLINE_PX * s) * textScale;
      tagline.style.fontSize = `${Math.round(tagPx)}px`;
      tagline.style.setProperty(
        '--stroke',
        `${(TAGLINE_STROKE * Math.min(1, tagPx / TAGLINE_PX)).toFixed(1)}px`,
      );
      tagline.style.width = `${Math.floor(rw * 0.94)}px`;
      const tagH = tagline.offsetHeight;
      const blockH = (NAME_Y + NAME_HALF + 8) * s + tagH;
      if (blockH <= rh * 0.9 || pass === 1) {
        // Centre the block in the region, a little above the middle.
        const top = region.top + Math.max(0, (rh - blockH) * 0.45);
        const cx = (region.left + region.right) / 2;
        logoScale = LOGO_SCALE * s * k;
        logo.setScale(logoScale * pulse.v).setPosition(cx * k, (top + LOGO_Y * s) * k);
        place(name, cx, top + NAME_Y * s);
        place(tagline, cx, top + (NAME_Y + NAME_HALF + 8) * s + tagH / 2);
        break;
      }
      s *= (rh * 0.9) / blockH;
    }
  };

  let frame = 0;
  const soon = (): void => {
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(layout);
  };
  layout();
  scene.scale.on(Phaser.Scale.Events.RESIZE, layout);
  // The menu changes size (a language), a notice or another panel comes or goes.
  const resized = new ResizeObserver(soon);
  const watched = new Set<Element>();
  const watch = (): void => {
    for (const el of ui.children) {
      if (!watched.has(el)) {
        watched.add(el);
        resized.observe(el);
      }
    }
    soon();
  };
  const mutations = new MutationObserver(watch);
  mutations.observe(ui, { childList: true });
  watch();
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, layout);
    resized.disconnect();
    mutations.disconnect();
    window.cancelAnimationFrame(frame);
  });
}

/** Puts `el`'s centre at (`x`, `y`), CSS pixels from the viewport's top left. */
function place(el: HTMLElement, x: number, y: number): void {
  el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -50%)`;
}

/** The larger of the room above the menu and the room beside it, less what else is there. */
function bestRegion(
  view: { width: number; height: number },
  ui: HTMLElement,
  menu: HTMLElement | null,
): Box {
  const m = menu?.getBoundingClientRect();
  const whole: Box = { left: 0, top: 0, right: view.width, bottom: view.height };
  const candidates: Box[] =
    m && m.height > 0
      ? [
          { ...whole, bottom: m.top },
          { ...whole, right: m.left },
        ]
      : [whole];
  const others = [...ui.children]
    .filter((el) => el !== menu && !el.contains(menu ?? null))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.width < view.width * 0.98);
  let best: Box = whole;
  let bestScore = -1;
  for (const c of candidates) {
    const box = { ...c };
    for (const r of others) {
      const overlaps =
        r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      if (!overlaps) continue;
      if ((r.top + r.bottom) / 2 < (box.top + box.bottom) / 2)
        box.top = Math.max(box.top, r.bottom);
      else box.bottom = Math.min(box.bottom, r.top);
    }
    const inner = {
      left: box.left + MARGIN,
      top: box.top + MARGIN,
      right: box.right - MARGIN,
      bottom: box.bottom - MARGIN,
    };
    // What counts is the scale the block could take there.
    const score = Math.min((inner.right - inner.left) / 520, (inner.bottom - inner.top) / BLOCK_H);
    if (score > bestScore) {
      bestScore = score;
      best = inner;
    }
  }
  return best;
}
