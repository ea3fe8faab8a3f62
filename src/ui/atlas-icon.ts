// Shows a frame of the game's art atlas in the DOM (a CSS sprite), so menus and captions use
// the same pictures as the game.
import atlasJson from '../../assets/atlas.json';
import atlasUrl from '../../assets/atlas.png?url';
import { h } from './dom';

interface FrameRect {
  frame: { x: number; y: number; w: number; h: number };
}
const FRAMES = atlasJson.frames as Record<string, FrameRect>;
const SHEET = atlasJson.meta.size;

/** Set when the atlas picture could not be loaded: icons are then drawn as a "?". */
let atlasMissing = false;

/** The atlas could not be loaded (view/placeholder-art.ts): show a "?" for every icon. */
export function markAtlasMissing(): void {
  atlasMissing = true;
}

/** A decorative picture of `frame`, `size` pixels square (a labelled image if `label` is given). */
export function atlasIcon(frame: string, size: number, label?: string): HTMLElement {
  const f = FRAMES[frame]?.frame;
  const el = h('span', {
    class: 'atlas-icon',
    role: label ? 'img' : undefined,
    'aria-label': label,
    'aria-hidden': label ? undefined : 'true',
  });
  el.style.display = 'inline-block';
  el.style.width = `${size}px`;
  el.style.height = `${size}px`;
  el.style.flex = 'none';
  if (!f || atlasMissing) {
    // A stand-in like the game's own: a soft square with a "?".
    el.classList.add('atlas-icon-missing');
    el.textContent = '?';
    el.style.fontSize = `${Math.round(size * 0.6)}px`;
  } else {
    const scale = size / f.w;
    el.style.backgroundImage = `url("${atlasUrl}")`;
    el.style.backgroundSize = `${SHEET.w * scale}px ${SHEET.h * scale}px`;
    el.style.backgroundPosition = `${-f.x * scale}px ${-f.y * scale}px`;
  }
  return el;
}
