// The players of this device: the list of profiles (core/profiles.ts) kept in storage under
// `good-deeds:profiles`, and the save store of the player playing in this tab. Each profile's
// save is a SaveStore of its own, on its own keys, with all of that store's care (next, backup,
// damaged copies kept aside, two tabs merged). A missing or damaged list is rebuilt from the
// saves that exist: progress is never dropped because the list was lost.
import './no-eval';
import {
  activeProfile,
  addProfile,
  defaultIndex,
  FIRST_PROFILE_ID,
  parseIndex,
  rebuildIndex,
  removeProfile,
  renameProfile,
  saveKeyOf,
  selectProfile,
  serializeIndex,
  type Profile,
  type ProfileDraft,
  type ProfileIndex,
  type ProfileResult,
} from '../core/profiles';
import type { SaveData } from '../core/progression';
import {
  browserEvents,
  browserStorage,
  peekSave,
  removeSave,
  SAVE_KEY,
  SaveStore,
  storedKeys,
  type KeyValueStorage,
  type StorageChange,
  type StorageEvents,
} from './save-store';

export const PROFILES_KEY = 'good-deeds:profiles';
/** Where an unreadable list of players is kept aside (once: an older copy is not replaced). */
export const DAMAGED_PROFILES_KEY = `${PROFILES_KEY}:damaged`;

export interface ProfileStoreOptions {
  /** Where everything lives; `null` for none. By default the browser's localStorage, if any. */
  storage?: KeyValueStorage | null;
  /** Where other tabs' `storage` events arrive. By default the window; `null` for none. */
  events?: StorageEvents | null;
  /** Random numbers in [0, 1), for new ids. */
  random?: () => number;
  /** The time now, in ms since 1970, for when a profile was made. */
  now?: () => number;
}

/** A little of a player's progress, for the list of players. */
export interface ProfileSummary {
  readonly stars: number;
  readonly passed: number;
}

export function summaryOf(save: SaveData | null): ProfileSummary {
  const levels = Object.values(save?.levels ?? {});
  return {
    stars: levels.reduce((n, l) => n + l.bestStars, 0),
    passed: levels.filter((l) => l.passed).length,
  };
}

export class ProfileStore {
  private index: ProfileIndex;
  private activeId: string;
  private current: SaveStore;
  private readonly storage: KeyValueStorage | null;
  private readonly events: StorageEvents | null;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  /** This tab's player, once deleted in another tab: they play on, and nothing is written. */
  private gone: Profile | null = null;

  constructor(options: ProfileStoreOptions = {}) {
    this.storage = options.storage === undefined ? browserStorage() : options.storage;
    const events = options.events === undefined ? browserEvents() : options.events;
    this.events = this.storage ? events : null;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.index = this.readIndex();
    this.activeId = this.index.active;
    this.current = this.openSave(this.activeId);
    this.events?.addEventListener('storage', (e) => this.onStorage(e as unknown as StorageChange));
  }

  /** Every player of this device, in the order they were made. */
  get profiles(): readonly Profile[] {
    return this.index.profiles;
  }

  /** The player playing in this tab. */
  get active(): Profile {
    return (
      this.index.profiles.find((p) => p.id === this.activeId) ??
      this.gone ??
      activeProfile(this.index)
    );
  }

  /** The save store of the player playing in this tab. */
  get store(): SaveStore {
    return this.current;
  }

  /** The main save key of profile `id`. */
  keyOf(id: string): string {
    return saveKeyOf(SAVE_KEY, id);
  }

  /** A little of the progress of profile `id`, read without touching its save. */
  summary(id: string): ProfileSummary {
    if (id === this.activeId) return summaryOf(this.current.save);
    return summaryOf(peekSave(this.storage, this.keyOf(id)));
  }

  /** Makes a new player from `draft` (it does not start playing: see `switchTo`). */
  create(draft: ProfileDraft): ProfileResult {
    return this.change((index) => addProfile(index, draft, this.random, this.now()));
  }

  /** Gives player `id` a new name or picture. */
  rename(id: string, draft: ProfileDraft): ProfileResult {
    return this.change((index) => renameProfile(index, id, draft));
  }

  /**
   * The player `id` plays from now on, in this tab: their save is opened (the one before is
   * closed, and kept), and the next start on this device begins with them.
   */
  switchTo(id: string): boolean {
    const r = this.change((index) => {
      const profile = index.profiles.find((p) => p.id === id);
      return profile
        ? { ok: true, index: selectProfile(index, id), profile }
        : { ok: false, problem: 'unknown' };
    });
    if (!r.ok) return false;
    if (id !== this.activeId || this.gone) {
      this.current.close();
      this.activeId = id;
      this.current = this.openSave(id);
      this.gone = null;
    }
    return true;
  }

  /**
   * Deletes player `id` and every copy of their save. If they were playing in this tab, the
   * player the list now names plays instead. Returns whether they were there to delete.
   */
  remove(id: string): boolean {
    if (!this.index.profiles.some((p) => p.id === id)) return false;
    const playing = id === this.activeId;
    if (playing) this.current.close();
    removeSave(this.storage, this.keyOf(id));
    this.change((index) => {
      const next = removeProfile(index, id, this.now());
      return { ok: true, index: next, profile: activeProfile(next) };
    });
    if (playing) {
      this.activeId = this.index.active;
      this.current = this.openSave(this.activeId);
      this.gone = null;
    }
    return true;
  }

  /** Calls `listener` when another tab changes the list of players; returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private openSave(id: string): SaveStore {
    return new SaveStore({ storage: this.storage, events: this.events, key: this.keyOf(id) });
  }

  /** Applies `change` to the stored list (another tab may have changed it), and writes it. */
  private change(change: (index: ProfileIndex) => ProfileResult): ProfileResult {
    const stored = this.get(PROFILES_KEY);
    const latest = stored === null ? null : parseIndex(stored);
    const r = change(latest?.ok ? latest.index : this.index);
    if (!r.ok) return r;
    this.index = r.index;
    this.write(r.index);
    return r;
  }

  private write(index: ProfileIndex): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(PROFILES_KEY, serializeIndex(index));
    } catch (e) {
      console.warn(`Good Deeds: the list of players could not be saved (${String(e)})`);
    }
  }

  /** The stored list; if it is missing or damaged, one rebuilt from the saves that exist. */
  private readIndex(): ProfileIndex {
    const now = this.now();
    if (!this.storage) return defaultIndex(now);
    const text = this.get(PROFILES_KEY);
    if (text !== null) {
      const r = parseIndex(text);
      if (r.ok) return r.index;
      console.warn(`Good Deeds: ${r.reason}; it is rebuilt from the saved progress`);
      this.keepAside(text);
    }
    const keys = storedKeys(this.storage) ?? this.knownKeys();
    const rebuilt = rebuildIndex(SAVE_KEY, keys, now, text === null ? null : salvage(text));
    // An untouched device (one player, no name) needs no list: nothing is written for it.
    const plain = rebuilt.profiles.length === 1 && rebuilt.profiles[0]!.id === FIRST_PROFILE_ID;
    if (text !== null || !plain) this.write(rebuilt);
    return rebuilt;
  }

  /** Without a way to list keys: the first profile's keys, where they exist. */
  private knownKeys(): string[] {
    const keys = [SAVE_KEY, `${SAVE_KEY}:next`, `${SAVE_KEY}:backup`];
    return keys.filter((k) => this.get(k) !== null);
  }

  private keepAside(text: string): void {
    try {
      if (this.storage!.getItem(DAMAGED_PROFILES_KEY) === null) {
        this.storage!.setItem(DAMAGED_PROFILES_KEY, text);
      }
    } catch {
      // No room: the list is rebuilt all the same, and no save is touched.
    }
  }

  private get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private onStorage(e: StorageChange): void {
    if (e.key !== PROFILES_KEY || e.newValue === null) return;
    if (e.storageArea !== undefined && e.storageArea !== this.storage) return;
    const r = parseIndex(e.newValue);
    if (!r.ok) return;
    const mine = this.active;
    this.index = r.index;
    if (!r.index.profiles.some((p) => p.id === this.activeId) && !this.gone) {
      // Deleted in another tab: play on, but write nothing that would bring the save back.
      this.current.close();
      this.gone = mine;
    }
    for (const listener of this.listeners) listener();
  }
}

/** The damaged list as far as it can be read, for `rebuildIndex` to keep what it can. */
function salvage(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
