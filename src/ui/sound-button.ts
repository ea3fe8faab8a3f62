// The sound on/off button (effects and music), shared by the title and the HUD; M does the same
// anywhere.
import type { GameContext } from '../scenes/context';
import { withSettings } from '../core/progression';
import { h, icon } from './dom';
import { t } from './i18n';
import { UI_ICONS } from './ui-icons';

/** Turns sound on or off, remembers the choice and updates every sound button. */
export function toggleMute(ctx: GameContext): void {
  const muted = !ctx.sfx.muted;
  ctx.sfx.setMuted(muted);
  ctx.music.setMuted(muted);
  ctx.store.update((s) => withSettings(s, { muted }));
  ctx.announce(muted ? t('hud.soundOff') : t('hud.soundOn'));
  document
    .querySelectorAll<HTMLButtonElement>('[data-sound-toggle]')
    .forEach((b) => paint(b, muted));
}

function paint(btn: HTMLButtonElement, muted: boolean): void {
  btn.setAttribute('aria-pressed', String(!muted));
  btn.replaceChildren(icon(muted ? UI_ICONS.muted : UI_ICONS.speaker));
}

/** A toggle button: pressed means sound is on. */
export function soundButton(ctx: GameContext): HTMLButtonElement {
  const btn = h('button', {
    class: 'btn btn-round',
    'data-sound-toggle': 'true',
    'aria-label': t('hud.sound'),
    onclick: () => toggleMute(ctx),
  });
  paint(btn, ctx.sfx.muted);
  return btn;
}
