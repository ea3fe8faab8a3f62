// Full screen for the whole page (the canvas and the DOM layer over it): the F key anywhere,
// and a button in the pause panel. Hidden where the browser has no Fullscreen API (iPhone).
import { h, icon } from './dom';
import { t } from './i18n';
import fullScreenIcon from '../../assets/ui/full-screen.svg?url';

/** True where the page may go full screen. */
export function fullscreenAvailable(): boolean {
  return (
    typeof document.documentElement.requestFullscreen === 'function' &&
    document.fullscreenEnabled !== false
  );
}

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

/** Enters or leaves full screen; needs a user gesture (a key press or a click). */
export async function toggleFullscreen(): Promise<void> {
  if (!fullscreenAvailable()) return;
  try {
    if (isFullscreen()) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch (e) {
    // Refused (no gesture, or a browser policy): the game simply stays as it is.
    console.warn('Good Deeds: full screen was refused', e);
  }
}

/** F toggles full screen, except while typing; `announce` tells screen-reader users. */
export function installFullscreenKey(announce: (text: string) => void): void {
  if (!fullscreenAvailable()) return;
  window.addEventListener('keydown', (e) => {
    const typing =
      (e.target instanceof HTMLInputElement && e.target.type !== 'range') ||
      e.target instanceof HTMLTextAreaElement ||
      e.target instanceof HTMLSelectElement;
    if (e.code !== 'KeyF' || typing || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    e.preventDefault();
    void toggleFullscreen();
  });
  // One listener for the page's life: it updates whichever toggle buttons are on screen (a
  // listener per button would outlive its panel).
  document.addEventListener('fullscreenchange', () => {
    const on = isFullscreen();
    for (const b of document.querySelectorAll('[data-fullscreen="toggle"]')) {
      b.setAttribute('aria-pressed', String(on));
    }
    announce(on ? t('layout.fullscreenOn') : t('layout.fullscreenOff'));
  });
}

/**
 * A "Full screen" toggle button (pressed while full screen), or null where full screen is not
 * available. It follows changes made with F or the browser's own Esc (installFullscreenKey).
 */
export function fullscreenButton(className = 'btn'): HTMLButtonElement | null {
  if (!fullscreenAvailable()) return null;
  const button = h(
    'button',
    {
      class: `${className} fullscreen-toggle`,
      'data-fullscreen': 'toggle',
      'aria-keyshortcuts': 'F',
      onclick: () => void toggleFullscreen(),
    },
    icon(fullScreenIcon),
    t('layout.fullscreen'),
    h('kbd', { 'aria-hidden': 'true' }, 'F'),
  );
  // Kept up to date by the page's one fullscreenchange listener (installFullscreenKey).
  button.setAttribute('aria-pressed', String(isFullscreen()));
  return button;
}
