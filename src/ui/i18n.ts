// Interface strings in English and Simplified Chinese (i18next), and the language choice.
import i18next from 'i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';
import type { LocalText } from '../core/level-schema-parts';

export type Lang = 'en' | 'zh';

/** The language to start in: a `?lang=` link wins, then the saved choice, then the browser. */
export function pickLanguage(saved: Lang | null, search: string, browser: readonly string[]): Lang {
  const fromLink = new URLSearchParams(search).get('lang');
  if (fromLink === 'en' || fromLink === 'zh') return fromLink;
  if (saved) return saved;
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, zh: { translation: zh } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

export async function setLanguage(lang: Lang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
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
