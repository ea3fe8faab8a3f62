// The save store: writes that a crash can't corrupt, damaged saves restored or kept aside and
// reported, storage that is off or full, two tabs at once, and saves of every earlier version.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SAVE_VERSION,
  emptySave,
  parseSave,
  readSave,
  serializeSave,
  withSettings,
  type SaveData,
} from '../../src/core/progression';
import { SAVE_MIGRATIONS, migrateSave, type Migration } from '../../src/core/save-migrations';
import type { Stars } from '../../src/core/scoring';
import { SAVE_KEYS, SaveStore } from '../../src/platform/save-store';
import { FakeStorage, Tabs } from './fake-storage';

const FIXTURES = new URL('../fixtures/saves/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const { main: MAIN, next: NEXT, backup: BACKUP } = SAVE_KEYS;
const DAMAGED_1 = SAVE_KEYS.damaged(1);
const DAMAGED_2 = SAVE_KEYS.damaged(2);

interface Attempt {
  passed: boolean;
  score: number;
  stars: Stars;
  deeds: number;
}

/** An attempt at a level, as the results screen records one. */
function attempt(
  id: string,
  { passed = true, score = 100, stars = 1, deeds = 1 }: Partial<Attempt> = {},
): (s: SaveData) => SaveData {
  return (s) => {
    const p = s.levels[id];
    return {
      ...s,
      levels: {
        ...s.levels,
        [id]: {
          passed: (p?.passed ?? false) || passed,
          bestScore: Math.max(p?.bestScore ?? 0, passed ? score : 0),
          bestStars: Math.max(p?.bestStars ?? 0, passed ? stars : 0) as Stars,
          bestDeeds: Math.max(p?.bestDeeds ?? 0, deeds),
          plays: (p?.plays ?? 0) + 1,
        },
      },
    };
  };
}

const saved = (...changes: ((s: SaveData) => SaveData)[]): SaveData =>
  changes.reduce((s, c) => c(s), emptySave());

function storageWith(items: Record<string, string>, options = {}): FakeStorage {
  const storage = new FakeStorage(options);
  for (const [k, v] of Object.entries(items)) storage.items.set(k, v);
  return storage;
}

const open = (storage: FakeStorage | null): SaveStore => new SaveStore({ storage, events: null });

describe('writing', () => {
  it('a new player starts with an empty save, no notices, and nothing written', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    expect(store.save).toEqual(emptySave());
    expect(store.notices).toEqual([]);
    expect(storage.dump()).toEqual({});
  });

  it('progress is written at once and is there after a reload', () => {
    const storage = new FakeStorage();
    open(storage).update(attempt('one', { score: 420, stars: 2 }));
    const again = open(storage);
    expect(again.save.levels['one']).toMatchObject({ passed: true, bestScore: 420, bestStars: 2 });
    expect(again.notices).toEqual([]);
  });

  it('each write keeps the copy it replaces as the backup, and leaves no "next" copy', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(attempt('one'));
    const first = storage.items.get(MAIN)!;
    expect(storage.items.has(BACKUP)).toBe(false);
    store.update(attempt('two'));
    expect(storage.items.get(BACKUP)).toBe(first);
    expect(parseSave(storage.items.get(MAIN)!)).toEqual({ ok: true, save: store.save });
    expect(storage.items.has(NEXT)).toBe(false);
  });

  it('a crash at any step of a write, even one that tears the value, loses nothing', () => {
    // Stop the writing at each of its steps in turn, as a crash would, leaving half the value.
    const before = saved(attempt('one', { score: 300 }));
    const after = attempt('two', { score: 500 })(before);
    for (let step = 0; step < 3; step++) {
      const storage = storageWith({ [MAIN]: serializeSave(before) });
      let writes = 0;
      storage.tearNextWrite = () => writes++ === step;
      open(storage).update(attempt('two', { score: 500 }));
      storage.tearNextWrite = null;
      expect(writes).toBeGreaterThan(step);
      const reopened = open(storage);
      expect([before, after]).toContainEqual(reopened.save);
    }
  });

  it('a write cut short after the "next" copy is merged in at the next start', () => {
    const older = saved(attempt('one', { score: 300 }));
    const newer = attempt('two')(older);
    const storage = storageWith({ [MAIN]: serializeSave(older), [NEXT]: serializeSave(newer) });
    const store = open(storage);
    expect(store.save).toEqual(newer);
    expect(storage.items.get(MAIN)).toBe(serializeSave(newer));
    expect(storage.items.has(NEXT)).toBe(false);
  });
});

describe('damaged saves', () => {
  it('a damaged main copy is restored from the backup, kept aside and reported', () => {
    const good = saved(attempt('one', { score: 420 }));
    const storage = storageWith({
      [MAIN]: fixture('damaged-cut-short.txt'),
      [BACKUP]: serializeSave(good),
    });
    const store = open(storage);
    expect(store.save).toEqual(good);
    expect(store.notices).toEqual(['save-restored']);
    expect(storage.items.get(DAMAGED_1)).toBe(fixture('damaged-cut-short.txt'));
    expect(storage.items.get(MAIN)).toBe(serializeSave(good));
    // Reported once: the next start finds a good save.
    expect(open(storage).notices).toEqual([]);
  });

  it.each(['damaged-cut-short.txt', 'damaged-wrong-type.txt', 'damaged-zeroes.txt'])(
    'with no backup, %s is kept aside, reported, and the game starts clean',
    (name) => {
      const text = fixture(name);
      const storage = storageWith({ [MAIN]: text });
      const store = open(storage);
      expect(store.save).toEqual(emptySave());
      expect(store.notices).toEqual(['save-damaged']);
      expect(storage.dump()).toEqual({ [DAMAGED_1]: text });
      store.update(attempt('one'));
      expect(storage.items.get(DAMAGED_1)).toBe(text);
      expect(open(storage).notices).toEqual([]);
    },
  );

  it('when the backup is damaged too, both are kept aside', () => {
    const storage = storageWith({
      [MAIN]: fixture('damaged-cut-short.txt'),
      [BACKUP]: fixture('damaged-zeroes.txt'),
    });
    const store = open(storage);
    expect(store.save).toEqual(emptySave());
    expect(store.notices).toEqual(['save-damaged']);
    expect(storage.dump()).toEqual({
      [DAMAGED_1]: fixture('damaged-cut-short.txt'),
      [DAMAGED_2]: fixture('damaged-zeroes.txt'),
    });
  });

  it('an older damaged copy is never overwritten, and the same copy is not kept twice', () => {
    const storage = storageWith({ [DAMAGED_1]: 'older junk', [MAIN]: 'new junk' });
    open(storage);
    expect(storage.dump()).toEqual({ [DAMAGED_1]: 'older junk', [DAMAGED_2]: 'new junk' });
    storage.items.set(MAIN, 'new junk');
    open(storage);
    expect(storage.dump()).toEqual({ [DAMAGED_1]: 'older junk', [DAMAGED_2]: 'new junk' });
  });

  it('a main copy damaged while the game runs is kept aside before the next write', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(attempt('one'));
    storage.items.set(MAIN, 'scribbled over');
    store.update(attempt('two'));
    expect(storage.items.get(DAMAGED_1)).toBe('scribbled over');
    expect(Object.keys(store.save.levels)).toEqual(['one', 'two']);
    expect(readSave(storage.items.get(MAIN)!)).toEqual({ ok: true, save: store.save });
  });

  it('a damaged save with no room to keep it aside is left untouched, and nothing is written', () => {
    const text = fixture('damaged-cut-short.txt');
    const storage = storageWith({ [MAIN]: text }, { quota: MAIN.length + text.length + 10 });
    const store = open(storage);
    expect(store.notices).toContain('save-unreadable');
    store.update(attempt('one'));
    expect(store.save.levels['one']?.passed).toBe(true);
    expect(storage.dump()).toEqual({ [MAIN]: text });
  });

  it('a save from a newer version is left alone: the game plays but writes nothing', () => {
    const text = fixture('newer-version.txt');
    const storage = storageWith({ [MAIN]: text });
    const store = open(storage);
    expect(store.notices).toEqual(['save-newer']);
    expect(store.save).toEqual(emptySave());
    store.update(attempt('one'));
    expect(storage.dump()).toEqual({ [MAIN]: text });
  });

  it('a newer version writing while this one runs stops this one writing', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(attempt('one'));
    storage.items.set(MAIN, fixture('newer-version.txt'));
    store.update(attempt('two'));
    expect(store.notices).toEqual(['save-newer']);
    expect(storage.items.get(MAIN)).toBe(fixture('newer-version.txt'));
  });
});

describe('without storage', () => {
  it('no storage at all: the game plays and says progress won’t be kept', () => {
    const store = open(null);
    expect(store.notices).toEqual(['storage-unavailable']);
    store.update(attempt('one'));
    expect(store.save.levels['one']?.passed).toBe(true);
  });

  it('storage that throws when read counts as none', () => {
    const store = open(new FakeStorage({ failReads: true }));
    expect(store.notices).toEqual(['storage-unavailable']);
    expect(store.update(attempt('one')).levels['one']?.plays).toBe(1);
  });

  it('empty storage that refuses every write (old private modes) counts as none', () => {
    const storage = new FakeStorage({ failWrites: true });
    const store = open(storage);
    expect(store.notices).toEqual(['storage-unavailable']);
    store.update(attempt('one'));
    expect(storage.dump()).toEqual({});
  });

  it('full storage: the save is still read, and the player is told new progress won’t be kept', () => {
    const text = serializeSave(saved(attempt('one', { score: 640, stars: 3 })));
    const storage = storageWith({ [MAIN]: text }, { quota: MAIN.length + text.length });
    const store = open(storage);
    expect(store.save.levels['one']?.bestScore).toBe(640);
    expect(store.notices).toEqual(['storage-full']);
    store.update(attempt('two'));
    expect(storage.dump()).toEqual({ [MAIN]: text });
  });

  it('storage filling up mid-game: the last good copy stays, and the player is told', () => {
    const storage = new FakeStorage({ quota: 800 });
    const store = open(storage);
    store.update(attempt('one'));
    for (let i = 0; i < 10; i++) store.update(attempt(`a-long-level-name-number-${i}`));
    expect(store.notices).toEqual(['save-failed']);
    expect(Object.keys(store.save.levels)).toHaveLength(11);
    const kept = readSave(storage.items.get(MAIN)!);
    expect(kept.ok && kept.save.levels['one']?.passed).toBe(true);
    expect(open(storage).save.levels['one']?.passed).toBe(true);
  });

  it('a notice, once dismissed, is gone; the same notice is never listed twice', () => {
    const storage = new FakeStorage({ quota: 200 });
    const store = open(storage);
    for (let i = 0; i < 5; i++) store.update(attempt(`level-with-a-long-name-${i}`));
    expect(store.notices).toEqual(['save-failed']);
    store.dismiss('save-failed');
    expect(store.notices).toEqual([]);
  });
});

describe('two tabs', () => {
  it('a tab that has not heard of the other’s progress does not undo it when it writes', () => {
    const tabs = new Tabs();
    const a = tabs.open();
    const b = tabs.open();
    b.update(attempt('one', { score: 500, stars: 3 }));
    a.update(attempt('two', { score: 200 }));
    const after = tabs.open();
    expect(after.save.levels['one']).toMatchObject({ passed: true, bestScore: 500, bestStars: 3 });
    expect(after.save.levels['two']).toMatchObject({ passed: true, bestScore: 200 });
  });

  it('each tab picks up the other’s progress as it is written', () => {
    const tabs = new Tabs();
    const a = tabs.open();
    const b = tabs.open();
    b.update(attempt('one', { score: 500 }));
    expect(a.save.levels['one']).toBeUndefined();
    tabs.deliver();
    expect(a.save.levels['one']?.bestScore).toBe(500);
  });

  it('the best of each level is kept, and every play is counted', () => {
    const tabs = new Tabs();
    const a = tabs.open();
    const b = tabs.open();
    a.update(attempt('one', { score: 300, stars: 1, deeds: 2 }));
    b.update(attempt('one', { score: 250, stars: 2, deeds: 1 }));
    a.update(attempt('one', { passed: false, deeds: 3 }));
    tabs.deliver();
    const expected = { passed: true, bestScore: 300, bestStars: 2, bestDeeds: 3, plays: 3 };
    expect(tabs.open().save.levels['one']).toEqual(expected);
    expect(a.save.levels['one']).toEqual(expected);
    expect(b.save.levels['one']).toEqual(expected);
  });

  it('the newest settings win, field by field, and a tab that changed none keeps them', () => {
    const tabs = new Tabs();
    const a = tabs.open();
    const b = tabs.open();
    a.update((s) => withSettings(s, { muted: true }));
    b.update((s) => withSettings(s, { lang: 'zh' }));
    a.update(attempt('one'));
    tabs.deliver();
    const expected = { muted: true, lang: 'zh' };
    expect(tabs.open().save.settings).toEqual(expected);
    expect(a.save.settings).toEqual(expected);
    expect(b.save.settings).toEqual(expected);
    b.update((s) => withSettings(s, { muted: false }));
    tabs.deliver();
    expect(a.save.settings.muted).toBe(false);
  });

  it('a setting changed while writes fail is not undone by another tab’s older one', () => {
    const storage = new FakeStorage();
    const tabs = new Tabs(storage);
    const a = tabs.open();
    const b = tabs.open();
    b.update((s) => withSettings(s, { lang: 'en' }));
    storage.failNextWrite = () => true;
    a.update((s) => withSettings(s, { lang: 'zh' }));
    storage.failNextWrite = null;
    tabs.deliver();
    a.update(attempt('one'));
    expect(a.save.settings.lang).toBe('zh');
    expect(tabs.open().save.settings.lang).toBe('zh');
  });
});

describe('save versions', () => {
  const files = readdirSync(FIXTURES);
  const versioned = files.filter((f) => /^v\d+-.*\.json$/.test(f));

  it('there is a fixture of every version so far', () => {
    for (let v = 1; v <= SAVE_VERSION; v++) {
      expect(versioned.some((f) => f.startsWith(`v${v}-`))).toBe(true);
    }
  });

  it('every version before the current one has a migration', () => {
    for (let v = 1; v < SAVE_VERSION; v++) expect(SAVE_MIGRATIONS[v]).toBeTypeOf('function');
  });

  it.each(versioned)('%s loads with all its progress', (name) => {
    const raw = JSON.parse(fixture(name)) as { levels: Record<string, object> };
    const r = readSave(fixture(name));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.version).toBe(SAVE_VERSION);
    expect(Object.keys(r.save.levels)).toEqual(Object.keys(raw.levels));
    for (const [id, progress] of Object.entries(raw.levels)) {
      expect(r.save.levels[id]).toMatchObject(progress);
    }
    const store = open(storageWith({ [MAIN]: fixture(name) }));
    expect(store.save).toEqual(r.save);
    expect(store.notices).toEqual([]);
  });

  it('a save from a newer version is told apart from a damaged one', () => {
    expect(readSave(fixture('newer-version.txt'))).toMatchObject({ ok: false, problem: 'newer' });
    expect(readSave(fixture('damaged-cut-short.txt'))).toMatchObject({ problem: 'damaged' });
  });

  describe('the migration steps', () => {
    const table: Record<number, Migration> = {
      1: (s) => ({ ...s, badges: [] }),
      2: (s) => ({ ...s, badges: undefined, medals: s['badges'] }),
    };

    it('run one after another from the save’s version up to the current one', () => {
      const r = migrateSave({ version: 1, levels: {} }, 3, table);
      expect(r).toEqual({
        ok: true,
        from: 1,
        save: { version: 3, levels: {}, badges: undefined, medals: [] },
      });
      expect(migrateSave({ version: 2, badges: ['x'] }, 3, table)).toMatchObject({
        save: { version: 3, medals: ['x'] },
      });
    });

    it('leave a current save as it is', () => {
      const save = { version: 3, levels: {} };
      expect(migrateSave(save, 3, table)).toEqual({ ok: true, from: 3, save });
    });

    it('refuse a save from a newer version, naming it', () => {
      expect(migrateSave({ version: 4 }, 3, table)).toEqual({
        ok: false,
        newer: true,
        reason: 'the save was written by a newer version of the game (save version 4)',
      });
    });

    it('pass a version they do not know on unchanged, for the schema to report', () => {
      expect(migrateSave({ version: 0 }, 3, table)).toEqual({
        ok: true,
        from: 0,
        save: { version: 0 },
      });
      expect(migrateSave({ version: '1' }, 3, table)).toMatchObject({ ok: true, from: null });
    });

    it('report a step that fails as damage, naming the versions', () => {
      const throwing: Record<number, Migration> = {
        1: () => {
          throw new Error('no levels');
        },
      };
      expect(migrateSave({ version: 1 }, 2, throwing)).toEqual({
        ok: false,
        newer: false,
        reason: 'the save could not be brought from version 1 to 2: no levels',
      });
    });
  });
});
