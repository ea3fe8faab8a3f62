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
  if (f) {
    const scale = size / f.w;
    el.style.backgroundImage = `url("${atlasUrl}")`;
    el.style.backgroundSize = `${SHEET.w * scale}px ${SHEET.h * scale}px`;
    el.style.backgroundPosition = `${-f.x * scale}px ${-f.y * scale}px`;
  }
  return el;
}
