// Builds the bare Phaser baseline page (bench/baseline/) the way the game is built: same
// target, relative paths, Phaser in its own chunk. Used by `npm run bench`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const BASELINE_ROOT = fileURLToPath(new URL('../../bench/baseline/', import.meta.url));
export const BASELINE_OUT = fileURLToPath(
  new URL('../../bench-results/baseline-dist/', import.meta.url),
);

export default defineConfig({
  root: BASELINE_ROOT,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BASELINE_OUT,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Also the game's cut of Phaser (src/vendor/phaser.cjs), for the same-cut bare page.
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser|src[\\/]vendor[\\/]phaser/ }],
        },
      },
    },
  },
});
