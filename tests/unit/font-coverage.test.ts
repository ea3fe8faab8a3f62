// No character the game shows can come out as an empty box: every character of the interface
// strings (both languages), of every level's texts and of the text written in the screens'
// code is covered by the fonts the game bundles — the Latin font (Nunito, its latin slice) or
// the Chinese font (Noto Sans SC, whose @fontsource CSS declares ~100 unicode-range slices a
// weight, at both weights the game uses). A Chinese string must be covered by the Chinese font
// alone. The browser test tests/e2e/chinese-glyphs.spec.ts checks the same on screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../scripts/vite-cjk-font.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

type Range = readonly [number, number];

/** The unicode ranges of the @font-face rules in `css` (only those naming `file`, if given). */
function rangesOf(css: string, file?: string): Range[] {
  return css
    .split('@font-face')
    .slice(1)
    .filter((face) => !file || face.includes(file))
    .flatMap((face) => {
      const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
      return range ? parseUnicodeRange(range) : [];
    });
}

const covers = (ranges: readonly Range[], c: number): boolean =>
  ranges.some(([lo, hi]) => c >= lo && c <= hi);
/** The code points of `ranges`, for quick look-ups. */
const pointsOf = (ranges: readonly Range[]): Set<number> => {
  const points = new Set<number>();
  for (const [lo, hi] of ranges) for (let c = lo; c <= hi; c++) points.add(c);
  return points;
};

// src/main.ts imports Nunito's latin slice (latin-400/700/800.css, which leave out the range:
// the file holds the latin slice of the full CSS) and Noto Sans SC at weights 400 and 700, cut
// at build time to the game's characters from these slices (scripts/vite-cjk-font.ts; its own
// test, cjk-font.test.ts, checks the cut declares every one of them).
const LATIN = rangesOf(read('node_modules/@fontsource/nunito/400.css'), 'latin-400-normal.woff2');
const CJK_400 = rangesOf(read('node_modules/@fontsource/noto-sans-sc/400.css'));
const CJK_700 = rangesOf(read('node_modules/@fontsource/noto-sans-sc/700.css'));
const CJK_400_POINTS = pointsOf(CJK_400);
const CJK_700_POINTS = pointsOf(CJK_700);
const inChineseFont = (c: number): boolean => CJK_400_POINTS.has(c) && CJK_700_POINTS.has(c);
const inSomeFont = (c: number): boolean => covers(LATIN, c) || inChineseFont(c);

/** Characters a text shows (its `{{variables}}` are filled in by other texts). */
function shown(text: string): number[] {
  return [...text.replace(/\{\{[^}]*\}\}/g, '')]
    .map((ch) => ch.codePointAt(0)!)
    .filter((c) => c >= 0x20 && c !== 0xfeff);
}

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
}

/** Every `{ "en": …, "zh": … }` text in the levels and the campaign, with where it is. */
function levelTexts(): { where: string; en: string; zh: string }[] {
  const out: { where: string; en: string; zh: string }[] = [];
  for (const f of readdirSync(join(ROOT, 'levels'))) {
    if (!f.endsWith('.json') || f.includes('.schema.')) continue;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.en === 'string' && typeof o.zh === 'string') {
          out.push({ where: `levels/${f} ${path}`, en: o.en, zh: o.zh });
        } else for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
      }
    };
    walk(JSON.parse(read(`levels/${f}`)), '');
  }
  return out;
}

/** String literals in the code of the screens (the touch pad's arrows, the ✓ and ★ of tables). */
function codeTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const dir of ['src/ui', 'src/scenes', 'src/view']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.ts'))) {
      const file = `${dir}/${f}`;
      const sf = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          out.push({ where: `${file}:${line}`, text: node.text });
        } else if (ts.isTemplateExpression(node)) {
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
          out.push({ where: `${file}:${line}`, text: parts.join('') });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

const name = (c: number): string =>
  `${String.fromCodePoint(c)} (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;

function uncovered(
  texts: readonly { where: string; text: string }[],
  ok: (c: number) => boolean,
): string[] {
  const missing = new Map<number, string>();
  for (const { where, text } of texts) {
    for (const c of shown(text)) if (!ok(c) && !missing.has(c)) missing.set(c, where);
  }
  return [...missing].map(([c, where]) => `${name(c)} first in ${where}`);
}

describe('the bundled fonts cover every character the game shows', () => {
  const zh = leaves(JSON.parse(read('src/ui/locales/zh.json')) as Tree);
  const en = leaves(JSON.parse(read('src/ui/locales/en.json')) as Tree);
  const levels = levelTexts();

  it('reads the fonts and the texts', () => {
    expect(LATIN.length).toBeGreaterThan(5);
    expect(CJK_400.length).toBeGreaterThan(1000);
    expect(CJK_700.length).toBeGreaterThan(1000);
    expect(zh.length).toBeGreaterThan(200);
    expect(levels.length).toBeGreaterThan(300);
    // The check itself: 好 is in the Chinese font, a private-use character in neither.
    expect(inChineseFont('好'.codePointAt(0)!)).toBe(true);
    expect(inSomeFont(0xe000)).toBe(false);
  });

  it('the Chinese interface strings, in the Chinese font at 400 and 700', () => {
    const texts = zh.map(([key, text]) => ({ where: `zh.json ${key}`, text }));
    const notAscii = (c: number): boolean => c < 0x80 || inChineseFont(c);
    expect(uncovered(texts, notAscii), 'characters with no glyph').toEqual([]);
  });

  it("the levels' Chinese texts, in the Chinese font at 400 and 700", () => {
    const texts = levels.map((l) => ({ where: l.where, text: l.zh }));
    const notAscii = (c: number): boolean => c < 0x80 || inChineseFont(c);
    expect(uncovered(texts, notAscii), 'characters with no glyph').toEqual([]);
  });

  it("the English strings and the levels' English texts, in one of the fonts", () => {
    const texts = [
      ...en.map(([key, text]) => ({ where: `en.json ${key}`, text })),
      ...levels.map((l) => ({ where: l.where, text: l.en })),
    ];
    expect(uncovered(texts, inSomeFont), 'characters with no glyph').toEqual([]);
  });

  it('the text written in the code of the screens, in one of the fonts', () => {
    expect(uncovered(codeTexts(), inSomeFont), 'characters with no glyph').toEqual([]);
  });
});
