// "Who's playing?": the players of this device, each with their picture, name and a little of
// their progress; play as another (after a confirmation that names them), make a new player,
// change a name or picture, or delete a player and their progress (after a confirmation with
// Cancel focused). Modal dialogues over the title, usable by keyboard alone: arrow keys move in
// the list (up and down between players, left and right between a player's buttons), Enter
// chooses, Esc goes back; Tab stays inside.
import {
  MAX_PROFILES,
  PROFILE_NAME_MAX,
  PROFILE_PICTURES,
  cleanName,
  type Profile,
  type ProfilePicture,
  type ProfileProblem,
} from '../core/profiles';
import { withSettings } from '../core/progression';
import type { GameContext } from '../scenes/context';
import { loadFontsFor } from '../view/fonts';
import { applyPlayerSettings } from './access';
import { atlasIcon } from './atlas-icon';
import { arrowNavigation, h, type Mounted } from './dom';
import { lang, t } from './i18n';
import { NO_PICTURE_FRAME, pictureName, profileLabel, profilePicture } from './profile-label';
import { trapTab } from './settings-panel';

interface Modal extends Mounted {
  readonly card: HTMLElement;
}

interface ModalOptions {
  root: HTMLElement;
  labelledBy: string;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  className: string;
  children: (HTMLElement | null)[];
  /** Esc, or a tap on the dimmed backdrop. */
  onDismiss: () => void;
}

function openModal(o: ModalOptions): Modal {
  const card = h(
    'div',
    {
      class: `card ${o.className}`,
      role: o.role ?? 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': o.labelledBy,
      'aria-describedby': o.describedBy,
    },
    ...o.children,
  );
  const backdrop = h('div', { class: 'backdrop' }, card);
  backdrop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      o.onDismiss();
    } else if (e.key === 'Tab') {
      trapTab(card, e);
    }
  });
  backdrop.addEventListener('pointerdown', (e) => {
    if (e.target === backdrop) o.onDismiss();
  });
  o.root.append(backdrop);
  return { el: backdrop, card, destroy: () => backdrop.remove() };
}

/** What to do once another player plays (or the one playing was deleted). */
export type OnSwitched = () => void;

/**
 * Opens the list of players over the current screen. `onSwitched` runs once another player
 * plays; `onChanged` when the dialogue closes after names or pictures changed.
 */
export function showProfiles(
  ctx: GameContext,
  opener: HTMLElement | null,
  onSwitched: OnSwitched,
  onChanged?: () => void,
): Mounted {
  let changed = false;
  let closed = false;
  let sub: Modal | null = null;
  const store = ctx.profiles;
  const list = h('ul', { class: 'profile-list', 'aria-labelledby': 'profiles-title' });
  const newPlayer = h(
    'button',
    { class: 'btn btn-primary', 'data-new-player': 'true', onclick: () => openForm(null) },
    t('profiles.new'),
  );
  const done = h('button', { class: 'btn', onclick: () => close() }, t('profiles.close'));
  const actions = h('div', { class: 'actions' }, newPlayer, done);
  arrowNavigation(actions);
  const main = openModal({
    root: ctx.ui,
    labelledBy: 'profiles-title',
    describedBy: 'profiles-intro',
    className: 'profiles',
    children: [
      h('h1', { id: 'profiles-title' }, t('profiles.heading')),
      h('p', { id: 'profiles-intro', class: 'profiles-intro' }, t('profiles.intro')),
      list,
      actions,
    ],
    onDismiss: () => close(),
  });
  list.addEventListener('keydown', (e) => moveInList(list, e));

  function close(): void {
    if (closed) return;
    closed = true;
    sub?.destroy();
    main.destroy();
    opener?.focus();
    if (changed) onChanged?.();
  }

  /** Draws the list; `focus` picks the button to focus (by player and which of its buttons). */
  function render(focus?: { id: string; part: 'play' | 'edit' | 'delete' }): void {
    const all = store.profiles;
    const me = store.active;
    void loadFontsFor(all.map((p) => p.name).join(''), [400, 800]);
    list.replaceChildren(
      ...all.map((p) => {
        const label = profileLabel(p, all);
        const current = p.id === me.id;
        const summary = store.summary(p.id);
        const stars = t('profiles.stars', { count: summary.stars });
        const levels = t('profiles.passed', { count: summary.passed });
        const play = h(
          'button',
          {
            class: 'profile-play',
            'data-part': 'play',
            'aria-current': current ? 'true' : undefined,
            onclick: () => (current ? close() : confirmSwitch(p)),
          },
          profilePicture(p, 48),
          h(
            'span',
            { class: 'profile-text' },
            h('span', { class: 'profile-name' }, label),
            // Pauses for screen readers, which read the button as one line.
            h('span', { class: 'visually-hidden' }, '. '),
            h(
              'span',
              { class: 'profile-progress' },
              h('span', {}, stars),
              ' · ',
              h('span', {}, levels),
            ),
          ),
          h('span', { class: 'visually-hidden' }, '. '),
          h(
            'span',
            { class: current ? 'profile-state current' : 'profile-state' },
            current ? h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓ ') : null,
            current ? t('profiles.playingNow') : t('profiles.play'),
          ),
        );
        const edit = h(
          'button',
          {
            class: 'btn profile-action',
            'data-part': 'edit',
            'aria-label': t('profiles.renameLabel', { name: label }),
            onclick: () => openForm(p),
          },
          t('profiles.rename'),
        );
        const remove = h(
          'button',
          {
            class: 'btn profile-action danger',
            'data-part': 'delete',
            'aria-label': t('profiles.deleteLabel', { name: label }),
            onclick: () => confirmDelete(p),
          },
          t('profiles.delete'),
        );
        return h('li', { 'data-profile': p.id }, play, edit, remove);
      }),
    );
    const target = focus
      ? list.querySelector<HTMLElement>(
          `li[data-profile="${focus.id}"] [data-part="${focus.part}"]`,
        )
      : list.querySelector<HTMLElement>('[aria-current="true"]');
    (target ?? newPlayer).focus();
  }

  /** A dialogue over the list: the list is inert until it closes. */
  function openSub(o: Omit<ModalOptions, 'root'>): Modal {
    main.el.inert = true;
    sub = openModal({ ...o, root: ctx.ui });
    return sub;
  }

  function closeSub(): void {
    sub?.destroy();
    sub = null;
    main.el.inert = false;
  }

  function confirmSwitch(p: Profile): void {
    const label = profileLabel(p, store.profiles);
    const yes = h(
      'button',
      {
        class: 'btn btn-primary',
        onclick: () => {
          closeSub();
          void switchTo(p.id);
        },
      },
      profilePicture(p, 32),
      t('profiles.switchYes', { name: label }),
    );
    const cancel = h('button', { class: 'btn', onclick: back }, t('profiles.cancel'));
    function back(): void {
      closeSub();
      render({ id: p.id, part: 'play' });
    }
    const actions = h('div', { class: 'actions' }, yes, cancel);
    arrowNavigation(actions);
    openSub({
      labelledBy: 'switch-title',
      describedBy: 'switch-text',
      className: 'profile-confirm',
      children: [
        h('h1', { id: 'switch-title' }, t('profiles.switchHeading', { name: label })),
        h('p', { id: 'switch-text' }, t('profiles.switchText')),
        actions,
      ],
      onDismiss: back,
    });
    yes.focus();
  }

  function confirmDelete(p: Profile): void {
    const label = profileLabel(p, store.profiles);
    const cancel = h('button', { class: 'btn', onclick: back }, t('profiles.cancel'));
    const yes = h(
      'button',
      {
        class: 'btn btn-danger',
        onclick: () => {
          closeSub();
          void remove(p, label);
        },
      },
      t('profiles.deleteYes'),
    );
    function back(): void {
      closeSub();
      render({ id: p.id, part: 'delete' });
    }
    const actions = h('div', { class: 'actions' }, cancel, yes);
    arrowNavigation(actions);
    openSub({
      role: 'alertdialog',
      labelledBy: 'delete-title',
      describedBy: 'delete-text',
      className: 'profile-confirm',
      children: [
        h(
          'div',
          { class: 'confirm-who' },
          profilePicture(p, 56),
          h('h1', { id: 'delete-title' }, t('profiles.deleteHeading', { name: label })),
        ),
        h('p', { id: 'delete-text' }, t('profiles.deleteText')),
        actions,
      ],
      onDismiss: back,
    });
    cancel.focus();
  }

  /** The form for a new player (`p` null) or for changing `p`'s name and picture. */
  function openForm(p: Profile | null): void {
    const nameInput = h('input', {
      id: 'profile-name',
      type: 'text',
      maxlength: PROFILE_NAME_MAX,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'profile-name-help',
      value: p?.name ?? '',
    });
    const problem = h('p', { class: 'form-problem', role: 'alert', id: 'profile-problem' });
    const chosen: ProfilePicture | null = p ? p.picture : null;
    const pictureChoice = (value: ProfilePicture | null, label: string): HTMLElement => {
      const input = h('input', {
        type: 'radio',
        name: 'profile-picture',
        value: value ?? '',
        checked: value === chosen,
        'aria-label': label,
      });
      return h(
        'label',
        { class: 'picture-choice', title: label },
        input,
        value
          ? atlasIcon(value, 48)
          : h('span', { class: 'no-picture-choice' }, atlasIcon(NO_PICTURE_FRAME, 36)),
      );
    };
    const pictures = h(
      'fieldset',
      { class: 'picture-choices' },
      h('legend', {}, t('profiles.picture')),
      h(
        'div',
        { class: 'picture-grid' },
        pictureChoice(null, t('profiles.noPicture')),
        ...PROFILE_PICTURES.map((pic) => pictureChoice(pic, pictureName(pic))),
      ),
    );
    const submit = h(
      'button',
      { class: 'btn btn-primary', type: 'submit' },
      p ? t('profiles.save') : t('profiles.create'),
    );
    const cancel = h(
      'button',
      { class: 'btn', type: 'button', onclick: back },
      t('profiles.cancel'),
    );
    function back(): void {
      closeSub();
      if (p) render({ id: p.id, part: 'edit' });
      else render();
    }
    const form = h(
      'form',
      { class: 'profile-form', novalidate: true },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'profile-name' }, t('profiles.name')),
        nameInput,
        h('p', { class: 'settings-help', id: 'profile-name-help' }, t('profiles.nameHelp')),
      ),
      pictures,
      problem,
      h('div', { class: 'actions' }, submit, cancel),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const checked = form.querySelector<HTMLInputElement>('input[name="profile-picture"]:checked');
      const picture = (checked?.value || null) as ProfilePicture | null;
      const draft = { name: cleanName(nameInput.value), picture };
      const r = p ? store.rename(p.id, draft) : store.create(draft);
      if (!r.ok) {
        problem.textContent = problemText(r.problem, draft.name);
        nameInput.setAttribute('aria-invalid', 'true');
        nameInput.focus();
        return;
      }
      changed = true;
      closeSub();
      if (p) {
        render({ id: p.id, part: 'edit' });
        ctx.announce(t('profiles.saved', { name: profileLabel(r.profile, store.profiles) }));
      } else {
        void switchTo(r.profile.id, true);
      }
    });
    const headingId = 'profile-form-title';
    openSub({
      labelledBy: headingId,
      className: 'profile-edit',
      children: [
        h(
          'h1',
          { id: headingId },
          p
            ? t('profiles.editHeading', { name: profileLabel(p, store.profiles) })
            : t('profiles.newHeading'),
        ),
        form,
      ],
      onDismiss: back,
    });
    nameInput.focus();
  }

  /** Plays as `id` from now on: their save, sound, language and settings; the title again. */
  async function switchTo(id: string, isNew = false): Promise<void> {
    const from = lang();
    store.switchTo(id);
    // A new player starts in the language they made their profile in.
    if (isNew) ctx.store.update((s) => withSettings(s, { lang: from }));
    await applyPlayerSettings(ctx);
    await loadFontsFor(
      `${t('game.name')} ${t('game.tagline')} Good Deeds 好人好事 ${store.active.name}`,
    );
    closed = true;
    sub?.destroy();
    main.destroy();
    ctx.announce(t('profiles.nowPlaying', { name: profileLabel(store.active, store.profiles) }));
    onSwitched();
  }

  async function remove(p: Profile, label: string): Promise<void> {
    const wasMe = p.id === store.active.id;
    store.remove(p.id);
    ctx.announce(t('profiles.deleted', { name: label }));
    changed = true;
    if (wasMe) {
      await applyPlayerSettings(ctx);
      closed = true;
      main.destroy();
      onSwitched();
      return;
    }
    render();
  }

  function problemText(problem: ProfileProblem, name: string): string {
    switch (problem) {
      case 'empty':
        return t('profiles.problem.empty');
      case 'taken':
        return name === ''
          ? t('profiles.problem.pictureTaken')
          : t('profiles.problem.taken', { name });
      case 'full':
        return t('profiles.problem.full', { max: MAX_PROFILES });
      case 'unknown':
        return t('profiles.problem.unknown');
    }
  }

  render();
  return {
    el: main.el,
    destroy: () => {
      closed = true;
      sub?.destroy();
      main.destroy();
    },
  };
}

/** Arrow keys in the list: up and down between players, left and right along a player's row. */
function moveInList(list: HTMLElement, e: KeyboardEvent): void {
  const rows = [...list.querySelectorAll<HTMLElement>('li')];
  const active = document.activeElement as HTMLElement | null;
  const row = rows.findIndex((r) => r.contains(active));
  if (row < 0 || !active) return;
  const buttons = (r: HTMLElement): HTMLElement[] => [...r.querySelectorAll<HTMLElement>('button')];
  const col = buttons(rows[row]!).indexOf(active);
  let target: HTMLElement | undefined;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const next =
      rows[Math.max(0, Math.min(rows.length - 1, row + (e.key === 'ArrowDown' ? 1 : -1)))]!;
    const bs = buttons(next);
    target = bs[Math.min(col, bs.length - 1)];
  } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const bs = buttons(rows[row]!);
    target = bs[Math.max(0, Math.min(bs.length - 1, col + (e.key === 'ArrowRight' ? 1 : -1)))];
  } else if (e.key === 'Home' || e.key === 'End') {
    target = buttons(rows[e.key === 'Home' ? 0 : rows.length - 1]!)[0];
  }
  if (target) {
    e.preventDefault();
    target.focus();
  }
}
