// Printing a page of the game (the teacher guide, a certificate): the paper size, A4 or Letter,
// as a class on <html> that picks a named @page in classroom.css, then the browser's print.
import { h } from './dom';
import { t } from './i18n';

export type Paper = 'a4' | 'letter';

/** Letter where it is the usual paper (the Americas' Letter countries), A4 elsewhere. */
export function defaultPaper(languages: readonly string[] = navigator.languages): Paper {
  const region = (languages[0] ?? '').split('-')[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE'].includes(region) ? 'letter' : 'a4';
}

export function setPaper(paper: Paper): void {
  const root = document.documentElement;
  root.classList.toggle('paper-a4', paper === 'a4');
  root.classList.toggle('paper-letter', paper === 'letter');
}

/** A labelled A4 / Letter choice, which sets the paper as it changes. */
export function paperChoice(id: string): HTMLElement {
  const select = h(
    'select',
    { id, onchange: () => setPaper(select.value === 'letter' ? 'letter' : 'a4') },
    h('option', { value: 'a4' }, 'A4'),
    h('option', { value: 'letter' }, t('print.letter')),
  );
  select.value = defaultPaper();
  setPaper(select.value === 'letter' ? 'letter' : 'a4');
  return h('label', { class: 'paper-choice', for: id }, t('print.paper'), ' ', select);
}
