// Interface strings in English and Simplified Chinese, and the language choice. The strings are
// looked up with rosetta (nested keys, `{{name}}` values), with i18next's plural keys
// (`goal_one`, `goal_other`, chosen by Intl.PluralRules) and English for anything missing.
// rosetta (under 1 kB) keeps the first screen's script small (docs/performance.md).
import rosetta from 'rosetta';
import en from './locales/en.json';
import type { LocalText } from '../core/level-schema-parts';

export type Lang = 'en' | 'zh';

type Table = Record<string, unknown>;
type Values = Record<string, unknown>;

/** Looks keys up in `tables`; `t` falls back to English, then to the key itself. */
export function makeTranslator(tables: Partial<Record<Lang, Table>>) {
  const strings = rosetta<Table>(tables);
  const plurals = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') };
  const text = (key: string, values: Values | undefined, language: Lang): string | null => {
    const found = strings.t(key, values, language) as unknown;
    return typeof found === 'string' && found !== '' ? found : null;
  };
  const inOne = (key: string, values: Values | undefined, language: Lang): string | null => {
    const count = values?.['count'];
    if (typeof count === 'number') {
      const form = plurals[language].select(count);
      const plural =
        text(`${key}_${form}`, values, language) ?? text(`${key}_other`, values, language);
      if (plural !== null) return plural;
    }
    return text(key, values, language);
  };
  return {
    add(language: Lang, table: Table): void {
      strings.set(language, table);
    },
    has(language: Lang): boolean {
      return strings.table(language) !== undefined;
    },
    t(key: string, values: Values | undefined, language: Lang): string {
      return inOne(key, values, language) ?? inOne(key, values, 'en') ?? key;
    },
  };
}

const strings = makeTranslator({ en });
let current: Lang = 'en';

/** The language to start in: a `?lang=` link wins, then the saved choice, then the browser. */
export function pickLanguage(saved: Lang | null, search: string, browser: readonly string[]): Lang {
  const fromLink = new URLSearchParams(search).get('lang');
  if (fromLink === 'en' || fromLink === 'zh') return fromLink;
  if (saved) return saved;
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/**
 * The Chinese strings, fetched when first needed: English (the fallback) is in the main
 * script; a player who never switches to Chinese never downloads them, and one who starts in
 * Chinese fetches them alongside the rest before the first frame.
 */
async function ensureStrings(lang: Lang): Promise<void> {
  if (lang !== 'zh' || strings.has('zh')) return;
  const zh = (await import('./locales/zh.json')).default;
  strings.add('zh', zh);
}

export async function initI18n(lang: Lang): Promise<void> {
  await setLanguage(lang);
}

export async function setLanguage(lang: Lang): Promise<void> {
  await ensureStrings(lang);
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  // The canvas is hidden from screen readers: the game is described in words beside it.
  const description = document.getElementById('game-description');
  if (description) description.textContent = t('a11y.gameDescription');
}

export function lang(): Lang {
  return current;
}

/** The string at `key` in the current language, its `{{values}}` filled in. */
export function t(key: string, values?: Values): string {
  return strings.t(key, values, current);
}

/** A level text in the current language. */
export function lt(text: LocalText): string {
  return text[lang()];
}
