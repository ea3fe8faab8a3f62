// The title's "Who's playing?" and "Settings" buttons. Their dialogues (profiles-panel.ts,
// settings-panel.ts) are fetched on the first press, not with the title: most players never
// open them, and the title comes up sooner without them.
import type { GameContext } from '../scenes/context';
import { h } from './dom';
import { t } from './i18n';
import { noticeNotLoaded } from './notices';
import { profileLabel, profilePicture } from './profile-label';
import type { OnSwitched } from './profiles-panel';
import type { SettingsChanges } from './settings-panel';

/** Loads a dialogue's module and opens it; if the file cannot be fetched, the title says so. */
function openLater<M>(load: () => Promise<M>, open: (module: M) => void, retry: () => void): void {
  load().then(open, (e: unknown) => {
    noticeNotLoaded('a dialogue', e);
    retry();
  });
}

/** The title's "Settings" button, which opens the settings and gets the focus back after. */
export function settingsButton(
  ctx: GameContext,
  onClose: (changes: SettingsChanges) => void,
  onFailed: () => void,
): HTMLButtonElement {
  const btn: HTMLButtonElement = h(
    'button',
    {
      class: 'btn',
      'aria-haspopup': 'dialog',
      'data-settings': 'true',
      onclick: () => {
        ctx.sfx.play('click');
        openLater(
          () => import('./settings-panel'),
          ({ showSettings }) => showSettings(ctx, btn, onClose),
          onFailed,
        );
      },
    },
    t('settings.open'),
  );
  return btn;
}

/** The title's "Who's playing?" button, showing the player playing now. */
export function profileButton(
  ctx: GameContext,
  onSwitched: OnSwitched,
  onFailed: () => void,
): HTMLButtonElement {
  const btn: HTMLButtonElement = h('button', {
    class: 'btn profile-button',
    'aria-haspopup': 'dialog',
    'data-profile-button': 'true',
    onclick: () => {
      ctx.sfx.play('click');
      openLater(
        () => import('./profiles-panel'),
        ({ showProfiles }) => showProfiles(ctx, btn, onSwitched, () => paint(ctx, btn)),
        onFailed,
      );
    },
  });
  paint(ctx, btn);
  return btn;
}

function paint(ctx: GameContext, btn: HTMLButtonElement): void {
  const all = ctx.profiles.profiles;
  const me = ctx.profiles.active;
  const named = me.name !== '' || me.picture !== null || all.length > 1;
  const label = profileLabel(me, all);
  // Named by what it shows (so the visible words are its name), with "now:" for screen readers.
  btn.replaceChildren(
    profilePicture(me, 36),
    h(
      'span',
      { class: 'profile-button-text' },
      h('span', { class: 'profile-button-who' }, t('profiles.who')),
      named ? h('span', { class: 'visually-hidden' }, ` ${t('profiles.now')} `) : null,
      named ? h('span', { class: 'profile-button-name' }, label) : null,
    ),
  );
}
