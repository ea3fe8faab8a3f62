// Going from the first screens (boot, title) to the later ones. The later screens and what they
// need (the rules, the level parser and checker) are one chunk, fetched when the title is idle
// or when first asked for, so that the title comes up sooner on a slow laptop or network.
import type Phaser from 'phaser';
import { registerServiceWorker } from '../platform/offline';
import { noticeNotLoaded } from '../ui/notices';
import { ctxOf, SCENES } from './context';

let added: Promise<void> | null = null;

/**
 * Fetches the later screens (once) and adds them to the game, not started. After a failed fetch
 * the next call asks again, though a browser may answer from its record of the failure until
 * the page is reloaded (which the notice asks for).
 */
export function loadScreens(game: Phaser.Game): Promise<void> {
  added ??= import('./screens').then(
    ({ SCREENS }) => {
      for (const [key, scene] of SCREENS) {
        if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
      }
    },
    (e: unknown) => {
      added = null;
      throw e;
    },
  );
  return added;
}

let shown = false;

/**
 * Once the first screen is up (the title, or a level opened by a link) and the page is idle:
 * fetches the later screens and sets up offline play (the service worker then downloads every
 * file the game needs). Before, both would compete with the first screen for the network and
 * the processor. Only the first call counts.
 */
export function afterFirstScreen(game: Phaser.Game): void {
  if (shown) return;
  shown = true;
  const later = (): void => {
    void loadScreens(game).catch(() => undefined);
    registerServiceWorker();
  };
  // After the screen has been drawn twice, when the page is idle (Safari has no
  // requestIdleCallback).
  const idle = (): void => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(later, { timeout: 2000 });
    } else setTimeout(later, 500);
  };
  requestAnimationFrame(() => requestAnimationFrame(idle));
}

/** The newest request: a second click while the chunk comes wins over the first. */
let latest = 0;

/**
 * Starts scene `key` (with `data`) in place of `from`, fetching the later screens first if it is
 * not yet in the game. If they cannot be fetched (offline, a filter blocking the file), the
 * title says so.
 */
export function goTo(from: Phaser.Scene, key: string, data?: object): void {
  const request = ++latest;
  if (from.game.scene.getScene(key)) {
    from.scene.start(key, data);
    return;
  }
  const ui = ctxOf(from).ui;
  ui.setAttribute('aria-busy', 'true');
  const shown = (): boolean => request === latest && !!from.scene.manager && from.sys.isActive();
  loadScreens(from.game).then(
    () => {
      ui.removeAttribute('aria-busy');
      if (shown()) from.scene.start(key, data);
    },
    (e: unknown) => {
      ui.removeAttribute('aria-busy');
      noticeNotLoaded('a screen', e);
      if (shown()) from.scene.start(SCENES.title);
    },
  );
}
