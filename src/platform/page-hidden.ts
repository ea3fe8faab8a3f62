// While the page is hidden (another tab, the window minimised, the phone locked) the game makes
// no sound: Howler is muted and its audio clock suspended, so the music stops where it is and
// goes on from there on return; the player's own sound choice comes back with it. The play
// scene stops its clock too (scenes/play-scene.ts). Only `document.hidden` counts: a window
// that merely lost focus (a click on another window beside it) still shows the game, so it
// plays on.
import { loadHowler } from '../audio/howler-lib';
import type { TestHook } from './test-hook';

export interface PageHiddenOptions {
  /** Whether the player turned sound off (the state to come back to). */
  muted: () => boolean;
  hook: TestHook | null;
}

export function silenceWhileHidden(options: PageHiddenOptions): void {
  // Howler is fetched on the first key press or tap; before that nothing can sound, so there is
  // nothing to silence (and no reason to fetch it early).
  let started = false;
  const start = (): void => {
    started = true;
    window.removeEventListener('pointerdown', start, true);
    window.removeEventListener('keydown', start, true);
  };
  window.addEventListener('pointerdown', start, true);
  window.addEventListener('keydown', start, true);

  const apply = (): void => {
    if (!started) return;
    void loadHowler().then((lib) => {
      if (!lib) return;
      // Read again now: the page may have changed its mind while Howler was on its way.
      const hidden = document.hidden;
      const { Howler } = lib;
      Howler.mute(hidden || options.muted());
      const context = Howler.ctx as AudioContext | undefined;
      if (!context) return;
      if (hidden && context.state === 'running') void context.suspend().catch(() => undefined);
      if (!hidden && context.state === 'suspended') void context.resume().catch(() => undefined);
    });
  };
  document.addEventListener('visibilitychange', apply);

  if (options.hook) {
    options.hook.audio = async () => {
      const lib = started ? await loadHowler() : null;
      // Howler's own state: whether it is muted (a field its types leave out) and its clock.
      const howler = lib?.Howler as unknown as { _muted?: boolean; ctx?: AudioContext } | undefined;
      return { muted: howler?._muted ?? null, context: howler?.ctx?.state ?? null };
    };
  }
}
