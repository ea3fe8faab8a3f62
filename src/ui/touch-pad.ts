// The on-screen pad for touch screens: four arrows (hold to keep walking) and a big help button.
import type { Dir } from '../core/geometry';
import { h, type Mounted } from './dom';
import { t } from './i18n';
import { atlasIcon } from './atlas-icon';

export interface TouchPadOptions {
  hold: (dir: Dir) => void;
  release: (dir: Dir) => void;
  interact: () => void;
}

const ARROWS: [Dir, string][] = [
  ['up', '▲'],
  ['left', '◀'],
  ['right', '▶'],
  ['down', '▼'],
];

/** True on devices whose main pointer is a finger. */
export function isTouchDevice(): boolean {
  return window.matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0;
}

export function showTouchPad(root: HTMLElement, o: TouchPadOptions): Mounted {
  const pad = h('div', { class: 'touch-pad', role: 'group', 'aria-label': t('touch.pad') });
  for (const [dir, glyph] of ARROWS) {
    const btn = h(
      'button',
      { class: `pad-btn pad-${dir}`, 'aria-label': t(`touch.${dir}`), 'data-dir': dir },
      glyph,
    );
    const release = (): void => o.release(dir);
    btn.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      btn.setPointerCapture?.(e.pointerId);
      o.hold(dir);
    });
    btn.addEventListener('pointerup', release);
    btn.addEventListener('pointercancel', release);
    btn.addEventListener('lostpointercapture', release);
    pad.append(btn);
  }
  const help = h(
    'button',
    { class: 'pad-help', 'aria-label': t('touch.help') },
    atlasIcon('red-heart', 40),
    h('span', {}, t('touch.helpShort')),
  );
  help.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    o.interact();
  });
  // A landmark of its own, so a screen reader can find the pad among the screen's parts.
  const el = h(
    'div',
    { class: 'touch-controls', role: 'region', 'aria-label': t('a11y.touchControls') },
    pad,
    help,
  );
  root.append(el);
  return { el, destroy: () => el.remove() };
}
