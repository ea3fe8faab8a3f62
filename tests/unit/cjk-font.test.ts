// The Chinese font cut to the game's characters (scripts/vite-cjk-font.ts): every character the
// game can show is declared by exactly one cut face per weight, and the ranges are exact; the
// English pages' few Chinese characters have small faces of their own.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCutFont,
  englishPagesCharacters,
  facesOf,
  gameCharacters,
  parseUnicodeRange,
  unicodeRange,
} from '../../scripts/vite-cjk-font.ts';

const root = join(import.meta.dirname, '../..');

describe('unicodeRange', () => {
  it('joins neighbours into runs and sorts', () => {
    expect(unicodeRange([0x4e01, 0x4e00, 0x4e02, 0x597d, 0x4e00])).toBe('U+4E00-4E02, U+597D');
    expect(unicodeRange([0x3002])).toBe('U+3002');
  });
});

describe('facesOf', () => {
  it('reads every woff2 face of a @fontsource weight with its ranges', () => {
    const css = readFileSync(join(root, 'node_modules/@fontsource/noto-sans-sc/400.css'), 'utf8');
    const faces = facesOf(css);
    expect(faces.length).toBeGreaterThan(90);
    expect(faces.every((f) => f.file.endsWith('.woff2') && f.ranges.length > 0)).toBe(true);
    // 好 is in exactly one slice.
    const holding = faces.filter((f) => f.ranges.some(([lo, hi]) => 0x597d >= lo && 0x597d <= hi));
    expect(holding).toHaveLength(1);
  });
});

describe('the cut font', () => {
  it('declares each of the game’s characters once per weight, in files that exist', async () => {
    const chars = gameCharacters(root);
    // The game's name and some Chinese of every kind of text are among them.
    for (const c of '好人好事，。！') expect(chars.has(c.codePointAt(0)!)).toBe(true);
    const cssFile = await buildCutFont(root, chars, englishPagesCharacters(root));
    const css = readFileSync(cssFile, 'utf8');
    const faces = css.split('@font-face').slice(1);
    for (const weight of [400, 700]) {
      const mine = faces.filter((f) => f.includes(`font-weight: ${weight};`));
      const declared = new Map<number, number>();
      for (const face of mine) {
        const file = /url\(\.\/([\w.-]+)\)/.exec(face)![1]!;
        expect(readFileSync(join(dirname(cssFile), file)).length).toBeGreaterThan(100);
        for (const [lo, hi] of parseUnicodeRange(/unicode-range: ([^;]+);/.exec(face)![1]!)) {
          for (let c = lo; c <= hi; c++) declared.set(c, (declared.get(c) ?? 0) + 1);
        }
      }
      const cjk = [...chars].filter((c) => c >= 0x2e80 && c <= 0x9fff);
      const missing = cjk.filter((c) => declared.get(c) !== 1).map((c) => String.fromCodePoint(c));
      expect(missing, `weight ${weight}`).toEqual([]);
      // Nothing beyond the game's own characters.
      expect([...declared.keys()].filter((c) => !chars.has(c))).toEqual([]);
    }
  });

  it('cuts the English pages’ Chinese characters into small faces of their own', async () => {
    const early = englishPagesCharacters(root);
    // The game's Chinese name on the English title, and the language button.
    expect(String.fromCodePoint(...[...early].sort((a, b) => a - b))).toBe(
      String.fromCodePoint(
        ...[...'中人事好文'].map((c) => c.codePointAt(0)!).sort((a, b) => a - b),
      ),
    );
    const cssFile = await buildCutFont(root, gameCharacters(root), early);
    const faces = readFileSync(cssFile, 'utf8').split('@font-face').slice(1);
    for (const weight of [400, 700]) {
      const mine = faces.filter(
        (f) => f.includes(`font-weight: ${weight};`) && f.includes('url(./early-'),
      );
      const declared = new Set<number>();
      let bytes = 0;
      for (const face of mine) {
        const file = /url\(\.\/([\w.-]+)\)/.exec(face)![1]!;
        bytes += readFileSync(join(dirname(cssFile), file)).length;
        for (const [lo, hi] of parseUnicodeRange(/unicode-range: ([^;]+);/.exec(face)![1]!)) {
          for (let c = lo; c <= hi; c++) declared.add(c);
        }
      }
      expect([...declared].sort(), `weight ${weight}`).toEqual([...early].sort());
      // A few kB in all (the slices they came from are over 40 kB).
      expect(bytes, `weight ${weight}`).toBeLessThan(8000);
    }
  });
});
