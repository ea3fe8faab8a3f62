// The Chinese font, cut down to the game's own characters. @fontsource/noto-sans-sc ships each
// weight as ~100 unicode-range slices (~5 MB of woff2, and ~100 kB of gzip CSS just to declare
// them). At build time this plugin keeps, for weights 400 and 700, only the slices that hold a
// character of the game's texts (interface strings, levels, code), cuts each slice down to those
// characters (subset-font, HarfBuzz), and declares each with the exact characters it has as its
// unicode-range, so the browser still fetches only the files for the text on screen. The few
// Chinese characters of the English pages (the game's Chinese name on the title, the language
// button's 中文) are cut into faces of their own: the English title fetches about 6 kB of
// Chinese font, not the ~90 kB of the slices those characters share with the Chinese texts.
//
// `import 'virtual:cjk-font'` gives the CSS and `covered`, the characters the cut font has
// (`complete` when it is the whole font). The dev server serves the whole font (no cutting, so
// a level being written can use any character at once). Results are cached under
// node_modules/.cache/cjk-font by a hash of the characters, weights and font version.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:cjk-font';
const RESOLVED_ID = '\0virtual:cjk-font';
const WEIGHTS = ['400', '700'] as const;
const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc';
/** The whole font's family name in a build (src/view/fonts.ts lists it after the cut font). */
export const WHOLE_FAMILY = 'Noto Sans SC Whole';

interface Face {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** A CSS unicode-range (`U+4E00-4E02, U+597D, U+30??`) as [first, last] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) {
      return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    }
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** The woff2 faces of a @fontsource weight's CSS, with their unicode ranges. */
export function facesOf(css: string): Face[] {
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w-]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
    if (file && range) faces.push({ file, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

/** `chars` as a compact CSS unicode-range: runs of neighbours become `U+a-b`. */
export function unicodeRange(chars: readonly number[]): string {
  const sorted = [...new Set(chars)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (c: number): string => c.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

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

/** The characters a build must be able to draw: everything in the game's sources and levels. */
export function gameCharacters(root: string): Set<number> {
  const chars = charactersIn([join(root, 'src'), join(root, 'levels')], ['.ts', '.json']);
  for (const c of readFileSync(join(root, 'index.html'), 'utf8')) chars.add(c.codePointAt(0)!);
  // Only what the Latin font (Nunito) may lack needs the Chinese one; ASCII never does.
  for (let c = 0; c < 0x80; c++) chars.delete(c);
  return chars;
}

/** The Chinese characters the English pages show: in the English strings and the title's text. */
export function englishPagesCharacters(root: string): Set<number> {
  const chars = charactersIn(
    [join(root, 'src/ui/locales/en.json'), join(root, 'src/scenes/title-text.ts')],
    ['.json', '.ts'],
  );
  for (const c of [...chars]) if (c < 0x2e80) chars.delete(c);
  return chars;
}

/**
 * Cuts the font for `chars` into `dir` (unless already there): one woff2 per kept slice and
 * weight (two where the slice holds some of `early`, which get a small file of their own), and
 * `cjk-font.css` declaring them. Returns the CSS file's path.
 */
export async function buildCutFont(
  root: string,
  chars: ReadonlySet<number>,
  early: ReadonlySet<number> = new Set(),
): Promise<string> {
  const version = (
    JSON.parse(readFileSync(join(root, FONT_DIR, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const key = createHash('sha256')
    .update(
      [
        version,
        ...WEIGHTS,
        ...[...chars].sort((a, b) => a - b),
        'early',
        ...[...early].sort((a, b) => a - b),
      ].join(','),
    )
    .digest('hex')
    .slice(0, 16);
  const cacheRoot = join(root, 'node_modules/.cache/cjk-font');
  const dir = join(cacheRoot, key);
  const cssFile = join(dir, 'cjk-font.css');
  if (existsSync(cssFile)) return cssFile;

  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const faces = facesOf(readFileSync(join(root, FONT_DIR, `${weight}.css`), 'utf8'));
    for (const face of faces) {
      const mine = [...chars].filter((c) => face.ranges.some(([lo, hi]) => c >= lo && c <= hi));
      if (mine.length === 0) continue;
      const source = readFileSync(join(root, FONT_DIR, 'files', face.file));
      const parts: [string, number[]][] = [
        [`early-${face.file}`, mine.filter((c) => early.has(c))],
        [`cut-${face.file}`, mine.filter((c) => !early.has(c))],
      ];
      for (const [file, part] of parts) {
        if (part.length === 0) continue;
        const cut = await subsetFont(source, String.fromCodePoint(...part), {
          targetFormat: 'woff2',
        });
        writeFileSync(join(work, file), cut);
        rules.push(
          [
            '@font-face {',
            "  font-family: 'Noto Sans SC';",
            '  font-style: normal;',
            '  font-display: swap;',
            `  font-weight: ${weight};`,
            `  src: url(./${file}) format('woff2');`,
            `  unicode-range: ${unicodeRange(part)};`,
            '}',
          ].join('\n'),
        );
      }
    }
  }
  writeFileSync(join(work, 'cjk-font.css'), `${rules.join('\n')}\n`);
  pruneOldCuts(cacheRoot);
  try {
    renameSync(work, dir);
  } catch {
    // Another build made the same cut meanwhile: theirs is as good as ours.
    rmSync(work, { recursive: true, force: true });
  }
  return cssFile;
}

/** Cuts for older character sets, untouched for a day (a build running now may use a newer one). */
function pruneOldCuts(cacheRoot: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const old of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, old);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

export function cjkFont(): Plugin {
  let root = process.cwd();
  let serve = false;
  return {
    name: 'good-deeds-cjk-font',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      serve = config.command === 'serve' && config.mode !== 'test';
    },
    // In a build, the whole font (declared only for characters the cut lacks) goes by a family
    // name of its own, listed after the cut font's: the cut font keeps drawing the game's own
    // characters, and the whole font's big slices are fetched only for the others.
    transform(code, id) {
      if (serve || !/[\\/]@fontsource[\\/]noto-sans-sc[\\/]\d+\.css$/.test(id)) return null;
      return { code: code.replaceAll("'Noto Sans SC'", `'${WHOLE_FAMILY}'`), map: null };
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      if (serve) {
        return [
          `import '@fontsource/noto-sans-sc/400.css';`,
          `import '@fontsource/noto-sans-sc/700.css';`,
          'export const complete = true;',
          "export const covered = '';",
        ].join('\n');
      }
      const chars = gameCharacters(root);
      const css = await buildCutFont(root, chars, englishPagesCharacters(root));
      this.addWatchFile(css);
      return [
        `import ${JSON.stringify(css)};`,
        'export const complete = false;',
        `export const covered = ${JSON.stringify(String.fromCodePoint(...chars))};`,
      ].join('\n');
    },
  };
}
