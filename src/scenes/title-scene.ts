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
import { FONT_STACK, loadFontsFor } from '../view/fonts';
import { GAME_WIDTH } from '../view/layout';
import { ctxOf, markReady, SCENES } from './context';
import { soundButton } from '../ui/sound-button';
import { settingsButton } from '../ui/settings-panel';

export class TitleScene extends Phaser.Scene {
  private menu: Mounted | null = null;

  constructor() {
    super(SCENES.title);
  }

  create(): void {
    const ctx = ctxOf(this);
    ctx.music.play('title');
    drawBackdrop(this, ctx.reducedMotion);
    const logo = this.add
      .image(GAME_WIDTH / 2, 120, 'atlas', 'red-heart')
      .setDepth(6000)
      .setScale(1.3);
    if (!ctx.reducedMotion) {
      this.tweens.add({
        targets: logo,
        scale: 1.42,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.InOut',
      });
    }
    const name = this.add
      .text(GAME_WIDTH / 2, 215, t('game.name'), {
        fontFamily: FONT_STACK,
        fontSize: '92px',
        fontStyle: '800',
        color: '#d9452b',
        stroke: '#fffaf1',
        strokeThickness: 14,
      })
      .setOrigin(0.5)
      .setDepth(6000);
    name.setShadow(0, 6, 'rgba(61,47,34,0.25)', 8, true, true);
    const other = lang() === 'zh' ? 'Good Deeds' : '好人好事';
    this.add
      .text(GAME_WIDTH / 2, 300, `${other} · ${t('game.tagline')}`, {
        fontFamily: FONT_STACK,
        fontSize: '30px',
        fontStyle: '700',
        color: '#3d2f22',
        stroke: '#fffaf1',
        strokeThickness: 8,
      })
      .setOrigin(0.5)
      .setDepth(6000);

    this.showMenu();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.menu?.destroy());
    const notices = showNotices(ctx.store, ctx.ui);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => notices.destroy());
    markReady(this);
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
          this.scene.start(SCENES.play, { levelId: firstOpen });
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
          this.scene.start(SCENES.select);
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
            this.scene.start(scene);
          },
        },
        atlasIcon(frame, 28),
        label,
      );
    const language = h(
      'button',
      {
        class: 'btn',
        lang: lang() === 'zh' ? 'en' : 'zh-Hans',
        'aria-label': t('title.languageLabel'),
        onclick: () => void this.switchLanguage(),
      },
      t('title.language'),
    );
    const nav = h(
      'nav',
      { class: 'title-menu', 'aria-label': t('game.name') },
      h('h1', { class: 'visually-hidden' }, t('game.name')),
      play,
      levels,
      h(
        'div',
        { class: 'row' },
        book(SCENES.diary, 'memo', t('title.diary')),
        book(SCENES.achievements, 'trophy', t('title.achievements')),
      ),
      h('div', { class: 'row' }, language, settingsButton(ctx), soundButton(ctx)),
      h('p', { class: 'title-hint' }, t('title.hint')),
    );
    arrowNavigation(nav);
    this.menu?.destroy();
    this.menu = mount(ctx.ui, nav);
    play.focus();
  }

  private async switchLanguage(): Promise<void> {
    const ctx = ctxOf(this);
    const next = lang() === 'zh' ? 'en' : 'zh';
    await setLanguage(next);
    ctx.store.update((s) => ({ ...s, settings: { ...s.settings, lang: next } }));
    await loadFontsFor(`${t('game.name')} ${t('game.tagline')} Good Deeds 好人好事`);
    this.scene.restart();
  }
}
