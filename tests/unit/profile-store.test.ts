// The players of a device in storage (src/platform/profile-store.ts): the first player keeps the
// old save key, every other has their own key family with no cross-talk, deleting takes every
// copy of a player's save, and a damaged list is rebuilt without touching any save.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_PROFILE_ID, parseIndex } from '../../src/core/profiles';
import { emptySave, readSave, serializeSave, withSettings } from '../../src/core/progression';
import type { SaveData } from '../../src/core/progression';
import type { Stars } from '../../src/core/scoring';
import {
  DAMAGED_PROFILES_KEY,
  PROFILES_KEY,
  ProfileStore,
  summaryOf,
} from '../../src/platform/profile-store';
import { SAVE_KEY, SAVE_KEYS, saveKeysOf } from '../../src/platform/save-store';
import { FakeStorage, Tabs } from './fake-storage';

const FIXTURES = new URL('../fixtures/saves/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

/** A passed level with `stars` stars, as the results screen records one. */
function passed(id: string, stars: Stars = 2): (s: SaveData) => SaveData {
  return (s) => ({
    ...s,
    levels: {
      ...s.levels,
      [id]: { passed: true, bestScore: 100 * stars, bestStars: stars, bestDeeds: 1, plays: 1 },
    },
  });
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function open(storage: FakeStorage | null, seed = 1): ProfileStore {
  return new ProfileStore({ storage, events: null, random: seeded(seed), now: () => 1_700_000 });
}

/** Makes a player and switches to them; returns their id. */
function newPlayer(store: ProfileStore, name: string): string {
  const r = store.create({ name, picture: 'cat' });
  if (!r.ok) throw new Error(r.problem);
  store.switchTo(r.profile.id);
  return r.profile.id;
}

const keysOf = (storage: FakeStorage): string[] => [...storage.items.keys()].sort();

describe('the first player', () => {
  it('an untouched device plays as before: one player, no name, nothing written', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    expect(store.profiles).toEqual([
      { id: FIRST_PROFILE_ID, name: '', picture: null, created: 1_700_000 },
    ]);
    expect(store.active.id).toBe(FIRST_PROFILE_ID);
    expect(store.store.save).toEqual(emptySave());
    expect(storage.dump()).toEqual({});
  });

  it('keeps the progress saved before profiles existed, under the same key', () => {
    const text = fixture('v2-chapter-done.json');
    const storage = new FakeStorage();
    storage.items.set(SAVE_KEY, text);
    const store = open(storage);
    expect(store.active.id).toBe(FIRST_PROFILE_ID);
    expect(store.store.key).toBe(SAVE_KEY);
    expect(store.store.save).toEqual((readSave(text) as { save: SaveData }).save);
    // Playing on writes to the old key, and still nothing else.
    store.store.update(passed('04-x'));
    expect(readSave(storage.items.get(SAVE_KEY)!)).toMatchObject({
      ok: true,
      save: { levels: { '04-x': { passed: true } } },
    });
    expect(keysOf(storage)).toEqual([SAVE_KEY, SAVE_KEYS.backup]);
  });
});

describe('each player’s own save', () => {
  it('a new player saves under their own keys; the first player’s save is not touched', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a', 3));
    const firstSave = storage.items.get(SAVE_KEY);
    const mei = newPlayer(store, 'Mei');
    expect(store.active.name).toBe('Mei');
    expect(store.store.key).toBe(`${SAVE_KEY}:${mei}`);
    expect(store.store.save).toEqual(emptySave());
    store.store.update(passed('01-a', 1));
    store.store.update(passed('02-b', 2));
    const mine = saveKeysOf(`${SAVE_KEY}:${mei}`);
    expect(keysOf(storage)).toEqual([PROFILES_KEY, SAVE_KEY, mine.main, mine.backup].sort());
    expect(storage.items.get(SAVE_KEY)).toBe(firstSave);
    expect(readSave(storage.items.get(mine.main)!)).toMatchObject({
      ok: true,
      save: { levels: { '01-a': { bestStars: 1 }, '02-b': { bestStars: 2 } } },
    });
  });

  it('switching back finds each player’s progress and settings as they left them', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update((s) => withSettings(passed('01-a', 3)(s), { textSize: 'largest' }));
    const mei = newPlayer(store, 'Mei');
    store.store.update((s) => withSettings(passed('02-b')(s), { muted: true, relaxed: true }));

    expect(store.switchTo(FIRST_PROFILE_ID)).toBe(true);
    expect(store.store.save.levels['01-a']?.bestStars).toBe(3);
    expect(store.store.save.levels['02-b']).toBeUndefined();
    expect(store.store.save.settings).toEqual({ muted: false, lang: null, textSize: 'largest' });

    store.switchTo(mei);
    expect(store.store.save.levels['01-a']).toBeUndefined();
    expect(store.store.save.settings).toEqual({ muted: true, lang: null, relaxed: true });
  });

  it('the next start begins with the player who played last', () => {
    const storage = new FakeStorage();
    const mei = newPlayer(open(storage), 'Mei');
    const again = open(storage);
    expect(again.active.id).toBe(mei);
    expect(again.profiles.map((p) => p.name)).toEqual(['', 'Mei']);
    again.switchTo(FIRST_PROFILE_ID);
    expect(open(storage).active.id).toBe(FIRST_PROFILE_ID);
  });

  it('a player’s store that was switched away from writes nothing more', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    const first = store.store;
    newPlayer(store, 'Mei');
    first.update(passed('09-late'));
    expect(storage.items.get(SAVE_KEY)).toBeUndefined();
  });

  it('a damaged save of one player is kept aside under that player’s keys only', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a'));
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('02-b'));
    store.store.update(passed('03-c'));
    const mine = saveKeysOf(`${SAVE_KEY}:${mei}`);
    storage.items.set(mine.main, fixture('damaged-cut-short.txt'));
    const again = open(storage);
    expect(again.active.id).toBe(mei);
    expect(again.store.notices).toEqual(['save-restored']);
    expect(storage.items.get(mine.damaged(1))).toBe(fixture('damaged-cut-short.txt'));
    expect(storage.items.has(SAVE_KEYS.damaged(1))).toBe(false);
    again.switchTo(FIRST_PROFILE_ID);
    expect(again.store.notices).toEqual([]);
    expect(again.store.save.levels['01-a']?.passed).toBe(true);
  });

  it('shows a little of each player’s progress, read without writing anything', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update((s) => passed('02-b', 3)(passed('01-a', 2)(s)));
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('01-a', 1));
    const before = storage.dump();
    expect(store.summary(FIRST_PROFILE_ID)).toEqual({ stars: 5, passed: 2 });
    expect(store.summary(mei)).toEqual({ stars: 1, passed: 1 });
    expect(store.summary('p00000000')).toEqual({ stars: 0, passed: 0 });
    expect(storage.dump()).toEqual(before);
    expect(summaryOf(null)).toEqual({ stars: 0, passed: 0 });
  });

  it('names that clash are refused and nothing is written', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    newPlayer(store, 'Mei');
    const before = storage.dump();
    expect(store.create({ name: 'mei', picture: null })).toEqual({ ok: false, problem: 'taken' });
    expect(store.rename(FIRST_PROFILE_ID, { name: ' MEI', picture: null })).toEqual({
      ok: false,
      problem: 'taken',
    });
    expect(storage.dump()).toEqual(before);
    expect(store.rename(FIRST_PROFILE_ID, { name: 'Wang', picture: 'frog' }).ok).toBe(true);
    expect(open(storage).profiles[0]).toMatchObject({ name: 'Wang', picture: 'frog' });
  });
});

describe('deleting a player', () => {
  it('takes every copy of their save, and leaves the others’ alone', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a'));
    store.store.update(passed('02-b'));
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('01-a'));
    store.store.update(passed('02-b'));
    const mine = saveKeysOf(`${SAVE_KEY}:${mei}`);
    storage.items.set(mine.next, serializeSave(emptySave()));
    storage.items.set(mine.damaged(1), 'junk');
    storage.items.set(mine.damaged(3), 'more junk');
    store.switchTo(FIRST_PROFILE_ID);
    const firstKeys = [SAVE_KEY, SAVE_KEYS.backup].map((k) => [k, storage.items.get(k)]);

    expect(store.remove(mei)).toBe(true);
    expect(keysOf(storage)).toEqual([PROFILES_KEY, SAVE_KEY, SAVE_KEYS.backup].sort());
    expect(firstKeys.map(([k]) => [k, storage.items.get(k!)])).toEqual(firstKeys);
    expect(store.profiles.map((p) => p.id)).toEqual([FIRST_PROFILE_ID]);
    expect(open(storage).profiles.map((p) => p.id)).toEqual([FIRST_PROFILE_ID]);
    expect(store.remove(mei)).toBe(false);
  });

  it('deleting the player who is playing switches to the first one left', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a', 3));
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('05-e'));
    store.remove(mei);
    expect(store.active.id).toBe(FIRST_PROFILE_ID);
    expect(store.store.save.levels['01-a']?.bestStars).toBe(3);
    expect([...storage.items.keys()].some((k) => k.includes(mei))).toBe(false);
  });

  it('deleting the first player removes the old save key too', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a'));
    store.store.update(passed('02-b'));
    storage.items.set(SAVE_KEYS.damaged(1), 'junk');
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('03-c'));
    store.remove(FIRST_PROFILE_ID);
    expect(keysOf(storage)).toEqual([PROFILES_KEY, `${SAVE_KEY}:${mei}`].sort());
    expect(store.active.id).toBe(mei);
    expect(open(storage).active.id).toBe(mei);
  });

  it('deleting the only player leaves a fresh one, with no progress', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a'));
    store.remove(FIRST_PROFILE_ID);
    expect(store.profiles).toHaveLength(1);
    expect(store.store.save).toEqual(emptySave());
    expect(storage.items.has(SAVE_KEY)).toBe(false);
  });
});

describe('a missing or damaged list of players', () => {
  it('is rebuilt from the saves that exist, kept aside, and no save is touched', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.store.update(passed('01-a'));
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('02-b'));
    const saves = Object.fromEntries([...storage.items].filter(([k]) => k.startsWith(SAVE_KEY)));
    storage.items.set(PROFILES_KEY, '{"version":1,"profiles":[{"id":');

    const again = open(storage);
    expect(again.profiles.map((p) => p.id)).toEqual([FIRST_PROFILE_ID, mei]);
    expect(again.active.id).toBe(FIRST_PROFILE_ID);
    expect(storage.items.get(DAMAGED_PROFILES_KEY)).toBe('{"version":1,"profiles":[{"id":');
    expect(parseIndex(storage.items.get(PROFILES_KEY)!).ok).toBe(true);
    expect(Object.fromEntries([...storage.items].filter(([k]) => k.startsWith(SAVE_KEY)))).toEqual(
      saves,
    );
    again.switchTo(mei);
    expect(again.store.save.levels['02-b']?.passed).toBe(true);
  });

  it('keeps the names the damaged list still has', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('02-b'));
    const index = JSON.parse(storage.items.get(PROFILES_KEY)!) as { active: unknown };
    index.active = 42;
    storage.items.set(PROFILES_KEY, JSON.stringify(index));
    const again = open(storage);
    expect(again.profiles.find((p) => p.id === mei)?.name).toBe('Mei');
  });

  it('a list lost altogether is rebuilt from the saves of other players', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('02-b'));
    storage.items.delete(PROFILES_KEY);
    expect(open(storage).profiles.map((p) => p.id)).toEqual([mei]);
    expect(parseIndex(storage.items.get(PROFILES_KEY)!).ok).toBe(true);
  });

  it('an older damaged copy of the list is not replaced by a newer one', () => {
    const storage = new FakeStorage();
    storage.items.set(DAMAGED_PROFILES_KEY, 'the first damage');
    storage.items.set(PROFILES_KEY, 'new damage');
    open(storage);
    expect(storage.items.get(DAMAGED_PROFILES_KEY)).toBe('the first damage');
  });
});

describe('without storage, and with two tabs', () => {
  it('with no storage, players can still be made and switched for this visit', () => {
    const store = open(null);
    const mei = newPlayer(store, 'Mei');
    store.store.update(passed('01-a'));
    store.switchTo(FIRST_PROFILE_ID);
    expect(store.store.save.levels['01-a']).toBeUndefined();
    expect(store.store.notices).toEqual(['storage-unavailable']);
    store.switchTo(mei);
    // Kept in memory only: a new store of the same player starts empty.
    expect(store.active.name).toBe('Mei');
  });

  it('a player made in one tab appears in the other, and neither tab loses the other’s', () => {
    const tabs = new Tabs();
    const a = tabs.tab();
    const b = tabs.tab();
    const storeA = new ProfileStore({ ...a, random: seeded(1) });
    const storeB = new ProfileStore({ ...b, random: seeded(2) });
    let heard = 0;
    storeB.onChange(() => heard++);
    newPlayer(storeA, 'Mei');
    tabs.deliver();
    expect(heard).toBeGreaterThan(0);
    expect(storeB.profiles.map((p) => p.name)).toEqual(['', 'Mei']);
    // B has not heard of A's next player when it makes its own: both are kept.
    storeA.create({ name: 'Li', picture: null });
    storeB.create({ name: 'Wang', picture: null });
    tabs.deliver();
    const names = new ProfileStore({ ...tabs.tab(), random: seeded(3) }).profiles.map(
      (p) => p.name,
    );
    expect(names.sort()).toEqual(['', 'Li', 'Mei', 'Wang']);
    // Each tab plays on as its own player.
    expect(storeA.active.name).toBe('Mei');
    expect(storeB.active.id).toBe(FIRST_PROFILE_ID);
  });

  it('two tabs playing as two players never mix their saves', () => {
    const tabs = new Tabs();
    const storeA = new ProfileStore({ ...tabs.tab(), random: seeded(1) });
    const mei = newPlayer(storeA, 'Mei');
    tabs.deliver();
    const storeB = new ProfileStore({ ...tabs.tab(), random: seeded(2) });
    storeB.switchTo(FIRST_PROFILE_ID);
    tabs.deliver();
    storeA.store.update((s) => withSettings(passed('01-a', 3)(s), { highContrast: true }));
    storeB.store.update((s) => withSettings(passed('02-b', 1)(s), { textSize: 'large' }));
    tabs.deliver();
    storeA.store.update(passed('03-c'));
    storeB.store.update(passed('04-d'));
    tabs.deliver();
    expect(Object.keys(storeA.store.save.levels).sort()).toEqual(['01-a', '03-c']);
    expect(storeA.store.save.settings).toEqual({ muted: false, lang: null, highContrast: true });
    expect(Object.keys(storeB.store.save.levels).sort()).toEqual(['02-b', '04-d']);
    expect(storeB.store.save.settings).toEqual({ muted: false, lang: null, textSize: 'large' });
    const main = readSave(tabs.storage.items.get(SAVE_KEY)!);
    const meis = readSave(tabs.storage.items.get(`${SAVE_KEY}:${mei}`)!);
    expect(main.ok && Object.keys(main.save.levels).sort()).toEqual(['02-b', '04-d']);
    expect(meis.ok && Object.keys(meis.save.levels).sort()).toEqual(['01-a', '03-c']);
  });

  it('a player deleted in another tab plays on there, but their save is not written back', () => {
    const tabs = new Tabs();
    const storeA = new ProfileStore({ ...tabs.tab(), random: seeded(1) });
    const mei = newPlayer(storeA, 'Mei');
    storeA.store.update(passed('01-a'));
    tabs.deliver();
    const storeB = new ProfileStore({ ...tabs.tab(), random: seeded(2) });
    storeB.remove(mei);
    tabs.deliver();
    storeA.store.update(passed('02-b'));
    expect(storeA.active.name).toBe('Mei');
    expect([...tabs.storage.items.keys()].some((k) => k.includes(mei))).toBe(false);
  });
});
