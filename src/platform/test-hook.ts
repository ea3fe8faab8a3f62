// A window hook for end-to-end tests (development and test builds only): readiness, the
// current scene, a snapshot of the simulation, and the sounds that really started.
import type { SimInput, SimState } from '../core/sim-types';

export interface TestHook {
  /** The scene on screen, once it is ready for input. */
  scene: string;
  /** The renderer in use. */
  renderer: 'webgl' | 'canvas' | null;
  /** Names of sounds that really started playing. */
  sounds: string[];
  /** Music themes that really started playing, in order. */
  music: string[];
  /** The simulation state while a level is played, else null. */
  state: () => SimSnapshot | null;
  /** Where the centre of a map tile is on the page, while a level is played. */
  tileToClient?: (x: number, y: number) => [number, number] | null;
  /** Before Start: play this level with the solver's inputs (true when accepted). */
  autoplay?: () => boolean;
  /** The solver's inputs for the level being played, step by step. */
  solution?: () => { tick: number; input: SimInput }[];
  /**
   * While a level is played: how many pictures its scene draws now (each image, text or shape
   * shown in the camera's view, inside groups too, the ground included). The benchmark's bare
   * page draws as many.
   */
  pictures?: () => number;
  /** Howler's state: muted or not, and its audio clock ("running", "suspended"), once loaded. */
  audio?: () => Promise<{ muted: boolean | null; context: AudioContextState | null }>;
  /** Loads the fonts to draw `text` as the game does (the whole Chinese font if it must). */
  loadFontsFor?: (text: string) => Promise<void>;
}

export interface SimSnapshot {
  levelId: string;
  status: SimState['status'];
  tick: number;
  timeMs: number;
  /** The time limit in force (with any time won), or null when the level has none. */
  timeLimitMs: number | null;
  player: { x: number; y: number; moving: boolean; carrying: string[] };
  people: { id: string; x: number; y: number; following: boolean; helped: boolean }[];
  deeds: { id: string; status: string }[];
  paused: boolean;
}

declare global {
  interface Window {
    __goodDeeds?: TestHook;
  }
}

export function hookEnabled(): boolean {
  return import.meta.env.DEV || import.meta.env.MODE === 'test';
}

export function installHook(): TestHook | null {
  if (!hookEnabled()) return null;
  const hook: TestHook = {
    scene: 'boot',
    renderer: null,
    sounds: [],
    music: [],
    state: () => null,
  };
  window.__goodDeeds = hook;
  return hook;
}
