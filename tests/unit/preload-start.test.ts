// The chunks main.ts imports dynamically to start the game are named in index.html as module
// preloads (scripts/vite-preload-start.ts): those and only those.
import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { startChunks } from '../../scripts/vite-preload-start';

function chunk(
  fileName: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  facadeModuleId: string | null = null,
): OutputChunk {
  return { type: 'chunk', fileName, imports, dynamicImports, facadeModuleId } as OutputChunk;
}

function bundleOf(...chunks: OutputChunk[]): OutputBundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

describe('startChunks', () => {
  const entry = chunk(
    'assets/index.js',
    ['assets/runtime.js', 'assets/i18n.js'],
    ['assets/start-game.js', 'assets/screens.js'],
    '/repo/src/main.ts',
  );
  const start = chunk(
    'assets/start-game.js',
    ['assets/index.js', 'assets/phaser.js', 'assets/i18n.js', 'assets/icons.js'],
    ['assets/placeholder-art.js'],
    '/repo/src/scenes/start-game.ts',
  );
  const others = [
    chunk('assets/runtime.js'),
    chunk('assets/i18n.js', ['assets/runtime.js']),
    chunk('assets/phaser.js', ['assets/runtime.js']),
    chunk('assets/icons.js', ['assets/phaser.js', 'assets/shared.js']),
    chunk('assets/shared.js'),
    chunk(
      'assets/screens.js',
      ['assets/phaser.js', 'assets/rules.js'],
      [],
      '/repo/src/scenes/screens.ts',
    ),
    chunk('assets/rules.js'),
    chunk('assets/placeholder-art.js', [], [], '/repo/src/view/placeholder-art.ts'),
  ];

  it('names the start chunk and what it imports, not what the entry has or loads later', () => {
    const files = startChunks(entry, bundleOf(entry, start, ...others));
    expect(files).toEqual([
      'assets/start-game.js',
      'assets/phaser.js',
      'assets/icons.js',
      'assets/shared.js',
    ]);
  });

  it('names nothing when the entry does not start the game that way', () => {
    const plain = chunk('assets/index.js', ['assets/phaser.js'], ['assets/screens.js']);
    expect(startChunks(plain, bundleOf(plain, ...others))).toEqual([]);
  });
});
