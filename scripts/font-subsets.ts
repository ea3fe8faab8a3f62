// Which unicode-range subsets of a @fontsource font the game's own texts need: the offline
// precache (vite.config.ts) keeps those, not all ~200 files of the Chinese font.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every character in the files under `dirs` whose names end with one of `exts`. */
export function charactersIn(dirs: readonly string[], exts: readonly string[]): Set<number> {
  const chars = new Set<number>();
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (exts.some((e) => path.endsWith(e))) {
      for (const c of readFileSync(path, 'utf8')) chars.add(c.codePointAt(0)!);
    }
  };
  for (const dir of dirs) visit(dir);
  return chars;
}

function parseRange(range: string): [number, number] {
  const [from = '', to] = range.trim().replace(/^U\+/i, '').split('-');
  if (from.includes('?')) {
    return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
  }
  return [parseInt(from, 16), parseInt(to ?? from, 16)];
}

/**
 * The woff2 files (base names, without the hash the build adds) of the @font-face rules in
 * `css` whose unicode-range holds at least one of `chars`.
 */
export function subsetsFor(css: string, chars: ReadonlySet<number>): string[] {
  const files: string[] = [];
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w-]+)\.woff2\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
    if (!file) continue;
    if (!range) {
      files.push(file);
      continue;
    }
    const ranges = range.split(',').map(parseRange);
    for (const c of chars) {
      if (ranges.some(([lo, hi]) => c >= lo && c <= hi)) {
        files.push(file);
        break;
      }
    }
  }
  return files;
}
