// main.ts imports Phaser and the first scenes (src/scenes/start-game.ts) dynamically, after it
// has asked for the title's fonts. A dynamic import is fetched only when it runs; this plugin
// names that chunk and the chunks it imports in index.html as module preloads, so that they
// download from the start, beside main.ts, as a static import's would.
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module main.ts imports dynamically to start the game. */
const START_MODULE = /[\\/]src[\\/]scenes[\\/]start-game\.ts$/;

/** The chunk files to preload for `entry`'s dynamic import of the start module, deepest last. */
export function startChunks(entry: OutputChunk, bundle: OutputBundle): string[] {
  const chunkOf = (file: string): OutputChunk | null => {
    const out = bundle[file];
    return out?.type === 'chunk' ? out : null;
  };
  const start = entry.dynamicImports
    .map(chunkOf)
    .find((c) => c?.facadeModuleId != null && START_MODULE.test(c.facadeModuleId));
  if (!start) return [];
  // What the entry imports statically is preloaded by Vite already.
  const have = new Set([entry.fileName, ...entry.imports]);
  const files: string[] = [];
  const visit = (chunk: OutputChunk): void => {
    if (have.has(chunk.fileName)) return;
    have.add(chunk.fileName);
    files.push(chunk.fileName);
    for (const file of chunk.imports) {
      const next = chunkOf(file);
      if (next) visit(next);
    }
  };
  visit(start);
  return files;
}

export function preloadStart(): Plugin {
  let base = './';
  return {
    name: 'good-deeds-preload-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle || !ctx.chunk) return [];
        return startChunks(ctx.chunk, ctx.bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
