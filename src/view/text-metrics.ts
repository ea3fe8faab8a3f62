// A text's font metrics (ascent and descent), for Phaser's text style. Unless given them,
// Phaser measures the font again each time a text is made or restyled, on a canvas it makes for
// the purpose: about 30 ms for the title's few texts on a school laptop, and a stutter each
// time a score floats up in play. Here each font is measured once, at one size, and scaled.
import type Phaser from 'phaser';

/** What Phaser measures (its test string) and the size it is measured at here. */
const TEST = '|MÉqgy';
const BASE_PX = 100;

const measured = new Map<string, { ascent: number; descent: number }>();
let context: CanvasRenderingContext2D | null | undefined;

/** A canvas to measure text on (made once), or null where there is none. */
function measuring(): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  return context;
}

/**
 * The width of `text` on one line in `weight`, `family` and `px` CSS pixels, as Phaser measures
 * a text's (before its stroke): without drawing it.
 */
export function textWidth(weight: string, family: string, px: number, text: string): number {
  const g = measuring();
  if (!g) return text.length * px * 0.55;
  g.font = `${weight} ${px}px ${family}`;
  return g.measureText(text).width;
}

/**
 * Metrics for a text of `px` CSS pixels in `weight` (Phaser's `fontStyle`) and `family`, to
 * pass as the style's `metrics`. A font not yet loaded is measured as drawn now (a fallback) and
 * not remembered.
 */
export function fontMetrics(
  weight: string,
  family: string,
  px: number,
): Phaser.Types.GameObjects.Text.TextMetrics {
  const font = `${weight} ${BASE_PX}px ${family}`;
  let base = measured.get(font);
  if (!base) {
    const g = measuring();
    if (!g) return { ascent: px * 0.8, descent: px * 0.25, fontSize: px * 1.05 };
    g.font = font;
    const m = g.measureText(TEST);
    base = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
    if (!('fonts' in document) || document.fonts.check(font, TEST)) measured.set(font, base);
  }
  const k = px / BASE_PX;
  return {
    ascent: base.ascent * k,
    descent: base.descent * k,
    fontSize: (base.ascent + base.descent) * k,
  };
}
