// The title's words on the page: the game's name and tagline, the menu (Play, Levels, Diary,
// Achievements, language, settings, sound) and "Who's playing?". Built without Phaser, so that
// main.ts can build them, hidden, while Phaser's chunk is still arriving: the page works out
// their style and layout then, when it has nothing else to do, instead of in the title's first
// frame. The title scene shows them and tells them what their buttons do.
import type { GameContext } from '../scenes/context';
import { levelToPlay, shownLevels } from '../platform/class-mode';
import type { SettingsChanges } from './settings-panel';
import { arrowNavigation, h, icon } from './dom';
import { lang, t } from './i18n';
import { soundButton } from './sound-button';
import { profileButton, settingsButton } from './title-buttons';
import { UI_ICONS } from './ui-icons';

/** What the title's buttons do: the title scene's, once it is on screen. */
export interface TitleMenuActions {
  play(levelId: string): void;
  /** Opens another screen: the level select, the diary or the achievements. */
  open(screen: 'select' | 'diary' | 'achievements'): void;
  switchLanguage(): void;
  settingsClosed(changes: SettingsChanges): void;
  settingsFailed(): void;
  playerSwitched(): void;
  playersFailed(): void;
}

export interface TitleMenu {
  /** The name and tagline, over the canvas (in `.title-words`), decorative. */
  readonly name: HTMLElement;
  readonly tagline: HTMLElement;
  /** "Who's playing?", in the top corner. */
  readonly playersButton: HTMLButtonElement;
  readonly nav: HTMLElement;
  readonly play: HTMLButtonElement;
  /** Who the buttons act for; until it is set (while hidden), they do nothing. */
  actions: TitleMenuActions | null;
  /** Shows the words and menu if they were built hidden. */
  show(): void;
  /** Takes them off the page. */
  destroy(): void;
}

/** Hidden, yet laid out: not seen, not focusable, not read (styles.css). */
const WAITING = 'title-waiting';

/**
 * Builds the title's words and menu for the player playing now, in their language, and puts
 * them on the page: the words in `wordsParent` (over the canvas), the menu and "Who's
 * playing?" in `ui`. `hidden` keeps them out of sight until `show()`.
 */
export function buildTitleMenu(
  ctx: GameContext,
  ui: HTMLElement,
  wordsParent: HTMLElement,
  hidden = false,
): TitleMenu {
  const act = (run: (a: TitleMenuActions) => void): void => {
    if (menu.actions) run(menu.actions);
  };
  const other = lang() === 'zh' ? 'Good Deeds' : '好人好事';
  const otherLang = lang() === 'zh' ? 'en' : 'zh-Hans';
  const name = h('p', { class: 'title-name' }, t('game.name'));
  const tagline = h('p', { class: 'title-tagline' }, `${other} · ${t('game.tagline')}`);
  const words = h('div', { class: 'title-words', 'aria-hidden': 'true' }, name, tagline);

  const save = ctx.store.save;
  const started = shownLevels().some((id) => save.levels[id]);
  const firstOpen = levelToPlay(save);
  const click = (then: (a: TitleMenuActions) => void) => (): void => {
    ctx.sfx.play('click');
    act(then);
  };
  const play = h(
    'button',
    { class: 'btn btn-primary', onclick: click((a) => a.play(firstOpen)) },
    icon(UI_ICONS.play),
    started ? t('title.continue') : t('title.play'),
  );
  const levels = h(
    'button',
    { class: 'btn', onclick: click((a) => a.open('select')) },
    t('title.levels'),
  );
  // Icons of their own, not the atlas's: see profilePicture.
  const book = (screen: 'diary' | 'achievements', picture: string, label: string): HTMLElement =>
    h('button', { class: 'btn', onclick: click((a) => a.open(screen)) }, icon(picture), label);
  const language = h(
    'button',
    { class: 'btn', onclick: () => act((a) => a.switchLanguage()) },
    // The other language's name, in that language; then, for screen readers, what it does.
    h('span', { lang: otherLang }, t('title.language')),
    h('span', { class: 'visually-hidden' }, ` ${t('title.languageLabel')}`),
  );
  const nav = h(
    'nav',
    { class: 'title-menu', 'aria-label': t('game.name') },
    h(
      'h1',
      { class: 'visually-hidden' },
      t('game.name'),
      ' · ',
      h('span', { lang: otherLang }, other),
    ),
    play,
    levels,
    h(
      'div',
      { class: 'row' },
      book('diary', UI_ICONS.memo, t('title.diary')),
      book('achievements', UI_ICONS.trophy, t('title.achievements')),
    ),
    h(
      'div',
      { class: 'row' },
      language,
      settingsButton(
        ctx,
        (changes) => act((a) => a.settingsClosed(changes)),
        () => act((a) => a.settingsFailed()),
      ),
      soundButton(ctx),
    ),
    h('p', { class: 'title-hint' }, t('title.hint')),
  );
  arrowNavigation(nav);
  const playersButton = profileButton(
    ctx,
    () => act((a) => a.playerSwitched()),
    () => act((a) => a.playersFailed()),
  );
  const players = h('div', { class: 'profile-corner' }, playersButton);

  const parts = [words, players, nav];
  if (hidden) for (const el of parts) el.classList.add(WAITING);
  wordsParent.append(words);
  // First in the reading and Tab order: who is playing, then what to do.
  ui.append(players, nav);
  const menu: TitleMenu = {
    name,
    tagline,
    playersButton,
    nav,
    play,
    actions: null,
    show: () => {
      for (const el of parts) el.classList.remove(WAITING);
    },
    destroy: () => {
      menu.actions = null;
      for (const el of parts) el.remove();
    },
  };
  return menu;
}

let prepared: TitleMenu | null = null;

/**
 * Builds the first title's words and menu ahead, hidden (main.ts, before Phaser runs). Only
 * the first title uses them; `takePreparedTitleMenu` hands them over.
 */
export function prepareTitleMenu(
  ctx: GameContext,
  ui: HTMLElement,
  wordsParent: HTMLElement,
): void {
  prepared?.destroy();
  prepared = buildTitleMenu(ctx, ui, wordsParent, true);
}

/** The words and menu built ahead, if any and still on the page (each is taken once). */
export function takePreparedTitleMenu(): TitleMenu | null {
  const menu = prepared;
  prepared = null;
  return menu?.nav.isConnected ? menu : null;
}

/**
 * The words and menu built ahead go: the first screen is not the title (a linked level), the
 * game could not start, or the atlas failed (its pictures are then drawn as stand-ins).
 */
export function dropPreparedTitleMenu(): void {
  prepared?.destroy();
  prepared = null;
}
