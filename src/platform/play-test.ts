// Play-testing for designers: `?level=name` opens a level directly, a level file dropped on the
// page is played at once, and (with `npm start`) a saved level file restarts in place.
import type Phaser from 'phaser';
import { SCENES } from '../scenes/context';
import { goTo, loadScreens } from '../scenes/go-to';
import { LEVEL_EVENT } from './level-event';
import { overrideLevelText } from './level-catalog';

export interface PlayRequest {
  levelId: string;
  fileName?: string;
}

/** The level named by `?level=` in the address, if any. */
export function linkedLevel(search: string): PlayRequest | null {
  const id = new URLSearchParams(search).get('level');
  if (!id || !/^[A-Za-z0-9._-]{1,80}$/.test(id)) return null;
  return { levelId: id.replace(/\.json$/, '') };
}

function activeScene(game: Phaser.Game): Phaser.Scene | undefined {
  return game.scene.getScenes(true)[0];
}

function play(game: Phaser.Game, request: PlayRequest): void {
  const scene = activeScene(game);
  if (scene) goTo(scene, SCENES.play, request);
  else void loadScreens(game).then(() => game.scene.start(SCENES.play, request));
}

export function installPlayTesting(game: Phaser.Game): void {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void file.text().then((text) => {
      const levelId = `dropped-${file.name.replace(/\.json$/i, '')}`;
      overrideLevelText(levelId, text);
      play(game, { levelId, fileName: file.name });
    });
  });
  if (import.meta.hot) {
    import.meta.hot.on(LEVEL_EVENT, (data: { id: string; text: string }) => {
      overrideLevelText(data.id, data.text);
      const scene = activeScene(game);
      const current =
        scene?.scene.key === SCENES.play
          ? (scene.scene.settings.data as PlayRequest | undefined)
          : undefined;
      if (current?.levelId === data.id) play(game, current);
    });
  }
}
