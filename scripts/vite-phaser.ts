// The game's own cut of Phaser (src/vendor/phaser.cjs) in place of the whole of Phaser, built
// from Phaser's sources with the switches Phaser's own build sets (its webpack DefinePlugin).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const PHASER_ENTRY = fileURLToPath(new URL('../src/vendor/phaser.cjs', import.meta.url));

/** Phaser's build-time switches: both renderers, no WebGL debugging, no sound system. */
export const PHASER_SWITCHES: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
};

const SWITCH = new RegExp(`typeof (${Object.keys(PHASER_SWITCHES).join('|')})\\b`, 'g');
const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/].*\.js$/;

/** `typeof WEBGL_DEBUG` in Phaser's sources becomes `false`, and so on. */
export function setSwitches(code: string): string {
  return code.replace(SWITCH, (_, name: string) => String(PHASER_SWITCHES[name]));
}

export function phaserCut(): Plugin {
  return {
    name: 'good-deeds-phaser-cut',
    enforce: 'pre',
    // Builds only: the dev server serves modules as they are, and Phaser's sources are CommonJS
    // (it pre-bundles the whole of Phaser instead). The browser tests play the built game.
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_ENTRY }] },
    }),
    transform: {
      filter: { id: PHASER_SOURCE },
      handler(code) {
        const out = setSwitches(code);
        // Each switch is replaced within its line, so no line moves: `map: null` keeps the
        // file's lines as they are in the source map (only columns after a switch shift).
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
