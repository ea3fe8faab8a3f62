// Starts the game: settings, save, sound, language, then Phaser with its scenes.
import './platform/no-eval';
import '@fontsource/nunito/latin-400.css';
import '@fontsource/nunito/latin-700.css';
import '@fontsource/nunito/latin-800.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/styles.css';
import Phaser from 'phaser';
import sfxMap from '../assets/sfx.json';
import sfxUrl from '../assets/sfx.wav?url';
import { createHowlerSfx } from './audio/sfx';
import { SaveStore } from './platform/save-store';
import { installPlayTesting } from './platform/play-test';
import { installHook } from './platform/test-hook';
import { BootScene } from './scenes/boot-scene';
import type { GameContext } from './scenes/context';
import { LevelSelectScene } from './scenes/level-select-scene';
import { PlayScene } from './scenes/play-scene';
import { ResultsScene } from './scenes/results-scene';
import { TitleScene } from './scenes/title-scene';
import { initI18n, pickLanguage } from './ui/i18n';
import { toggleMute } from './ui/sound-button';
import { GAME_HEIGHT, GAME_WIDTH } from './view/layout';

async function start(): Promise<void> {
  const hook = installHook();
  const store = new SaveStore();
  const lang = pickLanguage(store.save.settings.lang, location.search, navigator.languages);
  await initI18n(lang);

  const sfx = createHowlerSfx({
    src: sfxUrl,
    sprite: sfxMap.sprite as unknown as Record<string, [number, number]>,
    muted: store.save.settings.muted,
    onPlayed: (name) => hook?.sounds.push(name),
  });
  const unlock = (): void => {
    sfx.unlock();
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);

  const announcer = document.getElementById('announcer')!;
  const ctx: GameContext = {
    store,
    sfx,
    ui: document.getElementById('ui')!,
    hook,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    announce(text: string) {
      // Clear first so that the same sentence twice is read twice.
      announcer.textContent = '';
      window.setTimeout(() => (announcer.textContent = text), 30);
    },
  };

  window.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.code === 'KeyM' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) toggleMute(ctx);
  });

  const renderer = new URLSearchParams(location.search).get('renderer');
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
    scene: [BootScene, TitleScene, LevelSelectScene, PlayScene, ResultsScene],
    callbacks: { preBoot: (g) => g.registry.set('ctx', ctx) },
  });
  installPlayTesting(game);
  window.addEventListener('beforeunload', () => game.destroy(true));
}

void start();
