// Title: the game's name over a calm street, with Play, Levels, Diary, Achievements, language
// and sound.
import Phaser from 'phaser';
import { levelToPlay, shownLevels } from '../platform/class-mode';
import { atlasIcon } from '../ui/atlas-icon';
import { h, icon, mount, arrowNavigation, type Mounted } from '../ui/dom';
import { lang, setLanguage, t } from '../ui/i18n';
import { showNotices } from '../ui/notices';
import { UI_ICONS } from '../ui/ui-icons';
import { drawBackdrop } from '../view/backdrop';
import { loadFontsFor } from '../view/fonts';
import { keepTitleLaidOut } from '../view/title-layout';
import { ctxOf, markReady, SCENES } from './context';
import { afterFirstScreen, goTo } from './go-to';
import { soundButton } from '../ui/sound-button';
import { profileButton, settingsButton } from '../ui/title-buttons';

/** What the title focuses when it opens again after a change (else Play). */
export interface TitleData {
  focus?: 'settings' | 'profiles';
}

export class TitleScene extends Phaser.Scene {
  private menu: Mounted | null = null;
  /** "Who's playing?", in the top corner. */
  private players: Mounted | null = null;
  private focusOn: TitleData['focus'] | null = null;

  constructor() {
    super(SCENES.title);
  }

  init(data: TitleData = {}): void {
    this.focusOn = data.focus ?? null;
    // Phaser keeps a scene's data for its next restart: the focus is for this one only.
    delete data.focus;
  }

  create(): void {
    const ctx = ctxOf(this);
    ctx.music.play('title');
    drawBackdrop(this, ctx.reducedMotion);
    // Placed, sized and the heart's beat started by keepTitleLaidOut, for any screen. The name
    // and tagline are words on the page, over the canvas and under the menu; decorative (the
    // menu's heading names the game to screen readers), as the picture beneath them is.
    const logo = this.add.image(0, 0, 'atlas', 'red-heart').setDepth(6000);
    const other = lang() === 'zh' ? 'Good Deeds' : '好人好事';
    const name = h('p', { class: 'title-name' }, t('game.name'));
    const tagline = h('p', { class: 'title-tagline' }, `${other} · ${t('game.tagline')}`);
    const words = h('div', { class: 'title-words', 'aria-hidden': 'true' }, name, tagline);
    (this.game.canvas.parentElement ?? document.body).append(words);

    this.showMenu();
    keepTitleLaidOut(
      this,
      { logo, name, tagline },
      ctx.ui,
      () => this.menu?.el ?? null,
      ctx.reducedMotion,
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.menu?.destroy();
      this.players?.destroy();
      words.remove();
    });
    const notices = showNotices(ctx.store, ctx.ui);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => notices.destroy());
    markReady(this);
    afterFirstScreen(this.game);
  }

  private showMenu(): void {
    const ctx = ctxOf(this);
    const save = ctx.store.save;
    const started = shownLevels().some((id) => save.levels[id]);
    const firstOpen = levelToPlay(save);
    const play = h(
      'button',
      {
        class: 'btn btn-primary',
        onclick: () => {
          ctx.sfx.play('click');
          goTo(this, SCENES.play, { levelId: firstOpen });
        },
      },
      icon(UI_ICONS.play),
      started ? t('title.continue') : t('title.play'),
    );
    const levels = h(
      'button',
      {
        class: 'btn',
        onclick: () => {
          ctx.sfx.play('click');
          goTo(this, SCENES.select);
        },
      },
      t('title.levels'),
    );
    const book = (scene: string, frame: string, label: string): HTMLButtonElement =>
      h(
        'button',
        {
          class: 'btn',
          onclick: () => {
            ctx.sfx.play('click');
            goTo(this, scene);
          },
        },
        atlasIcon(frame, 28),
        label,
      );
    const language = h(
      'button',
      {
        class: 'btn',
        onclick: () => void this.switchLanguage(),
      },
      // The other language's name, in that language; then, for screen readers, what it does.
      h('span', { lang: lang() === 'zh' ? 'en' : 'zh-Hans' }, t('title.language')),
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
        h(
          'span',
          { lang: lang() === 'zh' ? 'en' : 'zh-Hans' },
          lang() === 'zh' ? 'Good Deeds' : '好人好事',
        ),
      ),
      play,
      levels,
      h(
        'div',
        { class: 'row' },
        book(SCENES.diary, 'memo', t('title.diary')),
        book(SCENES.achievements, 'trophy', t('title.achievements')),
      ),
      h(
        'div',
        { class: 'row' },
        language,
        // Text size, contrast or motion changed: the title is drawn again to match.
        settingsButton(
          ctx,
          (changes) => {
            if (changes.display) this.restartIfShown({ focus: 'settings' });
          },
          () => this.restartIfShown({ focus: 'settings' }),
        ),
        soundButton(ctx),
      ),
      h('p', { class: 'title-hint' }, t('title.hint')),
    );
    arrowNavigation(nav);
    this.menu?.destroy();
    this.menu = mount(ctx.ui, nav);
    // Another player plays: their save, settings and language, and the title again.
    const players = profileButton(
      ctx,
      () => this.restartIfShown({}),
      () => this.restartIfShown({ focus: 'profiles' }),
    );
    this.players?.destroy();
    this.players = mount(ctx.ui, h('div', { class: 'profile-corner' }, players));
    // First in the reading and Tab order: who is playing, then what to do.
    nav.before(this.players.el);
    if (this.focusOn === 'settings') nav.querySelector<HTMLElement>('[data-settings]')?.focus();
    else if (this.focusOn === 'profiles') players.focus();
    else play.focus();
  }

  private async switchLanguage(): Promise<void> {
    const ctx = ctxOf(this);
    const next = lang() === 'zh' ? 'en' : 'zh';
    await setLanguage(next);
    ctx.store.update((s) => ({ ...s, settings: { ...s.settings, lang: next } }));
    await loadFontsFor(`${t('game.name')} ${t('game.tagline')} Good Deeds 好人好事`);
    this.restartIfShown({});
  }

  /**
   * Draws the title again. A switch of player or language finishes after fonts have loaded;
   * by then the title may be gone (the page unloading destroys the game), and a gone scene
   * cannot restart.
   */
  private restartIfShown(data: TitleData): void {
    if (!this.scene.manager || !this.sys.isActive()) return;
    this.scene.restart(data);
  }
}
