// What a student can show or hand in: the progress code (on the results card and from the
// level select), and a printable certificate with a progress report.
import type { SaveData } from '../core/progression';
import { encodeProgress, progressFromSave } from '../core/progress-code';
import type { LocalText } from '../core/level-schema-parts';
import { LEVEL_ORDER } from '../platform/level-catalog';
import { arrowNavigation, h, icon, mount, trapFocus, type Mounted } from './dom';
import { lang, lt, t } from './i18n';
import { paperChoice } from './print';
import { UI_ICONS } from './ui-icons';

/** The student's progress code, from the save. */
export function progressCode(save: SaveData): string {
  return encodeProgress(progressFromSave(save, LEVEL_ORDER));
}

/** "Progress code: 1ABC-DEFG" for the results card. */
export function progressCodeLine(save: SaveData): HTMLElement {
  return h(
    'p',
    { class: 'progress-code-line' },
    `${t('code.label')}: `,
    h('code', { 'data-progress-code': 'true', lang: 'en' }, progressCode(save)),
  );
}

/** A dialog with the code in large letters, for the teacher to read or the student to copy. */
export function showCodeDialog(ui: HTMLElement, save: SaveData, onClose: () => void): Mounted {
  const close = h('button', { class: 'btn btn-primary', onclick: () => done() }, t('code.close'));
  const card = h(
    'section',
    {
      class: 'card code-card',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'code-title',
    },
    h('h1', { id: 'code-title' }, t('code.label')),
    h('p', { class: 'big-code', 'data-progress-code': 'true', lang: 'en' }, progressCode(save)),
    h('p', {}, t('code.help')),
    h('div', { class: 'actions' }, close),
  );
  const backdrop = h('div', { class: 'backdrop' }, card);
  trapFocus(card);
  const mounted = mount(ui, backdrop);
  const done = (): void => {
    mounted.destroy();
    onClose();
  };
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      done();
    }
  });
  close.focus();
  return mounted;
}

export interface CertificateOptions {
  readonly save: SaveData;
  /** The levels to report on, in order. */
  readonly levels: readonly string[];
  readonly titles: ReadonlyMap<string, LocalText | null>;
  readonly onClose: () => void;
}

/**
 * A print view: a certificate on the first page and a progress report on the second, with a
 * name box (kept only on the page), the paper size and Print. Everything else is hidden on paper.
 */
export function showCertificate(ui: HTMLElement, options: CertificateOptions): Mounted {
  const { save } = options;
  const root = document.documentElement;
  root.classList.add('print-view-open');
  const today = new Intl.DateTimeFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  const code = progressCode(save);
  const rows = options.levels.map((id) => {
    const p = Object.hasOwn(save.levels, id) ? save.levels[id] : undefined;
    const title = options.titles.get(id);
    const place = LEVEL_ORDER.indexOf(id) + 1;
    return { id, name: `${place}. ${title ? lt(title) : id}`, p };
  });
  const passed = rows.filter((r) => r.p?.passed).length;
  const stars = rows.reduce((s, r) => s + (r.p?.passed ? r.p.bestStars : 0), 0);

  const nameField = h('input', {
    id: 'certificate-name',
    type: 'text',
    autocomplete: 'off',
    maxlength: 60,
    placeholder: t('certificate.namePlaceholder'),
  });
  const names = [h('span', { class: 'cert-name-text' }), h('span', { class: 'cert-name-text' })];
  const syncName = (): void => {
    for (const n of names) n.textContent = nameField.value.trim() || ' ';
  };
  nameField.addEventListener('input', syncName);
  syncName();

  const certificate = h(
    'section',
    { class: 'certificate print-sheet', 'aria-labelledby': 'cert-title' },
    icon(UI_ICONS.heart, undefined, 'cert-heart'),
    h('h1', { id: 'cert-title' }, t('certificate.title')),
    h('p', { class: 'cert-to' }, t('certificate.presented')),
    h('p', { class: 'cert-name' }, names[0]),
    h(
      'p',
      { class: 'cert-for' },
      t('certificate.for', { deeds: save.tally.deeds, levels: passed, stars }),
    ),
    h('blockquote', { class: 'cert-quote' }, t('certificate.quote')),
    h(
      'div',
      { class: 'cert-sign' },
      h('p', {}, h('span', { class: 'line' }), t('certificate.teacher')),
      h('p', {}, h('span', { class: 'date' }, today), t('certificate.date')),
    ),
  );

  const report = h(
    'section',
    { class: 'report print-sheet', 'aria-labelledby': 'report-title' },
    h('h1', { id: 'report-title' }, t('certificate.reportTitle')),
    h(
      'dl',
      { class: 'report-facts' },
      h('dt', {}, t('certificate.name')),
      h('dd', {}, names[1]),
      h('dt', {}, t('certificate.date')),
      h('dd', {}, today),
      h('dt', {}, t('code.label')),
      h('dd', {}, h('code', { lang: 'en' }, code)),
    ),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('certificate.level')),
          h('th', { scope: 'col' }, t('certificate.passed')),
          h('th', { scope: 'col' }, t('certificate.stars')),
          h('th', { scope: 'col' }, t('certificate.best')),
          h('th', { scope: 'col' }, t('certificate.plays')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-level': r.id },
            h('th', { scope: 'row' }, r.name),
            h('td', {}, r.p?.passed ? t('certificate.yes') : t('certificate.no')),
            h(
              'td',
              {},
              r.p?.passed ? `${'★'.repeat(r.p.bestStars)}${'☆'.repeat(3 - r.p.bestStars)}` : '',
            ),
            h('td', {}, r.p?.passed ? String(r.p.bestScore) : ''),
            h('td', {}, String(r.p?.plays ?? 0)),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t('certificate.total')),
          h('td', {}, `${passed} / ${rows.length}`),
          h('td', {}, String(stars)),
          h('td', {}, String(rows.reduce((s, r) => s + (r.p?.passed ? r.p.bestScore : 0), 0))),
          h('td', {}, String(rows.reduce((s, r) => s + (r.p?.plays ?? 0), 0))),
        ),
      ),
    ),
    h('p', { class: 'report-deeds' }, t('certificate.deedsDone', { count: save.tally.deeds })),
  );

  const back = h(
    'button',
    { class: 'btn', onclick: () => done() },
    icon(UI_ICONS.house),
    t('certificate.back'),
  );
  const tools = h(
    'div',
    { class: 'print-tools no-print' },
    h('label', { for: nameField.id }, t('certificate.name')),
    nameField,
    paperChoice('certificate-paper'),
    h(
      'button',
      { class: 'btn btn-primary', onclick: () => window.print() },
      t('certificate.print'),
    ),
    back,
  );
  const view = h(
    'div',
    { class: 'print-view', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'cert-title' },
    tools,
    certificate,
    report,
  );
  view.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      done();
    }
  });
  arrowNavigation(tools);
  trapFocus(view);
  const mounted = mount(ui, view);
  const done = (): void => {
    root.classList.remove('print-view-open');
    mounted.destroy();
    options.onClose();
  };
  nameField.focus();
  return {
    el: view,
    destroy: () => {
      root.classList.remove('print-view-open');
      mounted.destroy();
    },
  };
}

/** "Show my code" and "Print my certificate", for the level select. */
export function studentTools(
  ui: HTMLElement,
  save: () => SaveData,
  levels: readonly string[],
  titles: ReadonlyMap<string, LocalText | null>,
): HTMLElement {
  const show: HTMLButtonElement = h(
    'button',
    { class: 'btn btn-slim', onclick: () => void showCodeDialog(ui, save(), () => show.focus()) },
    t('code.show'),
  );
  const print: HTMLButtonElement = h(
    'button',
    {
      class: 'btn btn-slim',
      onclick: () =>
        void showCertificate(ui, { save: save(), levels, titles, onClose: () => print.focus() }),
    },
    t('code.print'),
  );
  return h('div', { class: 'student-tools' }, show, print);
}
