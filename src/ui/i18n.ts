// Interface strings in English and Simplified Chinese (i18next), and the language choice.
import i18next from 'i18next';
import en from './locales/en.json';
import type { LocalText } from '../core/level-schema-parts';

export type Lang = 'en' | 'zh';

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
  if (lang !== 'zh' || i18next.hasResourceBundle('zh', 'translation')) return;
  const zh = (await import('./locales/zh.json')).default;
  i18next.addResourceBundle('zh', 'translation', zh);
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await setLanguage(lang);
}

export async function setLanguage(lang: Lang): Promise<void> {
  await ensureStrings(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  // The canvas is hidden from screen readers: the game is described in words beside it.
  const description = document.getElementById('game-description');
  if (description) description.textContent = t('a11y.gameDescription');
}

export function lang(): Lang {
  return i18next.language === 'zh' ? 'zh' : 'en';
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options);
}

/** A level text in the current language. */
export function lt(text: LocalText): string {
  return text[lang()];
}
