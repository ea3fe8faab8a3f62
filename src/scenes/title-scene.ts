// Title: the game's name over a calm street, with Play, Levels, Diary, Achievements, language
// and sound.
import Phaser from 'phaser';
import { lang, setLanguage, t } from '../ui/i18n';
import { showNotices } from '../ui/notices';
import { buildTitleMenu, takePreparedTitleMenu, type TitleMenu } from '../ui/title-menu';
import { drawBackdrop } from '../view/backdrop';
import { loadFontsFor } from '../view/fonts';
import { keepTitleLaidOut } from '../view/title-layout';
import { ctxOf, markReady, SCENES } from './context';
import { afterFirstScreen, goTo } from './go-to';

/** What the title focuses when it opens again after a change (else Play). */
export interface TitleData {
  focus?: 'settings' | 'profiles';
}

export class TitleScene extends Phaser.Scene {
  /** The name, tagline and menu, on the page. */
  private menu: TitleMenu | null = null;
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
    // Placed, sized and the heart's beat started by keepTitleLaidOut, for any screen.
    const logo = this.add.image(0, 0, 'atlas', 'red-heart').setDepth(6000);
    // The name, tagline and menu are words on the page, over the canvas: built ahead by main.ts
    // for the first title (hidden, so already laid out), else now.
    const menu =
      takePreparedTitleMenu() ??
      buildTitleMenu(ctx, ctx.ui, this.game.canvas.parentElement ?? document.body);
    this.menu = menu;
    menu.actions = {
      play: (levelId) => goTo(this, SCENES.play, { levelId }),
      open: (screen) => goTo(this, SCENES[screen]),
      switchLanguage: () => void this.switchLanguage(),
      // Text size, contrast or motion changed: the title is drawn again to match.
      settingsClosed: (changes) => {
        if (changes.display) this.restartIfShown({ focus: 'settings' });
      },
      settingsFailed: () => this.restartIfShown({ focus: 'settings' }),
      // Another player plays: their save, settings and language, and the title again.
      playerSwitched: () => this.restartIfShown({}),
      playersFailed: () => this.restartIfShown({ focus: 'profiles' }),
    };
    menu.show();
    if (this.focusOn === 'settings')
      menu.nav.querySelector<HTMLElement>('[data-settings]')?.focus();
    else if (this.focusOn === 'profiles') menu.playersButton.focus();
    else menu.play.focus();
    keepTitleLaidOut(
      this,
      { logo, name: menu.name, tagline: menu.tagline },
      ctx.ui,
      () => this.menu?.nav ?? null,
      ctx.reducedMotion,
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.menu?.destroy();
      this.menu = null;
    });
    const notices = showNotices(ctx.store, ctx.ui);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => notices.destroy());
    markReady(this);
    afterFirstScreen(this.game);
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
