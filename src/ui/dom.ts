// A tiny element builder. Text always goes in as text, never as markup.

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    } else if (key === 'class') {
      el.className = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** An <img> of one of the interface icons, decorative unless given a label. */
export function icon(src: string, label?: string, className = 'icon'): HTMLImageElement {
  return h('img', {
    src,
    class: className,
    alt: label ?? '',
    'aria-hidden': label ? undefined : 'true',
    draggable: 'false',
  });
}

/** A screen-layer element mounted in the UI root, removed by `destroy()`. */
export interface Mounted {
  readonly el: HTMLElement;
  destroy(): void;
}

export function mount(root: HTMLElement, el: HTMLElement): Mounted {
  root.append(el);
  return {
    el,
    destroy: () => el.remove(),
  };
}

/** Moves focus between `buttons` with arrow keys (a roving focus for menus and grids). */
export function arrowNavigation(container: HTMLElement, columns = 1): (e: KeyboardEvent) => void {
  const handler = (e: KeyboardEvent): void => {
    const buttons = [
      ...container.querySelectorAll<HTMLElement>('button:not([disabled]), [data-nav]'),
    ];
    const i = buttons.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: columns,
      ArrowUp: -columns,
      ArrowRight: 1,
      ArrowLeft: -1,
    };
    const delta = moves[e.key];
    if (delta === undefined) return;
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, i + delta))];
    if (next) {
      next.focus();
      e.preventDefault();
    }
  };
  container.addEventListener('keydown', handler);
  return handler;
}

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside a modal `container`: from its last control to its first and
 * back, so the keyboard never wanders to the screen behind the dialogue.
 */
export function trapFocus(container: HTMLElement): void {
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) =>
      el.checkVisibility(),
    );
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const inside = container.contains(document.activeElement);
    if (e.shiftKey && (document.activeElement === first || !inside)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
      e.preventDefault();
      first.focus();
    }
  });
}
