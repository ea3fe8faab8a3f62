// Background music: a calm looped theme for the title and one per chapter (made by
// `scripts/build-music.ts`). Behind a small interface with a silent double, like the sound
// effects. Nothing is loaded before the first gesture, and a theme's file is fetched only when
// that theme is first played (and not while the music is muted or at volume 0). If a file cannot
// be loaded, the game goes on without music.
import type { Howl } from 'howler';
import { loadHowler, type HowlerLib } from './howler-lib';

export interface Music {
  /** Plays `theme` (fading from the one playing), or remembers it until sound may play. */
  play(theme: string): void;
  /** Fades the music out. */
  stop(): void;
  /** Music volume, 0..1. */
  setVolume(v: number): void;
  setMuted(m: boolean): void;
  /** Called on the first key press or tap: from then on music can play. */
  unlock(): void;
}

/** One theme's file and the part of it that loops, as a Howler sprite region in ms. */
export interface MusicTrack {
  readonly src: string;
  readonly loop: readonly [startMs: number, lengthMs: number];
}

/** `assets/music/music.json`: each theme's file name, loop region and length. */
export type MusicManifest = Readonly<
  Record<string, { src: string; loop: readonly number[]; seconds: number }>
>;

/**
 * The tracks of a manifest, with each file's address from `urls` (Vite's `?url` imports of the
 * files, keyed by path). A theme whose file is missing is left out.
 */
export function tracksOf(
  manifest: MusicManifest,
  urls: Readonly<Record<string, string>>,
): Record<string, MusicTrack> {
  const byFile = new Map(Object.entries(urls).map(([path, url]) => [path.split('/').pop(), url]));
  const tracks: Record<string, MusicTrack> = {};
  for (const [name, entry] of Object.entries(manifest)) {
    const src = byFile.get(entry.src);
    const [start, length] = entry.loop;
    if (src && start !== undefined && length !== undefined) {
      tracks[name] = { src, loop: [start, length] };
    }
  }
  return tracks;
}

/** The theme of a level: its chapter's, or the first chapter's for a level outside the campaign. */
export function themeOfLevel(
  chapters: readonly { readonly id: string; readonly levels: readonly string[] }[],
  levelId: string,
): string {
  return (chapters.find((c) => c.levels.includes(levelId)) ?? chapters[0])?.id ?? 'title';
}

export interface MusicOptions {
  tracks: Readonly<Record<string, MusicTrack>>;
  volume: number;
  muted: boolean;
  /** Length of the crossfade between themes, in ms. */
  fadeMs?: number;
  /** Told about each theme that really started (used by the test hook). */
  onStarted?: (theme: string) => void;
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

export function createHowlerMusic(options: MusicOptions): Music {
  const fadeMs = options.fadeMs ?? 800;
  const howls = new Map<string, Howl>();
  const failed = new Set<string>();
  let warned = false;
  let unlocked = false;
  /** Howler, once fetched (on the first gesture). */
  let lib: HowlerLib | null = null;
  let muted = options.muted;
  let volume = clamp01(options.volume);
  /** The theme asked for last (null after stop). */
  let wanted: string | null = null;
  /** The theme sounding now, and its Howler sound id. */
  let current: { theme: string; howl: Howl; id: number } | null = null;

  const warn = (message: string, err?: unknown): void => {
    if (warned) return;
    warned = true;
    console.warn(`Good Deeds: ${message}; playing without music.`, err ?? '');
  };
  const audible = (): boolean => unlocked && lib !== null && !muted && volume > 0;

  const load = (theme: string): Howl | null => {
    const existing = howls.get(theme);
    if (existing) return existing;
    const track = options.tracks[theme];
    if (!track || failed.has(theme) || !lib) return null;
    try {
      const howl = new lib.Howl({
        src: [track.src],
        format: ['mp3'],
        html5: false,
        loop: true,
        preload: true,
        volume: 0,
        // The loop region: the file holds a little of the loop's end before it and of its
        // start after it, so the join is seamless whatever delay the decoder adds.
        sprite: { loop: [track.loop[0], track.loop[1], true] },
        onloaderror: (_id, err) => {
          failed.add(theme);
          howls.delete(theme);
          if (current?.theme === theme) current = null;
          warn(`the music "${theme}" could not be loaded`, err);
        },
        onplayerror: (_id, err) => warn(`the music "${theme}" could not be played`, err),
        onplay: () => {
          if (current?.theme === theme) options.onStarted?.(theme);
        },
      });
      howls.set(theme, howl);
      return howl;
    } catch (err) {
      failed.add(theme);
      warn('music is not available', err);
      return null;
    }
  };

  /** Fades the sounding theme out and stops it (at once when `ms` is 0). */
  const release = (ms: number): void => {
    const c = current;
    current = null;
    if (!c) return;
    if (ms <= 0 || c.howl.state() !== 'loaded') {
      c.howl.stop(c.id);
      return;
    }
    c.howl.fade(c.howl.volume(c.id) as number, 0, ms, c.id);
    // Each play is a new sound id, so this never stops a theme asked for again meanwhile.
    window.setTimeout(() => c.howl.stop(c.id), ms + 50);
  };

  /** Makes what sounds match what is wanted. */
  const sync = (): void => {
    if (!audible() || wanted === null) {
      release(audible() ? fadeMs : 0);
      return;
    }
    if (current?.theme === wanted) return;
    release(fadeMs);
    const howl = load(wanted);
    if (!howl) return;
    const id = howl.play('loop');
    current = { theme: wanted, howl, id };
    howl.volume(0, id);
    howl.fade(0, volume, fadeMs, id);
  };

  return {
    play(theme: string) {
      wanted = theme;
      sync();
    },
    stop() {
      wanted = null;
      sync();
    },
    setVolume(v: number) {
      volume = clamp01(v);
      if (current && audible()) current.howl.volume(volume, current.id);
      sync();
    },
    setMuted(m: boolean) {
      muted = m;
      sync();
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      void loadHowler().then((loaded) => {
        if (!loaded) return warn('music is not available');
        lib = loaded;
        sync();
      });
    },
  };
}

/** A double that plays nothing and remembers what it was asked to play. */
export function createSilentMusic(): Music & {
  readonly played: string[];
  readonly volume: number;
  readonly muted: boolean;
} {
  const played: string[] = [];
  let volume = 1;
  let muted = false;
  return {
    played,
    get volume() {
      return volume;
    },
    get muted() {
      return muted;
    },
    play(theme: string) {
      played.push(theme);
    },
    stop() {},
    setVolume(v: number) {
      volume = clamp01(v);
    },
    setMuted(m: boolean) {
      muted = m;
    },
    unlock() {},
  };
}
