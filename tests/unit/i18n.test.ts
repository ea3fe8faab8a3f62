// The string lookup the interface uses: nested keys, values, plural keys, English as fallback.
import { describe, expect, it } from 'vitest';
import en from '../../src/ui/locales/en.json';
import zh from '../../src/ui/locales/zh.json';
import { makeTranslator } from '../../src/ui/i18n';

const tables = {
  en: {
    menu: { play: 'Play', hello: 'Hello, {{name}}!', deep: 'Level {{level.n}}' },
    stars_one: '{{count}} star',
    stars_other: '{{count}} stars',
    onlyEnglish: 'Only in English',
  },
  zh: { menu: { play: '开始', hello: '你好，{{ name }}！' }, stars_other: '{{count}} 颗星' },
};

describe('makeTranslator', () => {
  const s = makeTranslator(tables);

  it('finds nested keys and fills in values', () => {
    expect(s.t('menu.play', undefined, 'en')).toBe('Play');
    expect(s.t('menu.hello', { name: 'Mei' }, 'en')).toBe('Hello, Mei!');
    expect(s.t('menu.hello', { name: '小明' }, 'zh')).toBe('你好，小明！');
    expect(s.t('menu.deep', { level: { n: 3 } }, 'en')).toBe('Level 3');
  });

  it('chooses the plural form by the count, per language', () => {
    expect(s.t('stars', { count: 1 }, 'en')).toBe('1 star');
    expect(s.t('stars', { count: 0 }, 'en')).toBe('0 stars');
    expect(s.t('stars', { count: 2 }, 'en')).toBe('2 stars');
    // Chinese has one form.
    expect(s.t('stars', { count: 1 }, 'zh')).toBe('1 颗星');
  });

  it('falls back to English, then to the key; a group of keys is not a string', () => {
    expect(s.t('onlyEnglish', undefined, 'zh')).toBe('Only in English');
    expect(s.t('nowhere.at.all', undefined, 'zh')).toBe('nowhere.at.all');
    expect(s.t('menu', undefined, 'en')).toBe('menu');
  });

  it('knows which languages it has, and takes one later', () => {
    const later = makeTranslator({ en: tables.en });
    expect(later.has('zh')).toBe(false);
    expect(later.t('menu.play', undefined, 'zh')).toBe('Play');
    later.add('zh', tables.zh);
    expect(later.has('zh')).toBe(true);
    expect(later.t('menu.play', undefined, 'zh')).toBe('开始');
  });

  it('reads the game’s own strings in both languages', () => {
    const game = makeTranslator({ en, zh });
    expect(game.t('title.play', undefined, 'en')).toBe('Play');
    expect(game.t('title.play', undefined, 'zh')).toBe(zh.title.play);
    expect(game.t('select.level', { n: 4 }, 'en')).toBe('Level 4');
  });
});
