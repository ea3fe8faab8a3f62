// Chinese on screen with no missing glyph: on the title, the level select, the dialogues of a
// level and the results, every character shown has a font face of the game's that covers it at
// the weight it is drawn in, and that face has loaded (document.fonts), so nothing can come out
// as an empty box. tests/unit/font-coverage.test.ts checks the same for every text the game has.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, snap, watchErrors } from './game';
import { dialogsTour, menusTour, playTour, STRINGS } from './screens';

interface GlyphReport {
  /** Characters shown with no loaded face of the game's fonts that covers them. */
  missing: string[];
  /** How many different characters (at a weight) were shown, and how many were Chinese. */
  shown: number;
  chinese: number;
  /** `document.fonts.check` for all the Chinese shown, per weight. */
  checks: Record<string, boolean>;
}

/**
 * Looks at every visible text on the page (and `extra`, drawn on the canvas) and checks each
 * character against the font faces: a face of "Nunito" (its latin slice) or of the Chinese font
 * ("Noto Sans SC", and "Noto Sans SC Whole" where a build declares the whole font too) whose
 * unicode-range holds the character, at the weight the browser picks, must have loaded.
 */
async function glyphs(
  page: Page,
  extra: { text: string; weight: number }[] = [],
): Promise<GlyphReport> {
  return page.evaluate(async (canvasTexts) => {
    await document.fonts.ready;
    const LATIN: [number, number][] = [
      [0x0000, 0x00ff],
      [0x0131, 0x0131],
      [0x0152, 0x0153],
      [0x02bb, 0x02bc],
      [0x02c6, 0x02c6],
      [0x02da, 0x02da],
      [0x02dc, 0x02dc],
      [0x2000, 0x206f],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2191, 0x2191],
      [0x2193, 0x2193],
      [0x2212, 0x2212],
      [0x2215, 0x2215],
      [0xfeff, 0xfeff],
    ];
    const inRanges = (ranges: [number, number][], c: number): boolean =>
      ranges.some(([lo, hi]) => c >= lo && c <= hi);
    const parse = (range: string): [number, number][] =>
      range.split(',').map((part) => {
        const [lo = '', hi] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
      });
    const family = (f: FontFace): string => f.family.replace(/["']/g, '');
    const faces = [...document.fonts].map((f) => ({
      face: f,
      family: family(f),
      weight: Number(f.weight) || 400,
      ranges: parse(f.unicodeRange),
    }));
    const CJK_FAMILIES = ['Noto Sans SC', 'Noto Sans SC Whole'];
    // The weight the browser draws with, of those a family has (CSS font matching).
    const pick = (have: number[], want: number): number => {
      const sorted = [...new Set(have)].sort((a, b) => a - b);
      if (sorted.includes(want)) return want;
      const lighter = sorted.filter((w) => w < want).reverse();
      const heavier = sorted.filter((w) => w > want);
      return (want <= 500 ? [...lighter, ...heavier] : [...heavier, ...lighter])[0] ?? want;
    };
    const covered = (c: number, weight: number): boolean => {
      if (inRanges(LATIN, c)) {
        const nunito = faces.filter((f) => f.family === 'Nunito');
        const w = pick(
          nunito.map((f) => f.weight),
          weight,
        );
        return nunito.some((f) => f.weight === w && f.face.status === 'loaded');
      }
      const cjk = faces.filter((f) => CJK_FAMILIES.includes(f.family));
      const w = pick(
        cjk.map((f) => f.weight),
        weight,
      );
      return cjk.some((f) => f.weight === w && inRanges(f.ranges, c) && f.face.status === 'loaded');
    };

    // Every character on screen, with the weight it is drawn in.
    const seen = new Map<string, { ch: string; weight: number }>();
    const add = (text: string, weight: number): void => {
      for (const ch of text) {
        if (/\s/.test(ch)) continue;
        seen.set(`${ch}@${weight}`, { ch, weight });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('.visually-hidden, [hidden], script, style, noscript')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      add(n.textContent ?? '', Number(getComputedStyle(el).fontWeight) || 400);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
      if (input.checkVisibility()) {
        add(input.value || input.placeholder, Number(getComputedStyle(input).fontWeight) || 400);
      }
    }
    for (const t of canvasTexts) add(t.text, t.weight);

    const missing: string[] = [];
    let chinese = 0;
    const byWeight = new Map<number, string>();
    for (const { ch, weight } of seen.values()) {
      const c = ch.codePointAt(0)!;
      if (!covered(c, weight)) missing.push(`${ch} (U+${c.toString(16)}) at ${weight}`);
      if (/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(ch)) {
        chinese++;
        const w = weight <= 500 ? 400 : 700;
        byWeight.set(w, (byWeight.get(w) ?? '') + ch);
      }
    }
    const checks: Record<string, boolean> = {};
    for (const [w, text] of byWeight)
      checks[w] = document.fonts.check(`${w} 16px "Noto Sans SC"`, text);
    return { missing, shown: seen.size, chinese, checks };
  }, extra);
}

async function expectAllGlyphs(
  page: Page,
  screen: string,
  extra: { text: string; weight: number }[] = [],
): Promise<void> {
  const report = await glyphs(page, extra);
  expect(report.chinese, `${screen}: some Chinese on screen`).toBeGreaterThan(3);
  expect(report.missing, `${screen}: characters without a loaded glyph`).toEqual([]);
  for (const [w, ok] of Object.entries(report.checks)) {
    expect(ok, `${screen}: document.fonts.check at weight ${w}`).toBe(true);
  }
}

test('Chinese menus, title to certificate, show every glyph', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const s = STRINGS.zh;
  await menusTour(page, 'zh', async (screen) => {
    await snap(page, `zh-${screen}`);
    // The title's name and line are on the page (weights 800 and 700), over the canvas.
    if (screen === 'title') {
      await expect(page.locator('.title-name')).toHaveText(s.game.name);
      await expect(page.locator('.title-tagline')).toHaveText(`Good Deeds · ${s.game.tagline}`);
    }
    await expectAllGlyphs(page, screen);
  });
  await expectNoErrors(errors);
});

test('Chinese play: intro, HUD, pause and results show every glyph', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await playTour(page, 'zh', async (screen) => {
    await snap(page, `zh-${screen}`);
    await expectAllGlyphs(page, screen);
  });
  await expectNoErrors(errors);
});

test("Chinese dialogues of a level (thanks, a child's question, a dilemma) show every glyph", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await dialogsTour(page, 'zh', async (screen) => {
    await snap(page, `zh-${screen}`);
    await expectAllGlyphs(page, screen);
  });
  await expectNoErrors(errors);
});
