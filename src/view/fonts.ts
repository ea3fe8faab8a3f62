// Web fonts: wait until the glyphs a text needs have arrived before Phaser draws it, so no
// character comes out as an empty box.

export const LATIN_FONT = 'Nunito';
export const CJK_FONT = 'Noto Sans SC';
export const FONT_STACK = `"${LATIN_FONT}", "${CJK_FONT}", system-ui, sans-serif`;

/** Loads the font faces (and the unicode subsets) needed to draw `text`. Never rejects. */
export async function loadFontsFor(
  text: string,
  weights: readonly number[] = [400, 800],
): Promise<void> {
  if (!('fonts' in document)) return;
  const loads: Promise<unknown>[] = [];
  for (const w of weights) {
    loads.push(document.fonts.load(`${w} 24px "${LATIN_FONT}"`, text));
    if (/[\u3000-\u9fff\uff00-\uffef]/.test(text)) {
      loads.push(document.fonts.load(`${w >= 700 ? 700 : 400} 24px "${CJK_FONT}"`, text));
    }
  }
  await Promise.allSettled(loads);
}
