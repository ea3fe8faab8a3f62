// Keyboard input during play: held directions (the last pressed wins), interact presses,
// and pause. Ignores keys meant for a focused button or an open dialogue.
import type { Dir, Point } from '../core/geometry';
import type { SimInput } from '../core/sim-types';

const DIR_KEYS: Record<string, Dir> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  KeyW: 'up',
  KeyS: 'down',
  KeyA: 'left',
  KeyD: 'right',
};

export interface PlayInputOptions {
  onPause: () => void;
  /** False while a dialogue is open: then keys belong to the dialogue. */
  active: () => boolean;
}

export class PlayInput {
  private held: Dir[] = [];
  /** Directions pressed since the last step, so a quick tap still moves one tile. */
  private tappedDirs: Dir[] = [];
  private interactPressed = false;
  private tapped: Point | null = null;
  private chosen: number | null = null;
  private readonly down = (e: KeyboardEvent): void => this.onDown(e);
  private readonly up = (e: KeyboardEvent): void => this.onUp(e);
  private readonly blur = (): void => {
    this.held = [];
  };

  constructor(private readonly options: PlayInputOptions) {
    window.addEventListener('keydown', this.down);
    window.addEventListener('keyup', this.up);
    window.addEventListener('blur', this.blur);
  }

  private onDown(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.code === 'Escape' || e.code === 'KeyP') {
      if (this.options.active()) {
        e.preventDefault();
        this.held = [];
        this.options.onPause();
      }
      return;
    }
    if (!this.options.active()) return;
    const dir = DIR_KEYS[e.code];
    if (dir) {
      e.preventDefault();
      if (!this.held.includes(dir)) this.held.push(dir);
      if (!e.repeat) this.tappedDirs.push(dir);
      return;
    }
    if (e.code === 'Space' || e.code === 'Enter' || e.code === 'NumpadEnter') {
      const focused = document.activeElement;
      // Space on a focused HUD button presses the button, not the game.
      if (focused instanceof HTMLButtonElement) return;
      e.preventDefault();
      if (!e.repeat) this.interactPressed = true;
    }
  }

  private onUp(e: KeyboardEvent): void {
    const dir = DIR_KEYS[e.code];
    if (dir) this.held = this.held.filter((d) => d !== dir);
  }

  /** A direction held on the touch pad. */
  hold(dir: Dir): void {
    if (!this.held.includes(dir)) this.held.push(dir);
    this.tappedDirs.push(dir);
  }

  release(dir: Dir): void {
    this.held = this.held.filter((d) => d !== dir);
  }

  /** The help button on the touch pad. */
  pressInteract(): void {
    this.interactPressed = true;
  }

  tap(at: Point): void {
    this.tapped = at;
  }

  /** An answer picked in a dialogue, sent with the next step. */
  choose(option: number): void {
    this.chosen = option;
  }

  /** The input for the next step; presses and taps are used once. */
  take(): SimInput {
    const input: SimInput = {
      dir: this.held[this.held.length - 1] ?? this.tappedDirs[0] ?? null,
      interact: this.interactPressed,
      tap: this.tapped,
      choice: this.chosen,
    };
    this.interactPressed = false;
    this.tapped = null;
    this.chosen = null;
    return input;
  }

  /** Called when the player is ready for a new step: a queued tap is used up. */
  stepTaken(): void {
    this.tappedDirs.shift();
  }

  clear(): void {
    this.held = [];
    this.tappedDirs = [];
    this.interactPressed = false;
    this.tapped = null;
  }

  destroy(): void {
    window.removeEventListener('keydown', this.down);
    window.removeEventListener('keyup', this.up);
    window.removeEventListener('blur', this.blur);
  }
}
