// Settings: the music and effects volumes, each a slider that applies at once and is saved.
// A modal dialogue: focus starts on the first slider and stays inside (Tab and Shift+Tab go
// round), arrow keys move a slider, Esc or Close shut it and focus goes back to the opener.
import { volumesOf, withSettings, type Settings } from '../core/progression';
import type { GameContext } from '../scenes/context';
import { arrowNavigation, h, type Mounted } from './dom';
import { t } from './i18n';

const percent = (v: number): number => Math.round(v * 100);

interface SliderSpec {
  id: string;
  label: string;
  value: number;
  /** Applies the value (0..1) at once, while it moves. */
  apply: (v: number) => void;
  /** Keeps the value (0..1) in the save, once it has been chosen. */
  keep: (v: number) => void;
}

function slider(spec: SliderSpec): HTMLElement {
  const text = (v: number): string => t('settings.percent', { value: v });
  const value = percent(spec.value);
  const output = h('output', { class: 'settings-value', for: spec.id }, text(value));
  const input = h('input', {
    id: spec.id,
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    value,
    'aria-valuetext': text(value),
  });
  const read = (): number => Math.min(100, Math.max(0, Number(input.value) || 0));
  input.addEventListener('input', () => {
    const v = read();
    output.textContent = text(v);
    input.setAttribute('aria-valuetext', text(v));
    spec.apply(v / 100);
  });
  // A key press or the end of a drag: save once, not on every step of a drag.
  input.addEventListener('change', () => spec.keep(read() / 100));
  return h(
    'div',
    { class: 'settings-row' },
    h('label', { for: spec.id }, spec.label),
    input,
    output,
  );
}

/** Opens the settings over the current screen; `opener` gets the focus back when it closes. */
export function showSettings(
  ctx: GameContext,
  opener: HTMLElement | null,
  onClose?: () => void,
): Mounted {
  const volumes = volumesOf(ctx.store.save.settings);
  const save = (change: Partial<Settings>): void => {
    ctx.store.update((s) => withSettings(s, change));
  };
  const music = slider({
    id: 'settings-music',
    label: t('settings.music'),
    value: volumes.music,
    apply: (v) => ctx.music.setVolume(v),
    keep: (v) => save({ musicVolume: v }),
  });
  const effects = slider({
    id: 'settings-sfx',
    label: t('settings.sfx'),
    value: volumes.sfx,
    apply: (v) => ctx.sfx.setVolume(v),
    keep: (v) => {
      save({ sfxVolume: v });
      // A sample of the new level.
      ctx.sfx.play('pickup');
    },
  });
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    backdrop.remove();
    ctx.sfx.play('click');
    opener?.focus();
    onClose?.();
  };
  const done = h('button', { class: 'btn btn-primary', onclick: close }, t('settings.close'));
  const card = h(
    'div',
    {
      class: 'card settings',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'settings-title',
    },
    h('h1', { id: 'settings-title' }, t('settings.heading')),
    music,
    effects,
    h('div', { class: 'actions' }, done),
  );
  const backdrop = h('div', { class: 'backdrop' }, card);
  arrowNavigation(card);
  backdrop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      const stops = [...card.querySelectorAll<HTMLElement>('input, button')];
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  });
  // A click on the dimmed backdrop (outside the card) closes too.
  backdrop.addEventListener('pointerdown', (e) => {
    if (e.target === backdrop) close();
  });
  ctx.ui.append(backdrop);
  card.querySelector<HTMLInputElement>('input')?.focus();
  return {
    el: backdrop,
    destroy: () => {
      closed = true;
      backdrop.remove();
    },
  };
}

/** The title's "Settings" button, which opens the settings and gets the focus back after. */
export function settingsButton(ctx: GameContext): HTMLButtonElement {
  const btn: HTMLButtonElement = h(
    'button',
    {
      class: 'btn',
      'aria-haspopup': 'dialog',
      onclick: () => {
        ctx.sfx.play('click');
        showSettings(ctx, btn);
      },
    },
    t('settings.open'),
  );
  return btn;
}
