// The bar at the top of play: pause, deeds done of required, time, score, relay streak,
// what the player carries, and sound.
import { h, icon, type Mounted } from './dom';
import { atlasIcon } from './atlas-icon';
import { t } from './i18n';
import { UI_ICONS } from './ui-icons';
import { soundButton } from './sound-button';
import type { GameContext } from '../scenes/context';

export interface HudValues {
  deedsDone: number;
  deedsRequired: number;
  /** Seconds left, or seconds played when there is no limit. */
  seconds: number;
  countingDown: boolean;
  score: number;
  relay: number;
  carrying: readonly string[];
}

export interface HudOptions {
  /** Show the clock (false in relaxed mode: no time limit, so no clock at all). */
  clock?: boolean;
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class Hud implements Mounted {
  readonly el: HTMLElement;
  private readonly deeds: HTMLElement;
  private readonly time: HTMLElement;
  private readonly timePill: HTMLElement;
  /** "Hurry!" with an hourglass when time is short: told by a picture and words, not colour. */
  private readonly lowNote: HTMLElement;
  private readonly score: HTMLElement;
  private readonly relay: HTMLElement;
  private readonly carry: HTMLElement;
  /** What each part of the bar was last given. */
  private readonly last = new Map<string, string>();

  constructor(ctx: GameContext, onPause: () => void, options: HudOptions = {}) {
    this.deeds = h('span', { class: 'value', 'data-hud': 'deeds' });
    this.time = h('span', { class: 'value', 'data-hud': 'time' });
    this.score = h('span', { class: 'value', 'data-hud': 'score' });
    this.relay = h('div', { class: 'hud-pill relay', hidden: true, 'data-hud': 'relay' });
    this.carry = h('div', { class: 'hud-carry', 'aria-label': t('hud.carrying') });
    this.lowNote = h(
      'span',
      { class: 'low-note', hidden: true },
      atlasIcon('hourglass-not-done', 26),
      t('access.timeShort'),
    );
    this.timePill =
      options.clock === false
        ? h(
            'div',
            { class: 'hud-pill no-timer', 'data-hud': 'no-timer' },
            atlasIcon('turtle', 30),
            h('span', { class: 'no-timer-label' }, t('access.noTimer')),
          )
        : h(
            'div',
            { class: 'hud-pill' },
            icon(UI_ICONS.stopwatch),
            h('span', { class: 'label' }, t('hud.time')),
            this.time,
            this.lowNote,
          );
    const pause = h(
      'button',
      {
        class: 'btn btn-round',
        'aria-label': t('hud.pause'),
        onclick: (e: Event) => {
          (e.currentTarget as HTMLElement).blur();
          onPause();
        },
      },
      icon(UI_ICONS.pause),
    );
    const sound = soundButton(ctx);
    sound.addEventListener('click', () => sound.blur());
    this.el = h(
      'header',
      { class: 'hud' },
      pause,
      h(
        'div',
        { class: 'hud-pill' },
        icon(UI_ICONS.heart),
        h('span', { class: 'label' }, t('hud.deeds')),
        this.deeds,
      ),
      this.timePill,
      h(
        'div',
        { class: 'hud-pill' },
        icon(UI_ICONS.glowingStar),
        h('span', { class: 'label' }, t('hud.score')),
        this.score,
      ),
      this.relay,
      h('div', { class: 'spacer' }),
      h('div', { class: 'hud-pill' }, h('span', { class: 'label' }, t('hud.carrying')), this.carry),
      sound,
    );
    ctx.ui.append(this.el);
  }

  update(v: HudValues): void {
    // Each part is written only when it changes (the clock once a second, the rest seldom): a
    // page changed every frame is laid out and painted again every frame.
    this.write('deeds', `${v.deedsDone} / ${v.deedsRequired}`, (text) => {
      this.deeds.textContent = text;
    });
    this.write('time', formatClock(v.seconds), (text) => {
      this.time.textContent = text;
    });
    const low = v.countingDown && v.seconds <= 30;
    this.write('low', String(low), () => {
      this.timePill.classList.toggle('low', low);
      this.lowNote.hidden = !low;
    });
    this.write('score', String(v.score), (text) => {
      this.score.textContent = text;
    });
    this.write('relay', String(v.relay), () => {
      this.relay.hidden = v.relay < 2;
      this.relay.textContent = t('hud.relay', { count: v.relay });
    });
    this.write('carrying', v.carrying.join(), () => {
      this.carry.replaceChildren(...v.carrying.map((frame) => atlasIcon(frame, 34)));
      if (v.carrying.length === 0) {
        this.carry.append(h('span', { class: 'label' }, t('hud.nothing')));
      }
    });
  }

  /** Calls `apply(value)` when `value` differs from what part `part` was last given. */
  private write(part: string, value: string, apply: (value: string) => void): void {
    if (this.last.get(part) === value) return;
    this.last.set(part, value);
    apply(value);
  }

  destroy(): void {
    this.el.remove();
  }
}
