// The teacher's page (`?teacher`), shown instead of the game: a form that builds a class link
// and its QR code, every level's learning goal and discussion question, a printable teacher
// guide, and a box where pasted progress codes become a class table to save as CSV. Nothing is
// sent anywhere: the link, the QR code and the table are all made on this device.
import QRCode from 'qrcode';
import { classLink, type ClassLang, type ClassSettings } from '../core/class-link';
import { classTableCsv, readClassCodes, rowTotals, type ClassRow } from '../core/class-table';
import { parseLevel } from '../core/level-parse';
import type { LocalText } from '../core/level-schema-parts';
import { CHAPTERS, LEVEL_ORDER, loadLevelText } from '../platform/level-catalog';
import { h, icon } from './dom';
import { lang, lt, t } from './i18n';
import { paperChoice } from './print';
import { UI_ICONS } from './ui-icons';

interface LevelInfo {
  readonly id: string;
  /** Place in the campaign, from 1. */
  readonly place: number;
  readonly title: LocalText | null;
  readonly goal: LocalText | null;
  readonly discussion: LocalText | null;
}

async function loadLevelInfo(): Promise<Map<string, LevelInfo>> {
  const infos = await Promise.all(
    LEVEL_ORDER.map(async (id, i): Promise<LevelInfo> => {
      const text = await loadLevelText(id);
      const parsed = text === null ? null : parseLevel(text);
      const level = parsed?.ok ? parsed.level : null;
      return {
        id,
        place: i + 1,
        title: level?.title ?? null,
        goal: level?.teacher?.learningGoal ?? null,
        discussion: level?.teacher?.discussion ?? null,
      };
    }),
  );
  return new Map(infos.map((i) => [i.id, i]));
}

function levelName(info: LevelInfo | undefined, id: string): string {
  const place = LEVEL_ORDER.indexOf(id) + 1;
  return `${place}. ${info?.title ? lt(info.title) : id}`;
}

/** Renders the teacher's page into `root` (the game does not start). */
export async function showTeacherPage(root: HTMLElement): Promise<void> {
  document.documentElement.classList.add('teacher-mode');
  document.title = `${t('teacher.title')} · ${t('game.name')}`;
  const levels = await loadLevelInfo();
  const page = h(
    'main',
    { class: 'teacher-page' },
    header(),
    linkSection(levels),
    guideSection(),
    codesSection(levels),
    printedGuide(levels),
  );
  root.replaceChildren(page);
  page.querySelector('h1')?.focus();
}

function header(): HTMLElement {
  const other: ClassLang = lang() === 'zh' ? 'en' : 'zh';
  // The game's own address (also right from a folder or a single file), without `?teacher`.
  const game = location.href.replace(/[?#].*$/, '');
  return h(
    'header',
    { class: 'teacher-header no-print' },
    icon(UI_ICONS.logo, undefined, 'teacher-logo'),
    h('h1', { tabindex: '-1' }, t('teacher.title')),
    h('p', {}, t('teacher.intro')),
    h(
      'nav',
      { class: 'teacher-nav', 'aria-label': t('teacher.title') },
      h('a', { href: game }, t('teacher.openGame')),
      h(
        'a',
        { href: `${game}?teacher&lang=${other}`, lang: other === 'zh' ? 'zh-Hans' : 'en' },
        t('title.language'),
      ),
    ),
  );
}

// 1. The class link

function linkSection(levels: Map<string, LevelInfo>): HTMLElement {
  const levelBoxes: HTMLInputElement[] = [];
  const chapters = CHAPTERS.map((chapter) =>
    h(
      'fieldset',
      { class: 'chapter-levels' },
      h('legend', {}, lt(chapter.title)),
      h(
        'ul',
        {},
        ...chapter.levels.map((id) => {
          const info = levels.get(id);
          const box = h('input', {
            type: 'checkbox',
            name: 'level',
            value: id,
            id: `level-${id}`,
            checked: true,
          });
          levelBoxes.push(box);
          return h(
            'li',
            { class: 'level-choice', 'data-level': id },
            h('label', { for: box.id }, box, ' ', levelName(info, id)),
            teacherNotes(info),
          );
        }),
      ),
    ),
  );
  const setAll = (on: boolean): void => {
    for (const b of levelBoxes) b.checked = on;
    update();
  };
  const timerOff = h('input', { type: 'checkbox', id: 'class-timer-off', name: 'timerOff' });
  const soundOff = h('input', { type: 'checkbox', id: 'class-sound-off', name: 'soundOff' });
  const largePrint = h('input', { type: 'checkbox', id: 'class-large-print', name: 'largePrint' });
  const language = h(
    'select',
    { id: 'class-lang', name: 'lang' },
    h('option', { value: '' }, t('teacher.langAny')),
    h('option', { value: 'en', lang: 'en' }, 'English'),
    h('option', { value: 'zh', lang: 'zh-Hans' }, '中文'),
  );
  const form = h(
    'form',
    { class: 'class-form', onsubmit: (e: Event) => e.preventDefault() },
    h(
      'fieldset',
      { class: 'levels-choice' },
      h('legend', {}, t('teacher.levels')),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'button', class: 'btn btn-slim', onclick: () => setAll(true) },
          t('teacher.all'),
        ),
        h(
          'button',
          { type: 'button', class: 'btn btn-slim', onclick: () => setAll(false) },
          t('teacher.none'),
        ),
      ),
      ...chapters,
    ),
    h(
      'fieldset',
      { class: 'settings-choice' },
      h('legend', {}, t('teacher.settings')),
      h('label', { for: timerOff.id }, timerOff, ' ', t('teacher.timerOff')),
      h('label', { for: language.id }, t('teacher.language'), ' ', language),
      h('label', { for: soundOff.id }, soundOff, ' ', t('teacher.soundOff')),
      h('label', { for: largePrint.id }, largePrint, ' ', t('teacher.largePrint')),
    ),
  );

  const linkField = h('input', {
    id: 'class-link',
    type: 'text',
    readonly: true,
    class: 'link-field',
    spellcheck: 'false',
  });
  const copied = h('span', { class: 'copied', role: 'status' });
  const open = h(
    'a',
    { class: 'btn btn-slim', target: '_blank', rel: 'noopener' },
    t('teacher.openLink'),
  );
  const copy = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-slim btn-primary',
      onclick: () =>
        void copyText(linkField).then((ok) => {
          copied.textContent = ok ? t('teacher.copied') : t('teacher.copyByHand');
        }),
    },
    t('teacher.copy'),
  );
  const qr = h('figure', { class: 'qr' });
  const empty = h('p', { class: 'warning', role: 'alert', hidden: true }, t('teacher.noLevels'));
  const output = h(
    'div',
    { class: 'link-output' },
    h('label', { for: linkField.id }, t('teacher.link')),
    linkField,
    h('div', { class: 'row' }, copy, open, copied),
    qr,
  );

  let drawn = 0;
  const update = (): void => {
    const chosen = levelBoxes.filter((b) => b.checked).map((b) => b.value);
    empty.hidden = chosen.length > 0;
    output.hidden = chosen.length === 0;
    const langValue = language.value;
    const settings: ClassSettings = {
      levels: chosen.length === LEVEL_ORDER.length ? null : chosen,
      timer: !timerOff.checked,
      lang: langValue === 'en' || langValue === 'zh' ? langValue : null,
      soundOff: soundOff.checked,
      largePrint: largePrint.checked,
    };
    const link = classLink(location.href, settings, LEVEL_ORDER);
    linkField.value = link;
    open.setAttribute('href', link);
    copied.textContent = '';
    const turn = ++drawn;
    void qrSvg(link).then((svg) => {
      if (turn !== drawn) return;
      qr.replaceChildren(...(svg ? [svg, h('figcaption', {}, t('teacher.qrCaption'))] : []));
      document.querySelectorAll('.guide-qr').forEach((slot) => {
        slot.replaceChildren(...(svg ? [svg.cloneNode(true)] : []));
      });
      document.querySelectorAll('.guide-link').forEach((slot) => (slot.textContent = link));
    });
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  queueMicrotask(update);

  return h(
    'section',
    { class: 'teacher-section no-print', 'aria-labelledby': 'link-heading' },
    h('h2', { id: 'link-heading' }, t('teacher.linkHeading')),
    h('p', {}, t('teacher.linkHelp')),
    form,
    empty,
    output,
  );
}

function teacherNotes(info: LevelInfo | undefined): HTMLElement {
  if (!info?.goal && !info?.discussion) {
    return h('p', { class: 'level-notes muted' }, t('teacher.noNotes'));
  }
  return h(
    'dl',
    { class: 'level-notes' },
    info.goal ? h('dt', {}, t('teacher.goal')) : null,
    info.goal ? h('dd', { 'data-goal': 'true' }, lt(info.goal)) : null,
    info.discussion ? h('dt', {}, t('teacher.discussion')) : null,
    info.discussion ? h('dd', { 'data-discussion': 'true' }, lt(info.discussion)) : null,
  );
}

/** The QR code of `text` as an <svg> element, or null if it cannot be made. */
async function qrSvg(text: string): Promise<SVGSVGElement | null> {
  let markup: string;
  try {
    markup = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  } catch {
    return null;
  }
  // Parsed as SVG (scripts in it would never run) and only an <svg> root is taken.
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!(svg instanceof SVGSVGElement) || svg.querySelector('script, foreignObject')) return null;
  const node = document.importNode(svg, true);
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', t('teacher.qrLabel'));
  node.removeAttribute('width');
  node.removeAttribute('height');
  return node;
}

async function copyText(field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

// 2. The teacher guide

function guideSection(): HTMLElement {
  return h(
    'section',
    { class: 'teacher-section no-print', 'aria-labelledby': 'guide-heading' },
    h('h2', { id: 'guide-heading' }, t('teacher.guideHeading')),
    h('p', {}, t('teacher.guideHelp')),
    h(
      'div',
      { class: 'row' },
      paperChoice('guide-paper'),
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', onclick: () => window.print() },
        t('teacher.printGuide'),
      ),
    ),
  );
}

/** The guide as printed: hidden on screen, the only thing on paper. */
function printedGuide(levels: Map<string, LevelInfo>): HTMLElement {
  return h(
    'article',
    { class: 'teacher-guide print-only print-sheet' },
    h('h1', {}, `${t('game.name')}: ${t('teacher.guideTitle')}`),
    h('p', {}, t('teacher.guideIntro')),
    h(
      'div',
      { class: 'guide-link-box' },
      h('div', { class: 'guide-qr' }),
      h('div', {}, h('h2', {}, t('teacher.link')), h('p', { class: 'guide-link' })),
    ),
    ...CHAPTERS.map((chapter) =>
      h(
        'section',
        { class: 'guide-chapter' },
        h('h2', {}, lt(chapter.title)),
        ...chapter.levels.map((id) => {
          const info = levels.get(id);
          return h(
            'section',
            { class: 'guide-level', 'data-level': id },
            h('h3', {}, levelName(info, id)),
            teacherNotes(info),
          );
        }),
      ),
    ),
    h('p', { class: 'guide-foot' }, t('teacher.guideFoot')),
  );
}

// 3. Progress codes and the class table

function codesSection(levels: Map<string, LevelInfo>): HTMLElement {
  const box = h('textarea', {
    id: 'codes',
    rows: 6,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: t('teacher.codesPlaceholder'),
  });
  const tableSlot = h('div', { class: 'class-table-slot' });
  const summary = h('p', { role: 'status', class: 'codes-summary' });
  const csv = h(
    'a',
    { class: 'btn btn-slim', download: t('teacher.csvFile'), hidden: true },
    t('teacher.saveCsv'),
  );
  let csvUrl: string | null = null;
  const build = (): void => {
    const rows = readClassCodes(box.value);
    const good = rows.filter((r) => r.ok).length;
    summary.textContent = rows.length
      ? t('teacher.codesRead', { count: good, bad: rows.length - good })
      : t('teacher.codesNone');
    tableSlot.replaceChildren(rows.length ? classTable(rows, levels) : '');
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    csvUrl = null;
    csv.hidden = good === 0;
    if (good > 0) {
      const text = classTableCsv(rows, {
        name: t('teacher.colName'),
        code: t('teacher.colCode'),
        passed: t('teacher.colPassed'),
        stars: t('teacher.colStars'),
        score: t('teacher.colScore'),
        levels: LEVEL_ORDER.map((id) => levelName(levels.get(id), id)),
        cell: (passed, stars) => (passed ? t('teacher.cellPassed', { count: stars }) : ''),
      });
      // A byte order mark, so spreadsheets read Chinese names as UTF-8.
      csvUrl = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
      csv.setAttribute('href', csvUrl);
    } else {
      csv.removeAttribute('href');
    }
  };
  return h(
    'section',
    { class: 'teacher-section no-print', 'aria-labelledby': 'codes-heading' },
    h('h2', { id: 'codes-heading' }, t('teacher.codesHeading')),
    h('p', {}, t('teacher.codesHelp')),
    h('label', { for: box.id }, t('teacher.codesLabel')),
    box,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', onclick: build },
        t('teacher.makeTable'),
      ),
      csv,
    ),
    summary,
    tableSlot,
  );
}

function classTable(rows: readonly ClassRow[], levels: Map<string, LevelInfo>): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('teacher.colName')),
    h('th', { scope: 'col' }, t('teacher.colCode')),
    h('th', { scope: 'col' }, t('teacher.colPassed')),
    h('th', { scope: 'col' }, t('teacher.colStars')),
    h('th', { scope: 'col' }, t('teacher.colScore')),
    ...LEVEL_ORDER.map((id, i) =>
      h(
        'th',
        { scope: 'col', class: 'lvl', title: levelName(levels.get(id), id) },
        h('abbr', { title: levelName(levels.get(id), id) }, String(i + 1)),
      ),
    ),
  );
  const body = rows.map((row) => {
    if (!row.ok) {
      return h(
        'tr',
        { class: 'bad' },
        h(
          'td',
          { colspan: 5 + LEVEL_ORDER.length },
          `${row.line} — ${t(`teacher.problem.${row.problem}`)}`,
        ),
      );
    }
    const totals = rowTotals(row.progress);
    return h(
      'tr',
      { 'data-code': row.code },
      h('th', { scope: 'row' }, row.name || '—'),
      h('td', { class: 'code' }, row.code),
      h('td', { 'data-col': 'passed' }, String(totals.passed)),
      h('td', { 'data-col': 'stars' }, String(totals.stars)),
      h('td', { 'data-col': 'score' }, `≈ ${row.progress.totalScore}`),
      ...LEVEL_ORDER.map((id, i) => {
        const mark = row.progress.levels[i];
        const label = mark?.passed
          ? t('teacher.cellPassed', { count: mark.stars })
          : t('teacher.cellNotPassed');
        return h(
          'td',
          { class: mark?.passed ? 'lvl passed' : 'lvl', 'data-level': id, title: label },
          h('span', { 'aria-hidden': 'true' }, mark?.passed ? `✓${'★'.repeat(mark.stars)}` : '·'),
          h('span', { class: 'visually-hidden' }, label),
        );
      }),
    );
  });
  // Wide tables scroll sideways: the scrolling box takes the keyboard focus (arrow keys scroll).
  return h(
    'div',
    {
      class: 'table-scroll',
      tabindex: 0,
      role: 'region',
      'aria-label': t('teacher.tableCaption'),
    },
    h(
      'table',
      { class: 'class-table' },
      h('caption', {}, t('teacher.tableCaption')),
      h('thead', {}, head),
      h('tbody', {}, ...body),
    ),
  );
}
