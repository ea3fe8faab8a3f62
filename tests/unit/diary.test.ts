// The diary: a page for each campaign level that has one, in campaign order, collected by
// passing the level; every campaign level has a page in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diaryPages, type DiarySource } from '../../src/core/diary';
import { parseLevel } from '../../src/core/level-parse';
import { emptySave, recordResult } from '../../src/core/progression';
import { scoreLevel } from '../../src/core/scoring';
import { loadLevel } from './helpers';

const text = (en: string) => ({ en, zh: `${en}（中文）` });
const source = (id: string, withPage = true): DiarySource => ({
  id,
  title: text(`Level ${id}`),
  diary: withPage ? { quote: text(`quote ${id}`), reflection: text(`question ${id}`) } : null,
});

describe('diary pages', () => {
  const sources = new Map(
    [source('a'), source('b', false), source('c')].map((s) => [s.id, s] as const),
  );

  it('lists the levels with a page in campaign order, numbered by their place', () => {
    const pages = diaryPages(['c', 'a', 'b'], sources, emptySave());
    expect(pages.map((p) => [p.levelId, p.number])).toEqual([
      ['c', 1],
      ['a', 2],
    ]);
    expect(pages[0]!.text.quote.en).toBe('quote c');
  });

  it('a page is collected once its level is passed, and locked before', () => {
    const level = loadLevel('01-rainy-morning');
    const failed = scoreLevel(level, [], 1000, false);
    const passed = scoreLevel(level, [], 1000, true);
    let save = recordResult(emptySave(), 'a', failed);
    expect(diaryPages(['a', 'c'], sources, save).map((p) => p.collected)).toEqual([false, false]);
    save = recordResult(save, 'a', passed);
    expect(diaryPages(['a', 'c'], sources, save).map((p) => p.collected)).toEqual([true, false]);
  });

  it('levels not in the campaign, or that could not be read, have no page', () => {
    expect(diaryPages(['x', 'a'], sources, emptySave()).map((p) => p.levelId)).toEqual(['a']);
  });
});

describe('every campaign level', () => {
  const levels = new URL('../../levels/', import.meta.url);
  const campaign = JSON.parse(readFileSync(new URL('campaign.json', levels), 'utf8')) as {
    chapters: { levels: string[] }[];
  };
  const ids = campaign.chapters.flatMap((c) => c.levels);

  it.each(ids)('%s has a diary page with a quote and a question, in both languages', (id) => {
    const parsed = parseLevel(readFileSync(new URL(`${id}.json`, levels), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const diary = parsed.file.diary;
    expect(diary).toBeDefined();
    for (const t of [diary!.quote, diary!.reflection]) {
      expect(t.en.trim()).not.toBe('');
      expect(t.zh.trim()).not.toBe('');
    }
    expect(diary!.reflection.en.trim()).toMatch(/\?$/);
    expect(diary!.reflection.zh.trim()).toMatch(/？$/);
  });
});
