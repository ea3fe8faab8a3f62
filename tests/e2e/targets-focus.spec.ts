// Every control is big enough to hit with a finger and shows where the keyboard is.
// - Touch targets: on each DOM screen, at 1280×720 and on a phone (360×740, touch), every visible
//   button, link, input, select, textarea and [role=button] is at least 44×44 CSS px (WCAG 2.5.5;
//   a checkbox counts with the label around it, which takes the tap too). Links inside running
//   text are exempt, as WCAG 2.5.8 exempts inline targets: a sentence sets their size.
// - Focus: Tab goes round every control of each screen, and each one shows an outline (or a
//   changed box-shadow) when it has the keyboard focus.
import { expect, test, type Page } from '@playwright/test';
import { expectNoErrors, snap, watchErrors } from './game';
import {
  brokenLevelTour,
  dialogsTour,
  hasProfiles,
  menusTour,
  noticeTour,
  playTour,
  profilesTour,
  teacherTour,
  touchTour,
  type At,
  type Lang,
} from './screens';

const MIN = 44;

/** Controls on screen smaller than 44×44, each as `what "name": w×h`. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], summary',
    );
    const runningText = (a: HTMLElement): boolean => {
      if (a.tagName !== 'A' || getComputedStyle(a).display !== 'inline') return false;
      const block = a.parentElement;
      const own = [...(block?.childNodes ?? [])]
        .filter((n) => n !== a)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      return own.length > 0;
    };
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (el.closest('[inert], .visually-hidden')) continue;
      if (runningText(el)) continue;
      // A checkbox or radio inside its label: the label is the target.
      const label =
        el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)
          ? el.closest('label')
          : null;
      const r = (label ?? el).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (
          el.getAttribute('aria-label') ??
          el.textContent ??
          (el as HTMLInputElement).value ??
          ''
        )
          .trim()
          .slice(0, 40);
        const what = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
        small.push(`${what} "${name}": ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small;
  }, MIN);
}

/**
 * Tabs round the screen's controls (from the one focused now, or the first) and returns those
 * that show no focus indicator: no outline and the same box-shadow as without focus.
 */
async function focusWithoutIndicator(page: Page): Promise<{ seen: number; bare: string[] }> {
  // Each control's look without focus (and where the focus was, to put it back after).
  await page.evaluate(() => {
    const w = window as unknown as { __looks: Map<Element, string>; __was: HTMLElement | null };
    const active = document.activeElement as HTMLElement | null;
    w.__was = active;
    active?.blur();
    w.__looks = new Map();
    for (const el of document.querySelectorAll(
      'button, a[href], input, select, textarea, [tabindex]',
    )) {
      const cs = getComputedStyle(el);
      w.__looks.set(el, `${cs.outlineStyle} ${cs.outlineWidth} | ${cs.boxShadow}`);
    }
    active?.focus();
  });
  const bare: string[] = [];
  const visited = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < 90; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const w = window as unknown as {
        __looks: Map<Element, string>;
        __ids?: Map<Element, number>;
      };
      w.__ids ??= new Map();
      if (!w.__ids.has(el)) w.__ids.set(el, w.__ids.size);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      const shadow = `${cs.outlineStyle} ${cs.outlineWidth} | ${cs.boxShadow}`;
      const changed = w.__looks.has(el) && w.__looks.get(el) !== shadow && cs.boxShadow !== 'none';
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return {
        id: `${w.__ids.get(el)}`,
        what: `${el.tagName.toLowerCase()} "${name}"`,
        shown: outline || changed,
        visible: el.checkVisibility(),
      };
    });
    if (!at) continue;
    if (at.id === first) break;
    first ??= at.id;
    if (visited.has(at.id)) continue;
    visited.add(at.id);
    if (at.visible && !at.shown) bare.push(at.what);
  }
  await page.evaluate(() => (window as unknown as { __was: HTMLElement | null }).__was?.focus());
  return { seen: visited.size, bare };
}

type Tour = (page: Page, lang: Lang, at: At) => Promise<void>;

interface Options {
  /** Tab round each screen's controls. */
  focus: boolean;
  /** Measure at this size, going back to the tour's own size to play on. */
  measureAt?: { width: number; height: number };
}

async function measure(page: Page, lang: Lang, tours: Tour[], o: Options): Promise<void> {
  const errors = watchErrors(page);
  const small: string[] = [];
  const bare: string[] = [];
  const own = page.viewportSize()!;
  const size = o.measureAt ?? own;
  const tag = `${size.width}x${size.height}`;
  for (const tour of tours) {
    await tour(page, lang, async (screen) => {
      if (screen.endsWith('-print')) return; // paper: nothing to tap
      if (o.measureAt) {
        await page.setViewportSize(o.measureAt);
        await page.waitForTimeout(400);
      }
      await snap(page, `targets-${screen}-${tag}`);
      small.push(...(await smallTargets(page)).map((s) => `${screen}: ${s}`));
      if (o.focus) {
        const f = await focusWithoutIndicator(page);
        expect(f.seen, `${screen}: Tab reaches the controls`).toBeGreaterThan(0);
        bare.push(...f.bare.map((b) => `${screen}: ${b}`));
      }
      if (o.measureAt) {
        await page.setViewportSize(own);
        await page.waitForTimeout(400);
      }
    });
  }
  expect(small, `controls smaller than ${MIN}×${MIN} CSS px`).toEqual([]);
  expect(bare, 'controls with no visible focus indicator').toEqual([]);
  await expectNoErrors(errors);
}

test.describe('at 1280×720, with the keyboard', () => {
  test('menus: targets and focus', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'en', [menusTour], { focus: true });
  });
  test('play, pause and results: targets and focus', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'en', [playTour], { focus: true });
  });
  test('dialogues of play: targets and focus', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'en', [dialogsTour], { focus: true });
  });
  test('notice, broken level and the teacher page: targets and focus', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'en', [noticeTour, brokenLevelTour, teacherTour], { focus: true });
  });
  test("the players' screen: targets and focus", async ({ page }) => {
    test.skip(!hasProfiles(), 'no profiles screen in this build yet');
    await measure(page, 'en', [profilesTour], { focus: true });
  });
});

test.describe('on a phone (360×740, touch), in Chinese', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('menus', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'zh', [menusTour], { focus: false });
  });
  test('play, pause, results and the touch pad', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'zh', [playTour, touchTour], { focus: false });
  });
  test('notice, broken level and the teacher page', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'zh', [noticeTour, brokenLevelTour, teacherTour], { focus: false });
  });
  test("the players' screen", async ({ page }) => {
    test.skip(!hasProfiles(), 'no profiles screen in this build yet');
    await measure(page, 'zh', [profilesTour], { focus: false });
  });
});

test.describe("at a phone's size (360×740), in Chinese: the dialogues of play", () => {
  // The route to each dialogue clicks tiles all over the map, so it is played on a big screen
  // and each dialogue measured at the phone's size (the game keeps its state through a resize).
  test('thanks, a question, a dilemma and results not passed', async ({ page }) => {
    test.setTimeout(240_000);
    await measure(page, 'zh', [dialogsTour], {
      focus: false,
      measureAt: { width: 360, height: 740 },
    });
  });
});
