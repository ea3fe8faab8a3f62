// Boot: loads the art with a progress bar and the fonts, then opens the title.
import Phaser from 'phaser';
import atlasJson from '../../assets/atlas.json';
import atlasUrl from '../../assets/atlas.png?url';
import tilesUrl from '../../assets/tiles.png?url';
import { linkedLevel } from '../platform/play-test';
import { t } from '../ui/i18n';
import { dropPreparedTitleMenu } from '../ui/title-menu';
import { FONT_STACK, loadFontsFor } from '../view/fonts';
import { TILE } from '../view/layout';
import { fontMetrics } from '../view/text-metrics';
import { cssScale, viewportSize } from '../view/screen';
import { ctxOf, SCENES } from './context';
import { goTo } from './go-to';
import { TITLE_WEIGHTS, titleFontText } from './title-text';

/** How long the art may take before the loading bar is shown. */
const LOADING_SHOWN_AFTER_MS = 400;

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  preload(): void {
    // Drawn in CSS pixels around (0, 0), which the camera keeps in the middle of any screen.
    const center = (): void => void this.cameras.main.setZoom(cssScale()).centerOn(0, 0);
    center();
    this.scale.on(Phaser.Scale.Events.RESIZE, center);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.scale.off(Phaser.Scale.Events.RESIZE, center),
    );
    const cx = 0;
    const cy = 0;
    const barW = Math.min(420, viewportSize().width * 0.8);
    let bar: Phaser.GameObjects.Graphics | null = null;
    let progress = 0;
    const drawBar = (): void => {
      bar
        ?.clear()
        .fillStyle(0xe4573d, 1)
        .fillRoundedRect(cx - barW / 2, cy - 10, Math.max(20, barW * progress), 20, 10);
    };
    // A quick load shows nothing (a bar that flashes for a moment is only noise, and drawing it
    // slows the first screen): the bar and its words come if the art takes a while.
    const showLoading = (): void => {
      this.add
        .graphics()
        .fillStyle(0xe8dcc6, 1)
        .fillRoundedRect(cx - barW / 2 - 6, cy - 16, barW + 12, 32, 16);
      bar = this.add.graphics();
      drawBar();
      this.add
        .text(cx, cy + 44, t('boot.loading'), {
          fontFamily: FONT_STACK,
          fontSize: '24px',
          metrics: fontMetrics('normal', FONT_STACK, 24),
          color: '#6b5a45',
        })
        .setOrigin(0.5);
    };
    const timer = window.setTimeout(showLoading, LOADING_SHOWN_AFTER_MS);
    for (const gone of [Phaser.Scenes.Events.SHUTDOWN, Phaser.Scenes.Events.DESTROY]) {
      this.events.once(gone, () => window.clearTimeout(timer));
    }
    this.load.on('progress', (p: number) => {
      progress = p;
      drawBar();
    });
    this.load.atlas('atlas', atlasUrl, atlasJson);
    this.load.spritesheet('tiles', tilesUrl, { frameWidth: TILE, frameHeight: TILE });
  }

  create(): void {
    // A picture file that did not arrive is drawn as stand-ins, and the player told (the code
    // that draws them is fetched only then).
    const art =
      this.textures.exists('atlas') && this.textures.exists('tiles')
        ? null
        : import('../view/placeholder-art').then(
            ({ ensureArt }) => ensureArt(this, { atlas: atlasUrl, tiles: tilesUrl }),
            (e: unknown) => console.error('Good Deeds: no stand-ins for the missing art', e),
          );
    const hook = ctxOf(this).hook;
    if (hook) hook.renderer = this.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    // Started by main.ts before Phaser: usually here already.
    void Promise.all([art, loadFontsFor(titleFontText(), TITLE_WEIGHTS)]).then(() => {
      // The page may have been closed meanwhile (destroying the game).
      if (!this.sys.isActive()) return;
      // Built ahead by main.ts with the atlas's pictures: built again with stand-ins.
      if (art) dropPreparedTitleMenu();
      const linked = linkedLevel(location.search);
      if (linked) {
        dropPreparedTitleMenu();
        return goTo(this, SCENES.play, linked);
      }
      // Made at once, through the scene manager, rather than queued (as the scene's own
      // `this.scene.start` would) for Phaser's next step: the title is ready as soon as the art
      // and fonts are, and drawn in the next frame, not made and drawn in one long frame.
      const scenes = this.game.scene;
      scenes.stop(SCENES.boot);
      scenes.start(SCENES.title);
    });
  }
}
