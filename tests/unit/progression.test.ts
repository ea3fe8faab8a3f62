// Progression: unlocking, best results that never go down, the save record and its checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SAVE_VERSION,
  emptySave,
  isUnlocked,
  nextLevelId,
  parseSave,
  recordResult,
  serializeSave,
  withSettings,
  type SaveData,
} from '../../src/core/progression';
import type { ScoreBreakdown, Stars } from '../../src/core/scoring';

const ORDER = ['one', 'two', 'three'] as const;

/** An attempt's result with `deeds` deeds done. */
function result(passed: boolean, total: number, stars: Stars, deeds: number): ScoreBreakdown {
  return {
    lines: Array.from({ length: deeds }, (_, i) => ({
      deedId: `d${i}`,
      kind: 'deliver' as const,
      points: 100,
      relay: 0,
      atMs: i * 1000,
    })),
    deedPoints: deeds * 100,
    relayBonus: 0,
    timeBonus: 0,
    modestyBonus: 0,
    character: null,
    total,
    stars,
    passed,
  };
}

describe('unlocking', () => {
  it('the first level is always open', () => {
    expect(isUnlocked(emptySave(), ORDER, 'one')).toBe(true);
  });

  it('the next level opens only once the one before is passed', () => {
    let save = emptySave();
    expect(isUnlocked(save, ORDER, 'two')).toBe(false);
    save = recordResult(save, 'one', result(false, 50, 0, 1));
    expect(isUnlocked(save, ORDER, 'two')).toBe(false);
    save = recordResult(save, 'one', result(true, 300, 1, 2));
    expect(isUnlocked(save, ORDER, 'two')).toBe(true);
    expect(isUnlocked(save, ORDER, 'three')).toBe(false);
  });

  it('an unknown level id is never open', () => {
    const save = recordResult(emptySave(), 'one', result(true, 300, 1, 2));
    expect(isUnlocked(save, ORDER, 'four')).toBe(false);
    expect(isUnlocked(save, [], 'one')).toBe(false);
  });

  it('the level after each, and null after the last or for an unknown id', () => {
    expect(nextLevelId(ORDER, 'one')).toBe('two');
    expect(nextLevelId(ORDER, 'two')).toBe('three');
    expect(nextLevelId(ORDER, 'three')).toBeNull();
    expect(nextLevelId(ORDER, 'four')).toBeNull();
  });
});

describe('recordResult', () => {
  it('records the first pass', () => {
    const save = recordResult(emptySave(), 'one', result(true, 420, 2, 3));
    expect(save.levels['one']).toEqual({
      passed: true,
      bestScore: 420,
      bestStars: 2,
      bestDeeds: 3,
      plays: 1,
    });
  });

  it('never lowers the best score, stars or deeds', () => {
    let save = recordResult(emptySave(), 'one', result(true, 420, 2, 3));
    save = recordResult(save, 'one', result(true, 150, 1, 1));
    expect(save.levels['one']).toEqual({
      passed: true,
      bestScore: 420,
      bestStars: 2,
      bestDeeds: 3,
      plays: 2,
    });
  });

  it('keeps the best of each separately', () => {
    let save = recordResult(emptySave(), 'one', result(true, 420, 2, 3));
    save = recordResult(save, 'one', result(true, 500, 3, 2));
    expect(save.levels['one']).toMatchObject({ bestScore: 500, bestStars: 3, bestDeeds: 3 });
    save = recordResult(save, 'one', result(true, 100, 1, 4));
    expect(save.levels['one']).toMatchObject({ bestScore: 500, bestStars: 3, bestDeeds: 4 });
  });

  it('a failed attempt counts as a play but does not pass the level or score', () => {
    const save = recordResult(emptySave(), 'one', result(false, 250, 0, 2));
    expect(save.levels['one']).toEqual({
      passed: false,
      bestScore: 0,
      bestStars: 0,
      bestDeeds: 2,
      plays: 1,
    });
  });

  it('a failed attempt after a pass keeps the level passed', () => {
    let save = recordResult(emptySave(), 'one', result(true, 300, 1, 2));
    save = recordResult(save, 'one', result(false, 900, 0, 3));
    expect(save.levels['one']).toMatchObject({ passed: true, bestScore: 300, bestStars: 1 });
    expect(save.levels['one']!.plays).toBe(2);
  });

  it('counts every play', () => {
    let save = emptySave();
    for (let i = 0; i < 5; i++) save = recordResult(save, 'two', result(i % 2 === 0, 10, 0, 0));
    expect(save.levels['two']!.plays).toBe(5);
  });

  it('leaves the given save and other levels unchanged', () => {
    const before = recordResult(emptySave(), 'one', result(true, 300, 1, 2));
    const copy = JSON.stringify(before);
    const after = recordResult(before, 'two', result(true, 700, 3, 4));
    expect(JSON.stringify(before)).toBe(copy);
    expect(after.levels['one']).toEqual(before.levels['one']);
    expect(after.settings).toEqual(before.settings);
  });

  it('whatever the attempts, the bests are the maxima of the passed ones', () => {
    const attempt = fc.record({
      passed: fc.boolean(),
      total: fc.integer({ min: 0, max: 5000 }),
      stars: fc.constantFrom<Stars>(0, 1, 2, 3),
      deeds: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 1, maxLength: 10 }), (attempts) => {
        let save = emptySave();
        for (const a of attempts) {
          const stars = a.passed ? a.stars : 0;
          save = recordResult(save, 'one', result(a.passed, a.total, stars, a.deeds));
        }
        const passed = attempts.filter((a) => a.passed);
        expect(save.levels['one']).toEqual({
          passed: passed.length > 0,
          bestScore: Math.max(0, ...passed.map((a) => a.total)),
          bestStars: Math.max(0, ...passed.map((a) => a.stars)),
          bestDeeds: Math.max(0, ...attempts.map((a) => a.deeds)),
          plays: attempts.length,
        });
      }),
    );
  });
});

describe('settings', () => {
  it('withSettings changes only the given settings and keeps the levels', () => {
    const save = recordResult(emptySave(), 'one', result(true, 300, 1, 2));
    const muted = withSettings(save, { muted: true });
    expect(muted.settings).toEqual({ muted: true, lang: null });
    expect(muted.levels).toEqual(save.levels);
    const zh = withSettings(muted, { lang: 'zh' });
    expect(zh.settings).toEqual({ muted: true, lang: 'zh' });
    expect(save.settings).toEqual({ muted: false, lang: null });
  });
});

describe('the save record', () => {
  const played = (): SaveData => {
    let save = recordResult(emptySave(), 'one', result(true, 420, 2, 3));
    save = recordResult(save, 'two', result(false, 80, 0, 1));
    return withSettings(save, { muted: true, lang: 'zh' });
  };

  it('round-trips through text unchanged', () => {
    const save = played();
    const back = parseSave(serializeSave(save));
    expect(back).toEqual({ ok: true, save });
  });

  it('an empty save round-trips too', () => {
    expect(parseSave(serializeSave(emptySave()))).toEqual({ ok: true, save: emptySave() });
  });

  it('reports text that is not JSON', () => {
    for (const text of ['', '{', 'not json', '{"version":1,}']) {
      const r = parseSave(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/not valid JSON/);
    }
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '7'],
    ['no levels', JSON.stringify({ version: 1, settings: { muted: false, lang: null } })],
    ['no settings', JSON.stringify({ version: 1, levels: {} })],
    ['no version', JSON.stringify({ levels: {}, settings: { muted: false, lang: null } })],
    ['an old version', JSON.stringify({ ...emptySave(), version: 0 })],
    ['a version as text', JSON.stringify({ ...emptySave(), version: '1' })],
    ['an unknown language', JSON.stringify({ ...emptySave(), settings: { muted: 0, lang: 'fr' } })],
  ])('reports a save with the wrong shape: %s', (_name, text) => {
    const r = parseSave(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^the save is damaged at /);
  });

  it('names the field at fault', () => {
    const save = played();
    const broken = {
      ...save,
      levels: { ...save.levels, one: { ...save.levels['one'], bestStars: 4 } },
    };
    const r = parseSave(JSON.stringify(broken));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('the save is damaged at levels.one.bestStars: at most 3');
  });

  it.each([
    [{ muted: 'yes', lang: null }, 'settings.muted: expected boolean'],
    [{ muted: false, lang: 'fr' }, 'settings.lang: expected "en" or "zh"'],
  ])('says in words what was expected: %j', (settings, said) => {
    const r = parseSave(JSON.stringify({ ...played(), settings }));
    expect(r).toEqual({ ok: false, reason: `the save is damaged at ${said}` });
  });

  it('says a count must be a whole number', () => {
    const save = played();
    const broken = { ...save, levels: { one: { ...save.levels['one'], plays: 1.5 } } };
    const r = parseSave(JSON.stringify(broken));
    if (r.ok) throw new Error('a broken save was read');
    expect(r.reason).toBe('the save is damaged at levels.one.plays: expected a whole number');
  });

  it('reports a save from a newer version of the game, naming the version', () => {
    const newer = { ...played(), version: SAVE_VERSION + 1 };
    const r = parseSave(JSON.stringify(newer));
    expect(r).toEqual({
      ok: false,
      reason: `the save was written by a newer version of the game (save version ${SAVE_VERSION + 1})`,
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (t) => {
          const r = parseSave(t);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
