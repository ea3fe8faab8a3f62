// What happened to the player's saved progress (storage off or full, a damaged save kept aside,
// a backup used), said once over the title in the player's language, until they close it.
import type { SaveStore } from '../platform/save-store';
import { h } from './dom';
import { t } from './i18n';

/** Shows the store's notices in `root` as one alert; `destroy` takes it off screen. */
export function showNotices(store: SaveStore, root: HTMLElement): { destroy(): void } {
  const notices = [...store.notices];
  if (notices.length === 0) return { destroy: () => undefined };
  const close = (): void => {
    const hadFocus = box.contains(document.activeElement);
    for (const n of notices) store.dismiss(n);
    box.remove();
    if (hadFocus) root.querySelector<HTMLElement>('button')?.focus();
  };
  const box = h(
    'div',
    { class: 'notice', role: 'alert', 'data-notices': notices.join(' ') },
    h('div', {}, ...notices.map((n) => h('p', {}, t(`notice.${n}`)))),
    h('button', { class: 'btn', onclick: close }, t('notice.dismiss')),
  );
  root.append(box);
  return { destroy: () => box.remove() };
}
