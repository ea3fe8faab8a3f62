// Save version 1 → 2: every version-1 fixture reads as its expected version-2 save, progress
// kept, with the diary pages and achievements version 1 already shows; odd input never throws.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAVE_VERSION, readSave, serializeSave } from '../../src/core/progression';
import { SAVE_MIGRATIONS, migrateSave } from '../../src/core/save-migrations';

const FIXTURES = new URL('../fixtures/saves/', import.meta.url);
const MIGRATED = new URL('migrated/', FIXTURES);
const text = (url: URL): string => readFileSync(url, 'utf8');

describe('save version 1 to 2', () => {
  const v1 = readdirSync(FIXTURES).filter((f) => /^v1-.*\.json$/.test(f));

  it('the current version is 2 and version 1 has a migration', () => {
    expect(SAVE_VERSION).toBe(2);
    expect(SAVE_MIGRATIONS[1]).toBeTypeOf('function');
    expect(v1.length).toBeGreaterThanOrEqual(3);
  });

  it.each(v1)('%s reads as migrated/%s', (name) => {
    const r = readSave(text(new URL(name, FIXTURES)));
    const expected: unknown = JSON.parse(text(new URL(name, MIGRATED)));
    expect(r).toEqual({ ok: true, save: expected });
    if (r.ok) expect(readSave(serializeSave(r.save))).toEqual(r);
  });

  it('collects the diary page of every passed level, and no other', () => {
    const r = readSave(text(new URL('v1-mid-campaign.json', FIXTURES)));
    expect(r.ok && r.save.diary).toEqual(['01-rainy-morning', '02-across-the-street']);
  });

  it('gives "first-deed" and "red-star" at the level that shows them, nothing else yet', () => {
    const r = readSave(text(new URL('v1-mid-campaign.json', FIXTURES)));
    expect(r.ok && r.save.achievements).toEqual({
      'first-deed': { level: '01-rainy-morning' },
      'red-star': { level: '01-rainy-morning' },
    });
  });

  it('counts the deeds as the sum of the best of each level, other totals from zero', () => {
    const r = readSave(text(new URL('v1-old-level.json', FIXTURES)));
    expect(r.ok && r.save.tally).toEqual({
      deeds: 3,
      honest: 0,
      modest: 0,
      saplings: 0,
      bestRelay: 0,
      kinds: [],
    });
  });

  it('a version-2 fixture reads back unchanged', () => {
    const raw = text(new URL('v2-chapter-done.json', FIXTURES));
    const r = readSave(raw);
    expect(r).toEqual({ ok: true, save: JSON.parse(raw) as unknown });
  });

  it('never throws on odd version-1 records; the schema reports what is wrong', () => {
    const step = SAVE_MIGRATIONS[1]!;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (extra, levels) => {
        const raw = { ...extra, version: 1, levels };
        expect(() => step(raw)).not.toThrow();
        const r = migrateSave(raw, SAVE_VERSION);
        expect(r.ok).toBe(true);
        const read = readSave(JSON.stringify(raw));
        if (!read.ok) expect(read.reason).toMatch(/^the save is damaged at /);
      }),
      { numRuns: 300 },
    );
  });
});
