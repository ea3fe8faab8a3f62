// Phaser and the first two scenes (boot, title). main.ts fetches this after it has chosen the
// language and asked for the title's fonts, so that the fonts download while Phaser's large
// chunk is compiled and run, rather than after (index.html has the chunk fetched from the start).
import Phaser from 'phaser';
import { installPlayTesting } from '../platform/play-test';
import { gameSizeForViewport, keepCanvasFitted } from '../view/screen';
import { BootScene } from './boot-scene';
import type { GameContext } from './context';
import { TitleScene } from './title-scene';

/** Makes the game in `#game`, with `ctx` shared by every scene. */
export function startGame(ctx: GameContext): Phaser.Game {
  const renderer = new URLSearchParams(location.search).get('renderer');
  // The canvas fills the window at any size: see view/screen.ts.
  const size = gameSizeForViewport();
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent: 'game',
    width: size.width,
    height: size.height,
    backgroundColor: '#f6efe2',
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    input: { keyboard: false },
    // Sound is Howler's (src/audio), loaded on the first key press or tap: Phaser's own sound
    // system would make an audio context at start (about 70 ms here) that nothing uses.
    audio: { noAudio: true },
    // Pictures load as <img>, so the ones index.html preloads are taken from there.
    loader: { imageLoadType: 'HTMLImageElement' },
    render: { antialias: true, roundPixels: false },
    // The later screens are added when first needed (scenes/go-to.ts).
    scene: [BootScene, TitleScene],
    callbacks: { preBoot: (g) => g.registry.set('ctx', ctx) },
  });
  keepCanvasFitted(game);
  installPlayTesting(game);
  window.addEventListener('beforeunload', () => game.destroy(true));
  return game;
}
