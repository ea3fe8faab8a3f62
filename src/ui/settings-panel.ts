// Settings, kept per player: sound (music and effects volumes, captions for sounds), text and
// colours (text size, high contrast), motion and time (reduced motion, relaxed mode). Each
// control applies at once and is saved in the player's save.
// A modal dialogue: focus starts on the first slider and stays inside (Tab and Shift+Tab go
// round), arrow keys move a slider or a choice, Esc or Done shut it and focus goes back to the
// opener.
import {
  accessOf,
  MOTION_CHOICES,
  TEXT_SIZES,
  volumesOf,
  withSettings,
  type AccessSettings,
  type MotionChoice,
  type Settings,
  type TextSize,
} from '../core/progression';
import { isRelaxed } from '../core/class-link';
import { classSettings } from '../platform/class-mode';
import type { GameContext } from '../scenes/context';
import { applyAccess } from './access';
import { arrowNavigation, h, type Mounted } from './dom';
import { t } from './i18n';
import { profileLabel } from './profile-label';

const percent = (v: number): number => Math.round(v * 100);

const TEXT_SIZE_LABELS: Record<TextSize, () => string> = {
  normal: () => t('access.textSizes.normal'),
  large: () => t('access.textSizes.large'),
  largest: () => t('access.textSizes.largest'),
};

const MOTION_LABELS: Record<MotionChoice, () => string> = {
  device: () => t('access.motions.device'),
  on: () => t('access.motions.on'),
  off: () => t('access.motions.off'),
};

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

/** A checkbox drawn as a switch, with a line of help under it. */
function toggle(o: {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  disabled?: boolean;
  note?: string | null;
  onChange: (checked: boolean) => void;
}): HTMLElement {
  const helpId = `${o.id}-help`;
  const input = h('input', {
    id: o.id,
    type: 'checkbox',
    class: 'switch',
    checked: o.checked,
    disabled: o.disabled,
    'aria-describedby': helpId,
  });
  input.addEventListener('change', () => o.onChange(input.checked));
  return h(
    'div',
    { class: 'settings-toggle' },
    h('label', { for: o.id }, input, h('span', {}, o.label)),
    h('p', { class: 'settings-help', id: helpId }, o.note ?? o.help),
  );
}

/** A group of radio buttons drawn as a row of choices (arrow keys move between them). */
function choices<T extends string>(o: {
  name: string;
  legend: string;
  options: readonly T[];
  label: (v: T) => string;
  value: T;
  note?: string | null;
  onChange: (v: T) => void;
}): HTMLElement {
  const noteId = `${o.name}-note`;
  return h(
    'fieldset',
    {
      class: 'settings-choices',
      'aria-describedby': o.note ? noteId : undefined,
    },
    h('legend', {}, o.legend),
    h(
      'div',
      { class: 'choice-row' },
      ...o.options.map((v) => {
        const input = h('input', {
          type: 'radio',
          name: o.name,
          value: v,
          checked: v === o.value,
          'data-choice': v,
        });
        input.addEventListener('change', () => {
          if (input.checked) o.onChange(v);
        });
        return h(
          'label',
          { class: 'choice' },
          input,
          // The chosen one has a tick (a shape, not only a colour); screen readers hear "checked".
          h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
          h('span', {}, o.label(v)),
        );
      }),
    ),
    o.note ? h('p', { class: 'settings-help', id: noteId }, o.note) : null,
  );
}

function section(id: string, heading: string, ...children: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: 'settings-group', 'aria-labelledby': id },
    h('h2', { id }, heading),
    ...children,
  );
}

/** What the settings dialogue changed that the screen behind it may need to redraw. */
export interface SettingsChanges {
  /** Text size, contrast or motion changed: the canvas may need drawing again. */
  readonly display: boolean;
}

/** Opens the settings over the current screen; `opener` gets the focus back when it closes. */
export function showSettings(
  ctx: GameContext,
  opener: HTMLElement | null,
  onClose?: (changes: SettingsChanges) => void,
): Mounted {
  const before = accessOf(ctx.store.save.settings);
  const volumes = volumesOf(ctx.store.save.settings);
  const save = (change: Partial<Settings>): void => {
    ctx.store.update((s) => withSettings(s, change));
  };
  const saveAccess = (change: Partial<AccessSettings>): void => {
    save(change);
    applyAccess(accessOf(ctx.store.save.settings));
  };
  const classMode = classSettings();
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
  const captions = toggle({
    id: 'settings-captions',
    label: t('access.captions'),
    help: t('access.captionsHelp'),
    checked: before.captions,
    onChange: (on) => save({ captions: on }),
  });
  const textSize = choices({
    name: 'settings-text-size',
    legend: t('access.textSize'),
    options: TEXT_SIZES,
    label: (v) => TEXT_SIZE_LABELS[v](),
    value: before.textSize,
    note: classMode?.largePrint ? t('access.classPrint') : null,
    onChange: (v) => saveAccess({ textSize: v }),
  });
  const contrast = toggle({
    id: 'settings-contrast',
    label: t('access.contrast'),
    help: t('access.contrastHelp'),
    checked: before.highContrast,
    onChange: (on) => saveAccess({ highContrast: on }),
  });
  const motion = choices({
    name: 'settings-motion',
    legend: t('access.motion'),
    options: MOTION_CHOICES,
    label: (v) => MOTION_LABELS[v](),
    value: before.motion,
    onChange: (v) => saveAccess({ motion: v }),
  });
  const relaxed = toggle({
    id: 'settings-relaxed',
    label: t('access.relaxed'),
    help: t('access.relaxedHelp'),
    checked: isRelaxed(classMode, before.relaxed),
    disabled: classMode !== null,
    note: classMode ? t('access.classTimer') : null,
    onChange: (on) => save({ relaxed: on }),
  });

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    backdrop.remove();
    ctx.sfx.play('click');
    opener?.focus();
    const after = accessOf(ctx.store.save.settings);
    onClose?.({
      display:
        after.textSize !== before.textSize ||
        after.highContrast !== before.highContrast ||
        after.motion !== before.motion,
    });
  };
  const done = h('button', { class: 'btn btn-primary', onclick: close }, t('settings.close'));
  const players = ctx.profiles.profiles;
  const who = ctx.profiles.active;
  const card = h(
    'div',
    {
      class: 'card settings',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'settings-title',
    },
    h('h1', { id: 'settings-title' }, t('settings.heading')),
    // With several players, say whose settings these are.
    players.length > 1
      ? h(
          'p',
          { class: 'settings-for' },
          t('access.forPlayer', { name: profileLabel(who, players) }),
        )
      : null,
    h(
      'div',
      { class: 'settings-groups' },
      section('settings-sound', t('access.sound'), music, effects, captions),
      section('settings-reading', t('access.reading'), textSize, contrast),
      section('settings-motion-time', t('access.motionTime'), motion, relaxed),
    ),
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
      trapTab(card, e);
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

/** Keeps Tab and Shift+Tab inside `card`: from its last stop to its first, and back. */
export function trapTab(card: HTMLElement, e: KeyboardEvent): void {
  const stops = [
    ...card.querySelectorAll<HTMLElement>('input:not([disabled]), button:not([disabled])'),
  ].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
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
