// Starts the game: settings, save, sound, language, then Phaser with its scenes.
import './platform/no-eval';
import '@fontsource/nunito/latin-400.css';
import '@fontsource/nunito/latin-700.css';
import '@fontsource/nunito/latin-800.css';
import 'virtual:cjk-font';
import './ui/styles.css';
import './ui/classroom.css';
import './ui/access.css';
import './ui/layout.css';
import sfxMap from '../assets/sfx.json';
import sfxUrl from '../assets/sfx.wav?url';
import musicManifest from '../assets/music/music.json';
import { createHowlerMusic, tracksOf } from './audio/music';
import { createHowlerSfx } from './audio/sfx';
import { wantsTeacherPage } from './core/class-link';
import { accessOf, volumesOf } from './core/progression';
import { keepSoundChoice, startClassMode, startMuted } from './platform/class-mode';
import { ProfileStore } from './platform/profile-store';
import { silenceWhileHidden } from './platform/page-hidden';
import { installHook } from './platform/test-hook';
import { TITLE_WEIGHTS, titleFontText } from './scenes/title-text';
import type { GameContext } from './scenes/context';
import { initI18n, pickLanguage } from './ui/i18n';
import { showStartFailure } from './ui/notices';
import { dropPreparedTitleMenu, prepareTitleMenu } from './ui/title-menu';
import { toggleMute } from './ui/sound-button';
import { applyAccess, onDeviceMotionChange, reducedMotionFor } from './ui/access';
import { loadFontsFor } from './view/fonts';
import { installFullscreenKey } from './ui/fullscreen';

async function start(): Promise<void> {
  const hook = installHook();
  if (hook) hook.loadFontsFor = (text) => loadFontsFor(text, [400]);
  // The players of this device; the game starts as the one who played last.
  const profiles = new ProfileStore();
  const store = profiles.store;
  // The teacher's page (`?teacher`) is shown instead of the game; a class link sets class mode.
  const teacher = wantsTeacherPage(location.search);
  const classMode = teacher ? null : startClassMode(location.search);
  const lang =
    classMode?.lang ?? pickLanguage(store.save.settings.lang, location.search, navigator.languages);
  await initI18n(lang);
  // The title's fonts start downloading now, beside Phaser's start and the art (boot waits).
  if (!teacher) void loadFontsFor(titleFontText(), TITLE_WEIGHTS);
  if (teacher) {
    const { showTeacherPage } = await import('./ui/teacher-page');
    return showTeacherPage(document.getElementById('ui')!);
  }
  const muted = startMuted(store.save.settings.muted);

  const volumes = volumesOf(store.save.settings);
  const sfx = createHowlerSfx({
    src: sfxUrl,
    sprite: sfxMap.sprite as unknown as Record<string, [number, number]>,
    muted,
    volume: volumes.sfx,
    onPlayed: (name) => hook?.sounds.push(name),
  });
  // Only the addresses: each file is fetched when its theme first plays.
  const musicUrls = import.meta.glob<string>('../assets/music/*.mp3', {
    query: '?url',
    import: 'default',
    eager: true,
  });
  const music = createHowlerMusic({
    tracks: tracksOf(musicManifest, musicUrls),
    volume: volumes.music,
    muted,
    onStarted: (theme) => hook?.music.push(theme),
  });
  keepSoundChoice(() => sfx.muted);
  // No sound while the page is hidden; the player's choice comes back with it.
  silenceWhileHidden({ muted: () => sfx.muted, hook });
  const unlock = (): void => {
    sfx.unlock();
    music.unlock();
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);

  const announcer = document.getElementById('announcer')!;
  const ctx: GameContext = {
    get store() {
      return profiles.store;
    },
    profiles,
    sfx,
    music,
    ui: document.getElementById('ui')!,
    hook,
    get reducedMotion() {
      return reducedMotionFor(accessOf(profiles.store.save.settings));
    },
    get highContrast() {
      return accessOf(profiles.store.save.settings).highContrast;
    },
    announce(text: string) {
      // Clear first so that the same sentence twice is read twice.
      announcer.textContent = '';
      window.setTimeout(() => (announcer.textContent = text), 30);
    },
  };
  // The player's text size, contrast and motion on the page; again when the device's own
  // reduced-motion setting changes (for "follow my device").
  const applyMine = (): void => applyAccess(accessOf(profiles.store.save.settings));
  applyMine();
  onDeviceMotionChange(applyMine);

  window.addEventListener('keydown', (e) => {
    const typing =
      (e.target instanceof HTMLInputElement && e.target.type !== 'range') ||
      e.target instanceof HTMLTextAreaElement;
    if (e.code === 'KeyM' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) toggleMute(ctx);
  });

  installFullscreenKey((text) => ctx.announce(text));

  // The title's words and menu, hidden: the page lays them out while Phaser's chunk arrives.
  prepareTitleMenu(ctx, ctx.ui, document.getElementById('game')!);
  // Phaser's chunk (fetched since the page began, see index.html) is run only now, when the
  // title's fonts are already on their way.
  let startGame: typeof import('./scenes/start-game').startGame;
  try {
    ({ startGame } = await import('./scenes/start-game'));
  } catch (e) {
    dropPreparedTitleMenu();
    showStartFailure(ctx.ui, e);
    return;
  }
  startGame(ctx);
}

void start();
