// Sound effects. The one place that imports Howler, behind a small interface with a silent
// double. Nothing is created before the first gesture, so browsers never complain.
import { Howl, Howler } from 'howler';

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

export function createHowlerSfx(options: SfxOptions): Sfx {
  let howl: Howl | null = null;
  let muted = options.muted;
  let volume = clampVolume(options.volume ?? 1);
  let failed = false;
  const load = (): Howl | null => {
    if (howl || failed) return howl;
    try {
      howl = new Howl({
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
  Howler.mute(muted);
  return {
    get muted() {
      return muted;
    },
    setMuted(m: boolean) {
      muted = m;
      Howler.mute(m);
    },
    setVolume(v: number) {
      volume = clampVolume(v);
      // This Howl's own volume: Howler's global one would turn the music down too.
      howl?.volume(volume);
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      load();
    },
    play(name: SfxName) {
      if (!unlocked || muted) return;
      const h = load();
      if (!h) return;
      const id = h.play(name);
      playing.set(id, name);
      if (playing.size > 64) playing.delete(playing.keys().next().value!);
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
