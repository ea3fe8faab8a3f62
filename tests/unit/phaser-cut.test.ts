// The game ships Phaser cut to what it uses (src/vendor/phaser.cjs): whatever the game's code
// asks of Phaser must be in the cut, or it would fail only in the built game.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_ENTRY, setSwitches } from '../../scripts/vite-phaser';

/** The cut's namespaces as paths: `GameObjects.Container` → 'leaf' (a whole module), `GameObjects` → 'object'. */
export function cutPaths(source: string): Map<string, 'object' | 'leaf'> {
  const paths = new Map<string, 'object' | 'leaf'>();
  const stack: string[] = [];
  for (const m of source.matchAll(/(\w+): (\{|require\()|(\})/g)) {
    if (m[3]) {
      stack.pop();
      continue;
    }
    const path = [...stack, m[1]!].join('.');
    if (m[2] === '{') {
      paths.set(path, 'object');
      stack.push(m[1]!);
    } else paths.set(path, 'leaf');
  }
  return paths;
}

/** Whether `Phaser.<path>` is in the cut: a listed path, or inside a whole module it lists. */
export function inCut(paths: Map<string, 'object' | 'leaf'>, path: string): boolean {
  const parts = path.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const kind = paths.get(parts.slice(0, i).join('.'));
    if (kind === 'leaf') return true;
    if (kind === undefined) return false;
  }
  return true;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

const cut = readFileSync(PHASER_ENTRY, 'utf8');
// The whole object literal: from `var Phaser = {` to its end.
const paths = cutPaths(cut.slice(cut.indexOf('var Phaser = {') + 'var Phaser = '.length));
const constants = new Set(
  [...readFileSync('node_modules/phaser/src/const.js', 'utf8').matchAll(/^ {4}(\w+):/gm)].map(
    (m) => m[1]!,
  ),
);
const code = sources('src').map((file) => [file, readFileSync(file, 'utf8')] as const);

describe('the cut of Phaser', () => {
  it('reads the cut as paths', () => {
    const p = cutPaths(
      '{ A: require(x), B: { C: require(y), D: { E: require(z) } }, F: require(w) }',
    );
    expect([...p]).toEqual([
      ['A', 'leaf'],
      ['B', 'object'],
      ['B.C', 'leaf'],
      ['B.D', 'object'],
      ['B.D.E', 'leaf'],
      ['F', 'leaf'],
    ]);
    expect(inCut(p, 'B.C.Anything.Deeper')).toBe(true);
    expect(inCut(p, 'B.D')).toBe(true);
    expect(inCut(p, 'B.G')).toBe(false);
    expect(inCut(p, 'Z')).toBe(false);
  });

  it('has every part of Phaser the game names', () => {
    const missing: string[] = [];
    for (const [file, text] of code) {
      for (const m of text.matchAll(/\bPhaser\.((?:[A-Za-z_]\w*\.?)+)/g)) {
        const path = m[1]!.replace(/\.$/, '');
        const [root] = path.split('.');
        // Phaser.Types is types only; the constants (AUTO, WEBGL…) are merged into the cut.
        if (root === 'Types' || constants.has(root!)) continue;
        if (!inCut(paths, path)) missing.push(`${file}: Phaser.${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a factory for every kind of game object the game adds', () => {
    const missing: string[] = [];
    for (const [file, text] of code) {
      for (const m of text.matchAll(/\.(add|make)\.([a-z]\w*)\(/g)) {
        const group = m[1] === 'add' ? 'Factories' : 'Creators';
        const kind = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
        if (!paths.has(`GameObjects.${group}.${kind}`)) missing.push(`${file}: .${m[1]}.${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sets the switches Phaser is built with', () => {
    const src =
      'if (typeof WEBGL_RENDERER) a(); if (typeof WEBGL_DEBUG) b(); if (typeof FEATURE_SOUND) c();';
    expect(setSwitches(src)).toBe('if (true) a(); if (false) b(); if (false) c();');
    // Twice in a row: no state carried between files.
    expect(setSwitches('typeof CANVAS_RENDERER')).toBe('true');
    expect(setSwitches('typeof CANVAS_RENDERER')).toBe('true');
    // Not other words that begin the same.
    expect(setSwitches('typeof WEBGL_RENDERER_X')).toBe('typeof WEBGL_RENDERER_X');
  });
});
