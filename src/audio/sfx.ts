// Sound effects, with Howler behind a small interface and a silent double. Nothing is loaded
// before the first gesture (browsers allow no sound before one): Howler itself, like the
// music's, is fetched then (audio/howler-lib.ts), so it costs nothing before the first frame.
import type { Howl } from 'howler';
import { loadHowler, type HowlerLib } from './howler-lib';

export const SFX_NAMES = [
  'step',
  'bump',
  'pickup',
  'handover',
  'deed',
  'passed',
  'timeup',
  'click',
  'repair',
  'follow',
  'star',
] as const;
export type SfxName = (typeof SFX_NAMES)[number];

export interface Sfx {
  play(name: SfxName): void;
  setMuted(muted: boolean): void;
  readonly muted: boolean;
  /** Effects volume, 0..1 (the music has its own). */
  setVolume(volume: number): void;
  /** Called on the first key press or tap: from then on sounds can play. */
  unlock(): void;
}

export interface SfxOptions {
  src: string;
  sprite: Record<string, [number, number]>;
  muted: boolean;
  /** Effects volume, 0..1; 1 when not given. */
  volume?: number;
  /** Told about each sound that really started (used by the test hook). */
  onPlayed?: (name: SfxName) => void;
}

/** A sound asked for while Howler was still on its way plays if it arrives within this. */
const LATE_SOUND_MS = 300;

export function createHowlerSfx(options: SfxOptions): Sfx {
  let lib: HowlerLib | null = null;
  let howl: Howl | null = null;
  let muted = options.muted;
  let volume = clampVolume(options.volume ?? 1);
  let failed = false;
  /** The last sound asked for before Howler arrived, and when. */
  let early: { name: SfxName; at: number } | null = null;
  const load = (): Howl | null => {
    if (howl || failed || !lib) return howl;
    try {
      howl = new lib.Howl({
        src: [options.src],
        sprite: options.sprite,
        format: ['wav'],
        preload: true,
        volume,
        onloaderror: (_id, err) => {
          failed = true;
          console.warn('Good Deeds: sound could not be loaded; playing silently.', err);
        },
        onplay: (id) => {
          const name = spriteNameOf(id);
          if (name) options.onPlayed?.(name);
        },
      });
    } catch (err) {
      failed = true;
      console.warn('Good Deeds: sound is not available; playing silently.', err);
    }
    return howl;
  };
  const playing = new Map<number, SfxName>();
  const spriteNameOf = (id: number): SfxName | undefined => playing.get(id);
  let unlocked = false;
  const start = (name: SfxName): void => {
    const h = load();
    if (!h) return;
    const id = h.play(name);
    playing.set(id, name);
    if (playing.size > 64) playing.delete(playing.keys().next().value!);
  };
  return {
    get muted() {
      return muted;
    },
    setMuted(m: boolean) {
      muted = m;
      lib?.Howler.mute(m);
    },
    setVolume(v: number) {
      volume = clampVolume(v);
      // This Howl's own volume: Howler's global one would turn the music down too.
      howl?.volume(volume);
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      void loadHowler().then((loaded) => {
        if (!loaded) {
          failed = true;
          return;
        }
        lib = loaded;
        lib.Howler.mute(muted);
        load();
        if (early && performance.now() - early.at < LATE_SOUND_MS && !muted) start(early.name);
        early = null;
      });
    },
    play(name: SfxName) {
      if (!unlocked || muted) return;
      if (!lib) {
        early = { name, at: performance.now() };
        return;
      }
      start(name);
    },
  };
}

function clampVolume(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

/** A double that plays nothing and remembers what it was asked to play. */
export function createSilentSfx(muted = false): Sfx & { played: SfxName[] } {
  let m = muted;
  const played: SfxName[] = [];
  return {
    played,
    get muted() {
      return m;
    },
    setMuted(value: boolean) {
      m = value;
    },
    setVolume() {},
    unlock() {},
    play(name: SfxName) {
      if (!m) played.push(name);
    },
  };
}
