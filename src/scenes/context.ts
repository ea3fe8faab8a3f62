// What every scene shares: the save, sound, music, the UI layer and the test hook.
import type Phaser from 'phaser';
import type { Music } from '../audio/music';
import type { Sfx } from '../audio/sfx';
import type { ProfileStore } from '../platform/profile-store';
import type { SaveStore } from '../platform/save-store';
import type { TestHook } from '../platform/test-hook';

export interface GameContext {
  /** The save of the player playing now (it changes when another player is chosen). */
  readonly store: SaveStore;
  /** The players of this device. */
  readonly profiles: ProfileStore;
  readonly sfx: Sfx;
  readonly music: Music;
  /** The element DOM screens are mounted in. */
  readonly ui: HTMLElement;
  /** Says `text` to screen readers through the live region. */
  announce(text: string): void;
  readonly hook: TestHook | null;
  /** Whether motion is reduced now: the player's setting, or their device's (read live). */
  readonly reducedMotion: boolean;
  /** Whether high contrast is on now (the player's setting, read live). */
  readonly highContrast: boolean;
}

export function ctxOf(scene: Phaser.Scene): GameContext {
  return scene.registry.get('ctx') as GameContext;
}

/** Marks the scene as on screen and ready for input (for the test hook). */
export function markReady(scene: Phaser.Scene): void {
  const hook = ctxOf(scene).hook;
  if (hook) hook.scene = scene.scene.key;
}

/** Scene keys. */
export const SCENES = {
  boot: 'boot',
  title: 'title',
  select: 'select',
  play: 'play',
  results: 'results',
  diary: 'diary',
  achievements: 'achievements',
} as const;

/** Where a screen's Back button goes: a scene and the data to start it with. */
export interface BackTo {
  readonly scene: string;
  readonly data?: object;
}
