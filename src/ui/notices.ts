// What happened to the player's saved progress (storage off or full, a damaged save kept aside,
// a backup used), and to the game's own files (a picture that could not be loaded), said once
// over the title in the player's language, until they close it.
import type { SaveStore } from '../platform/save-store';
import { h } from './dom';
import { t } from './i18n';
import { UI_ICONS } from './ui-icons';

/** Notices about the game itself (not the save), each a translation key, until dismissed. */
const gameNotices: string[] = [];

/** Tells the player about `key` (a translation key) over the title, once, until dismissed. */
export function addNotice(key: string): void {
  if (!gameNotices.includes(key)) gameNotices.push(key);
}

/**
 * A part of the game fetched on first need (a screen, a dialogue) did not arrive: said in the
 * console for whoever looks, and to the player over the title.
 */
export function noticeNotLoaded(what: string, error: unknown): void {
  console.error(`Good Deeds: ${what} could not be loaded`, error);
  addNotice('faults.screenMissing');
}

/** Shows the store's notices and the game's in `root` as one alert; `destroy` takes it away. */
export function showNotices(store: SaveStore, root: HTMLElement): { destroy(): void } {
  const notices = [...store.notices];
  const own = [...gameNotices];
  if (notices.length === 0 && own.length === 0) return { destroy: () => undefined };
  const close = (): void => {
    const hadFocus = box.contains(document.activeElement);
    for (const n of notices) store.dismiss(n);
    for (const key of own) gameNotices.splice(gameNotices.indexOf(key), 1);
    box.remove();
    // Focus goes back to the screen's main action (Play on the title), else its first button.
    if (hadFocus) {
      (root.querySelector<HTMLElement>('.btn-primary') ?? root.querySelector('button'))?.focus();
    }
  };
  const texts = [...notices.map((n) => t(`notice.${n}`)), ...own.map((key) => t(key))];
  const box = h(
    'div',
    { class: 'notice', role: 'alert', 'data-notices': [...notices, ...own].join(' ') },
    h('div', {}, ...texts.map((text) => h('p', {}, text))),
    h('button', { class: 'btn', onclick: close }, t('notice.dismiss')),
  );
  root.append(box);
  return { destroy: () => box.remove() };
}

/**
 * The game itself (Phaser and the first screens) did not arrive: said in the console, and to the
 * player in `root` with a button that reloads the page.
 */
export function showStartFailure(root: HTMLElement, error: unknown): void {
  console.error('Good Deeds: the game could not be loaded', error);
  const reload = h(
    'button',
    { class: 'btn btn-primary', onclick: () => location.reload() },
    t('notice.reload'),
  );
  root.append(
    h(
      'div',
      { class: 'notice start-failure', role: 'alert', 'data-notices': 'faults.gameMissing' },
      h('img', { src: UI_ICONS.logo, alt: '', width: '64', height: '64' }),
      h('h1', {}, t('game.name')),
      h('p', {}, t('faults.gameMissing')),
      reload,
    ),
  );
  // Enter or Space reloads at once; a screen reader reads the alert.
  reload.focus();
}
