import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { levelReload } from './scripts/vite-level-reload.ts';

export default defineConfig({
  // Relative asset paths: the built game works from any static host and from a sub-path.
  base: './',
  plugins: [levelReload(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
