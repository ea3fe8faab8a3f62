// Property tests for save loading: whatever text is stored, loading never throws, never loses a
// copy it cannot read, and never loses progress; merges keep the best of both; tabs writing in
// any order with any faults end with every play counted and the newest settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_ACHIEVEMENTS } from '../../src/core/achievements';
import { DEED_KINDS } from '../../src/core/deeds/deed-defs';
import {
  SAVE_VERSION,
  emptySave,
  parseSave,
  readSave,
  serializeSave,
  withSettings,
  type LevelProgress,
  type SaveData,
  type Settings,
  type Tally,
} from '../../src/core/progression';
import { mergeSaves } from '../../src/core/save-merge';
import { SAVE_KEYS, SaveStore } from '../../src/platform/save-store';
import type { Stars } from '../../src/core/scoring';
import { FakeStorage, Tabs } from './fake-storage';

/** Level ids as levels may have them (`constructor` too: the pattern allows it). */
const levelId = fc.oneof(
  fc.constantFrom('01-rainy-morning', '02-across-the-street', 'constructor', 'tostring'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/),
);
const progress: fc.Arbitrary<LevelProgress> = fc.record({
  passed: fc.boolean(),
  bestScore: fc.nat(100_000),
  bestStars: fc.constantFrom<Stars>(0, 1, 2, 3),
  bestDeeds: fc.nat(20),
  plays: fc.nat(1000),
});
const settings: fc.Arbitrary<Settings> = fc.record({
  muted: fc.boolean(),
  lang: fc.constantFrom('en' as const, 'zh' as const, null),
});
/** A sorted list without repeats, as saves keep the diary and the kinds of deed. */
const sortedSet = (item: fc.Arbitrary<string>): fc.Arbitrary<string[]> =>
  fc.uniqueArray(item, { maxLength: 6 }).map((a) => a.sort());
const tally: fc.Arbitrary<Tally> = fc.record({
  deeds: fc.nat(500),
  honest: fc.nat(50),
  modest: fc.nat(50),
  saplings: fc.nat(200),
  bestRelay: fc.nat(12),
  kinds: sortedSet(fc.constantFrom(...DEED_KINDS)),
});
const achievements = fc
  .array(fc.tuple(fc.constantFrom(...BASE_ACHIEVEMENTS.map((a) => a.id)), levelId), {
    maxLength: 5,
  })
  .map((pairs) => Object.fromEntries(pairs.map(([id, level]) => [id, { level }])));
const save: fc.Arbitrary<SaveData> = fc
  .record({
    levels: fc.array(fc.tuple(levelId, progress), { maxLength: 6 }),
    settings,
    diary: sortedSet(levelId),
    achievements,
    tally,
  })
  .map(({ levels, ...rest }) => ({
    version: SAVE_VERSION,
    levels: Object.fromEntries(levels),
    ...rest,
  }));

/** Text that is not a readable save: cut short, scribbled on, or a wrong field. */
const damagedText = fc.oneof(
  fc.tuple(save, fc.nat()).map(([s, n]) => serializeSave(s).slice(0, n % serializeSave(s).length)),
  fc.string(),
  fc.constantFrom('', 'null', '[]', '{}', '\u0000\u0000', '{"version":1}'),
  save.map((s) => serializeSave(s).replace('"settings"', '"setings"')),
);

/** Whether `text` is a save that can be read. */
const readable = (text: string): boolean => readSave(text).ok;

/** Every level field of `a` is at most that of `b`. */
function covered(a: SaveData, b: SaveData): boolean {
  return Object.entries(a.levels).every(([id, p]) => {
    const q = Object.hasOwn(b.levels, id) ? b.levels[id] : undefined;
    return (
      !!q &&
      (!p.passed || q.passed) &&
      p.bestScore <= q.bestScore &&
      p.bestStars <= q.bestStars &&
      p.bestDeeds <= q.bestDeeds &&
      p.plays <= q.plays
    );
  });
}

describe('reading a save', () => {
  it('never throws, and whatever it accepts is a valid save that reads back the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          damagedText,
          save.map(serializeSave),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, levels: v, settings: v })),
        ),
        (text) => {
          const r = readSave(text);
          if (!r.ok) {
            expect(r.reason).toMatch(/^the save (is|was|could)/);
            return;
          }
          expect(readSave(serializeSave(r.save))).toEqual(r);
          for (const p of Object.values(r.save.levels)) {
            expect([0, 1, 2, 3]).toContain(p.bestStars);
            expect(p.bestScore).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every save round-trips through its text', () => {
    fc.assert(
      fc.property(save, (s) => {
        expect(parseSave(serializeSave(s))).toEqual({ ok: true, save: s });
      }),
    );
  });

  it('a save cut short anywhere is reported as damaged, never read as something else', () => {
    fc.assert(
      fc.property(save, fc.nat(), (s, n) => {
        const text = serializeSave(s);
        const cut = text.slice(0, n % text.length);
        expect(readSave(cut)).toMatchObject({ ok: false, problem: 'damaged' });
      }),
    );
  });

  it('only a higher version number counts as a newer version', () => {
    fc.assert(
      fc.property(save, fc.integer({ min: -5, max: 50 }), (s, version) => {
        const r = readSave(JSON.stringify({ ...s, version }));
        if (version >= 1 && version <= SAVE_VERSION) expect(r.ok).toBe(true);
        else {
          const problem = version > SAVE_VERSION ? 'newer' : 'damaged';
          expect(r).toMatchObject({ ok: false, problem });
        }
      }),
    );
  });
});

describe('merging two copies', () => {
  it('keeps every level of both, each field the best of the two', () => {
    fc.assert(
      fc.property(save, save, (a, b) => {
        const m = mergeSaves(a, b);
        expect(covered(a, m) && covered(b, m)).toBe(true);
        const ids = new Set([...Object.keys(a.levels), ...Object.keys(b.levels)]);
        expect(new Set(Object.keys(m.levels))).toEqual(ids);
        expect(m.settings).toEqual(b.settings);
        expect(new Set(m.diary)).toEqual(new Set([...a.diary, ...b.diary]));
        expect(new Set(Object.keys(m.achievements))).toEqual(
          new Set([...Object.keys(a.achievements), ...Object.keys(b.achievements)]),
        );
        for (const k of ['deeds', 'honest', 'modest', 'saplings', 'bestRelay'] as const) {
          expect(m.tally[k]).toBe(Math.max(a.tally[k], b.tally[k]));
        }
      }),
    );
  });

  it('gives the same progress whichever way round, and merging again changes nothing', () => {
    fc.assert(
      fc.property(save, save, save, (a, b, c) => {
        expect(mergeSaves(a, b).levels).toEqual(mergeSaves(b, a).levels);
        const [ab, ba] = [mergeSaves(a, b), mergeSaves(b, a)];
        expect([ab.diary, ab.achievements, ab.tally]).toEqual([
          ba.diary,
          ba.achievements,
          ba.tally,
        ]);
        expect(mergeSaves(a, a)).toEqual(a);
        expect(mergeSaves(mergeSaves(a, b), b)).toEqual(mergeSaves(a, b));
        expect(mergeSaves(mergeSaves(a, b), c).levels).toEqual(
          mergeSaves(a, mergeSaves(b, c)).levels,
        );
      }),
    );
  });

  it('keeps the older copy’s settings for the fields named', () => {
    fc.assert(
      fc.property(save, save, fc.subarray(['muted', 'lang'] as const), (a, b, keep) => {
        const m = mergeSaves(a, b, keep);
        expect(m.settings.muted).toBe(keep.includes('muted') ? a.settings.muted : b.settings.muted);
        expect(m.settings.lang).toBe(keep.includes('lang') ? a.settings.lang : b.settings.lang);
      }),
    );
  });
});

describe('opening whatever is stored', () => {
  const slot = (s: fc.Arbitrary<string>) => fc.option(s, { nil: undefined });
  const stored = fc.record({
    main: slot(fc.oneof(save.map(serializeSave), damagedText)),
    next: slot(fc.oneof(save.map(serializeSave), damagedText)),
    backup: slot(fc.oneof(save.map(serializeSave), damagedText)),
    damaged: slot(damagedText),
  });

  it('never throws, keeps every unreadable copy, and loses no readable progress', () => {
    fc.assert(
      fc.property(stored, ({ main, next, backup, damaged }) => {
        const storage = new FakeStorage();
        const put = (key: string, text: string | undefined): void => {
          if (text !== undefined) storage.items.set(key, text);
        };
        put(SAVE_KEYS.main, main);
        put(SAVE_KEYS.next, next);
        put(SAVE_KEYS.backup, backup);
        put(SAVE_KEYS.damaged(1), damaged);
        const before = [...storage.items.values()];

        const store = new SaveStore({ storage, events: null });
        const after = [...storage.items.values()];
        for (const text of before.filter((t) => !readable(t))) expect(after).toContain(text);
        if (damaged !== undefined) expect(storage.items.get(SAVE_KEYS.damaged(1))).toBe(damaged);

        const good = (t: string | undefined): SaveData | null => {
          const r = t === undefined ? null : readSave(t);
          return r?.ok ? r.save : null;
        };
        const base = good(main) ?? good(backup);
        if (base) expect(covered(base, store.save)).toBe(true);
        const nextSave = good(next);
        if (nextSave) expect(covered(nextSave, store.save)).toBe(true);

        const mainText = storage.items.get(SAVE_KEYS.main);
        if (mainText !== undefined) expect(readable(mainText)).toBe(true);
        const again = new SaveStore({ storage, events: null });
        expect(again.notices).toEqual([]);
        expect(again.save).toEqual(store.save);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tabs playing at once', () => {
  type Action =
    | { kind: 'play'; tab: number; level: number; passed: boolean; score: number; stars: Stars }
    | { kind: 'setting'; tab: number; change: Partial<Settings> }
    | { kind: 'deliver' }
    | { kind: 'reload'; tab: number }
    | { kind: 'fail-writes'; count: number };
  const tab = fc.nat(2);
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({
      kind: fc.constant('play' as const),
      tab,
      level: fc.nat(3),
      passed: fc.boolean(),
      score: fc.nat(1000),
      stars: fc.constantFrom<Stars>(0, 1, 2, 3),
    }),
    fc.record({
      kind: fc.constant('setting' as const),
      tab,
      change: fc.oneof(
        fc.record({ muted: fc.boolean() }),
        fc.record({ lang: fc.constantFrom<'en' | 'zh'>('en', 'zh') }),
      ),
    }),
    fc.constant({ kind: 'deliver' as const }),
    fc.record({ kind: fc.constant('reload' as const), tab }),
    fc.record({ kind: fc.constant('fail-writes' as const), count: fc.integer({ min: 1, max: 3 }) }),
  );

  const play =
    (id: string, a: { passed: boolean; score: number; stars: Stars }) =>
    (s: SaveData): SaveData => {
      const p = s.levels[id];
      const next: LevelProgress = {
        passed: (p?.passed ?? false) || a.passed,
        bestScore: Math.max(p?.bestScore ?? 0, a.passed ? a.score : 0),
        bestStars: Math.max(p?.bestStars ?? 0, a.passed ? a.stars : 0) as Stars,
        bestDeeds: p?.bestDeeds ?? 0,
        plays: (p?.plays ?? 0) + 1,
      };
      return { ...s, levels: { ...s.levels, [id]: next } };
    };

  it('when every write succeeds, the stored save has every play and the newest settings', () => {
    const noFaults = fc.array(
      action.filter((a) => a.kind !== 'fail-writes'),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(noFaults, (actions) => {
        const tabs = new Tabs();
        const stores = [tabs.open(), tabs.open(), tabs.open()];
        let expected = emptySave();
        for (const a of actions) {
          if (a.kind === 'play') {
            const change = play(`level-${a.level}`, a);
            stores[a.tab]!.update(change);
            expected = change(expected);
          } else if (a.kind === 'setting') {
            stores[a.tab]!.update((s) => withSettings(s, a.change));
            expected = withSettings(expected, a.change);
          } else if (a.kind === 'deliver') {
            tabs.deliver();
          } else if (a.kind === 'reload') {
            stores[a.tab] = tabs.open(a.tab);
          }
        }
        expect(tabs.open().save).toEqual(expected);
        tabs.deliver();
        for (const s of stores) expect(s.save.levels).toEqual(expected.levels);
      }),
      { numRuns: 300 },
    );
  });

  it('with writes failing at any step, the stored save is always readable and keeps what it had', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const storage = new FakeStorage();
        const tabs = new Tabs(storage);
        const stores = [tabs.open(), tabs.open(), tabs.open()];
        let failures = 0;
        storage.failNextWrite = () => failures-- > 0;
        let last = emptySave();
        for (const a of actions) {
          if (a.kind === 'play') stores[a.tab]!.update(play(`level-${a.level}`, a));
          else if (a.kind === 'setting') stores[a.tab]!.update((s) => withSettings(s, a.change));
          else if (a.kind === 'deliver') tabs.deliver();
          else if (a.kind === 'reload') stores[a.tab] = tabs.open(a.tab);
          else failures = a.count;

          const text = storage.items.get(SAVE_KEYS.main);
          if (text === undefined) continue;
          const r = readSave(text);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(covered(last, r.save)).toBe(true);
          last = r.save;
        }
        failures = 0;
        const reopened = tabs.open();
        expect(reopened.notices.filter((n) => n !== 'save-failed')).toEqual([]);
        expect(covered(last, reopened.save)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
