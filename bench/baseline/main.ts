// The benchmark's floor: a bare Phaser 4 page (the game's Phaser, renderer choice and canvas
// size) drawing the game's own art: the ground baked once into one texture, as the game does,
// and `?sprites=N` sprites from the atlas moving about. No fonts, no DOM UI, no sound, no
// level files. `npm run bench` compares the game against it.
//
// Address: `?renderer=canvas|webgl&sprites=24`. The R key restarts the scene (for the heap
// measure). `window.__baseline` tells the benchmark when the scene is on screen.
import Phaser from 'phaser';
import atlasJsonUrl from '../../assets/atlas.json?url';
import atlasUrl from '../../assets/atlas.png?url';
import tilesUrl from '../../assets/tiles.png?url';
import { GAME_HEIGHT, GAME_WIDTH, TILE } from '../../src/view/layout';

interface BaselineHook {
  /** True once the scene has been created and is drawing. */
  ready: boolean;
  /** How many times the scene has been created (1 + restarts). */
  creates: number;
}

declare global {
  interface Window {
    __baseline?: BaselineHook;
  }
}

const params = new URLSearchParams(location.search);
const SPRITES = Math.max(0, Math.min(5000, Number(params.get('sprites') ?? 24) || 0));
const FRAMES = ['old-woman', 'old-man', 'woman', 'man', 'girl', 'boy', 'child', 'package', 'books'];
const hook: BaselineHook = { ready: false, creates: 0 };
window.__baseline = hook;

interface Mover {
  sprite: Phaser.GameObjects.Image;
  vx: number;
  vy: number;
}

class BaselineScene extends Phaser.Scene {
  private movers: Mover[] = [];

  constructor() {
    super('baseline');
  }

  preload(): void {
    this.load.atlas('atlas', atlasUrl, atlasJsonUrl);
    this.load.spritesheet('tiles', tilesUrl, { frameWidth: TILE, frameHeight: TILE });
  }

  create(): void {
    const cols = Math.ceil(GAME_WIDTH / TILE);
    const rows = Math.ceil(GAME_HEIGHT / TILE);
    const ground = this.textures.addDynamicTexture('ground', cols * TILE, rows * TILE)!;
    for (let y = 0; y < rows; y++)
      for (let x = 0; x < cols; x++)
        ground.stamp('tiles', (x * 7 + y * 3) % 6, x * TILE, y * TILE, { originX: 0, originY: 0 });
    ground.render();
    this.add.image(0, 0, 'ground').setOrigin(0, 0);

    // A fixed pattern, not Math.random: every load draws the same thing.
    this.movers = Array.from({ length: SPRITES }, (_, i) => {
      const angle = i * 2.399963;
      const sprite = this.add.image(
        TILE + ((i * 97) % (GAME_WIDTH - 2 * TILE)),
        TILE + ((i * 61) % (GAME_HEIGHT - 2 * TILE)),
        'atlas',
        FRAMES[i % FRAMES.length],
      );
      return { sprite, vx: Math.cos(angle) * 120, vy: Math.sin(angle) * 120 };
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.movers = [];
      this.textures.remove('ground');
    });
    hook.creates++;
    hook.ready = true;
  }

  override update(_time: number, delta: number): void {
    const dt = Math.min(delta, 100) / 1000;
    for (const m of this.movers) {
      const s = m.sprite;
      s.x += m.vx * dt;
      s.y += m.vy * dt;
      if (s.x < TILE / 2 || s.x > GAME_WIDTH - TILE / 2) m.vx = -m.vx;
      if (s.y < TILE / 2 || s.y > GAME_HEIGHT - TILE / 2) m.vy = -m.vy;
      s.setDepth(s.y);
    }
  }
}

const renderer = params.get('renderer');
const game = new Phaser.Game({
  type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
  parent: 'game',
  width: GAME_WIDTH,
  height: GAME_HEIGHT,
  backgroundColor: '#f6efe2',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  input: { keyboard: false },
  render: { antialias: true, roundPixels: false },
  scene: [BaselineScene],
});

window.addEventListener('keydown', (e) => {
  if (e.code !== 'KeyR') return;
  hook.ready = false;
  game.scene.getScene('baseline')?.scene.restart();
});
