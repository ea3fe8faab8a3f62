// Web fonts: wait until the glyphs a text needs have arrived before Phaser draws it, so no
// character comes out as an empty box.
import { complete, covered } from 'virtual:cjk-font';

export const LATIN_FONT = 'Nunito';
export const CJK_FONT = 'Noto Sans SC';
/** The whole Chinese font, in a build: for characters the cut font lacks (see below). */
export const CJK_WHOLE_FONT = 'Noto Sans SC Whole';
export const FONT_STACK = `"${LATIN_FONT}", "${CJK_FONT}", "${CJK_WHOLE_FONT}", system-ui, sans-serif`;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const inCutFont = new Set(covered);
let wholeFont: Promise<unknown> | null = null;

/**
 * Whether `text` has a Chinese character outside the cut font the build ships (a player's name,
 * a level dropped on the page): then the whole font's unicode-range slices are declared too.
 */
export function needsWholeFont(text: string): boolean {
  if (complete) return false;
  for (const ch of text) if (CJK.test(ch) && !inCutFont.has(ch)) return true;
  return false;
}

/** Declares the whole Chinese font (once), for characters the cut font lacks. Never rejects. */
export function declareWholeFont(): Promise<unknown> {
  // The single-file build inlines what it imports: the whole font would add 10 MB to it.
  if (import.meta.env.VITE_SINGLE_FILE === 'true') return Promise.resolve();
  wholeFont ??= import('./whole-cjk-font').catch((e: unknown) => {
    console.warn('Good Deeds: the Chinese font could not be loaded', e);
  });
  return wholeFont;
}

/** Loads the font faces (and the unicode subsets) needed to draw `text`. Never rejects. */
export async function loadFontsFor(
  text: string,
  weights: readonly number[] = [400, 800],
): Promise<void> {
  if (!('fonts' in document)) return;
  const whole = needsWholeFont(text);
  if (whole) await declareWholeFont();
  // Only the Chinese characters ask for the Chinese font: the Latin font draws the rest, and
  // asking with them would fetch the Chinese font's own Latin slice too.
  const chinese = [...text].filter((ch) => CJK.test(ch)).join('');
  // Each face once (the Chinese font has two weights for the Latin font's three).
  const faces = new Map<string, string>();
  for (const w of weights) {
    faces.set(`${w} 24px "${LATIN_FONT}"`, text);
    if (chinese) {
      const cjk = `${w >= 700 ? 700 : 400} 24px`;
      faces.set(`${cjk} "${CJK_FONT}"`, chinese);
      if (whole) faces.set(`${cjk} "${CJK_WHOLE_FONT}"`, chinese);
    }
  }
  await Promise.allSettled([...faces].map(([font, chars]) => document.fonts.load(font, chars)));
}
