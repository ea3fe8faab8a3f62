// Keeps the save in the browser's storage, safely:
// - each write goes first to a "next" key, then the main key, and the copy it replaces is kept
//   as a backup, so a write cut short never leaves no good copy;
// - a damaged save is restored from the backup, or else kept aside under a ":damaged:<n>" key
//   (never over an older one) and reported: never silently wiped;
// - a save from a newer version of the game is left alone;
// - each write first re-reads the stored save and merges it in, and another tab's writes are
//   merged as they arrive, so two tabs never undo each other's progress;
// - without storage the game still plays, and says that progress won't be kept.
// Each player profile has its own store, on its own key family (`key` in the options): the
// first profile's is `good-deeds:save`, as it always was (see core/profiles.ts).
// First: zod must be told before any schema is built (see no-eval.ts).
import './no-eval';
import {
  emptySave,
  readSave,
  serializeSave,
  type SaveData,
  type Settings,
} from '../core/progression';
import { mergeSaves } from '../core/save-merge';

export const SAVE_KEY = 'good-deeds:save';

/** The keys of the save whose main copy is under `main`. */
export interface SaveKeys {
  readonly main: string;
  readonly next: string;
  readonly backup: string;
  readonly damaged: (n: number) => string;
}

/** The keys of one save: its main copy under `base`, and its "next", backup and damaged ones. */
export function saveKeysOf(base: string): SaveKeys {
  return {
    main: base,
    next: `${base}:next`,
    backup: `${base}:backup`,
    damaged: (n: number) => `${base}:damaged:${n}`,
  };
}

/** The keys of the first profile's save: the ones the game has always used. */
export const SAVE_KEYS = saveKeysOf(SAVE_KEY);
const PROBE_KEY = `${SAVE_KEY}:probe`;
/** How many damaged copies may be kept aside; past that, nothing more is written. */
const MAX_DAMAGED = 100;

/** Something the player should be told about their saved progress. */
export type StoreNotice =
  /** No storage at all (turned off, or blocked): the game plays, progress won't be kept. */
  | 'storage-unavailable'
  /** The save can be read but nothing can be written (storage full). */
  | 'storage-full'
  /** The save could not be read: it was kept aside and the game starts fresh. */
  | 'save-damaged'
  /** The save could not be read, so the backup copy was used (the damaged one kept aside). */
  | 'save-restored'
  /** The save could not be read and there was no room to keep it aside: left untouched. */
  | 'save-unreadable'
  /** A newer version of the game wrote the save: it is left untouched and not written to. */
  | 'save-newer'
  /** A write failed later on (storage full). */
  | 'save-failed';

/** The part of the Web Storage API the store uses (`key` to list what is stored, if it can). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'length'> &
  Partial<Pick<Storage, 'key'>>;

/** Where other tabs' `storage` events arrive. */
export type StorageEvents = Pick<EventTarget, 'addEventListener'> &
  Partial<Pick<EventTarget, 'removeEventListener'>>;

/** What a `storage` event from another tab says (the fields the store reads). */
export interface StorageChange {
  readonly key: string | null;
  readonly newValue: string | null;
  readonly storageArea?: unknown;
}

export interface SaveStoreOptions {
  /** Where the save lives; `null` for none. By default the browser's localStorage, if any. */
  storage?: KeyValueStorage | null;
  /** Where other tabs' `storage` events arrive. By default the window; `null` for none. */
  events?: StorageEvents | null;
  /** The main key of this save; by default `SAVE_KEY` (the first profile's). */
  key?: string;
}

export class SaveStore {
  private data: SaveData = emptySave();
  private readonly storage: KeyValueStorage | null;
  /** False when writing would be unsafe or useless: the save is then kept in memory only. */
  private writable = false;
  /** Settings changed in this tab that have not been written yet: they win over stored ones. */
  private unsaved = new Set<keyof Settings>();
  private readonly shown: StoreNotice[] = [];
  private readonly keys: SaveKeys;
  private readonly events: StorageEvents | null;
  private readonly listener = (e: Event): void => this.onStorage(e as unknown as StorageChange);

  constructor(options: SaveStoreOptions = {}) {
    this.storage = options.storage === undefined ? browserStorage() : options.storage;
    this.keys = saveKeysOf(options.key ?? SAVE_KEY);
    const events = options.events === undefined ? browserEvents() : options.events;
    this.events = this.storage ? events : null;
    this.open();
    this.events?.addEventListener('storage', this.listener);
  }

  /** The main key of this save. */
  get key(): string {
    return this.keys.main;
  }

  /**
   * Stops listening to other tabs and stops writing (the player switched to another profile,
   * or this one was deleted): the save stays in memory only.
   */
  close(): void {
    this.events?.removeEventListener?.('storage', this.listener);
    this.writable = false;
  }

  /** The current save: this tab's progress and settings, with other tabs' merged in. */
  get save(): SaveData {
    return this.data;
  }

  /** What the player should be told, oldest first, until dismissed. */
  get notices(): readonly StoreNotice[] {
    return this.shown;
  }

  /** The player has read `notice`: it is not shown again. */
  dismiss(notice: StoreNotice): void {
    const i = this.shown.indexOf(notice);
    if (i >= 0) this.shown.splice(i, 1);
  }

  /** Changes the save and writes it, merged with whatever another tab wrote meanwhile. */
  update(change: (s: SaveData) => SaveData): SaveData {
    this.pullStored();
    const before = this.data;
    const after = change(before);
    for (const k of Object.keys(after.settings) as (keyof Settings)[]) {
      if (after.settings[k] !== before.settings[k]) this.unsaved.add(k);
    }
    this.data = after;
    if (this.writable && this.write(after)) this.unsaved.clear();
    return this.data;
  }

  private notify(notice: StoreNotice): void {
    if (!this.shown.includes(notice)) this.shown.push(notice);
  }

  /** Reads the stored copies, picks the best, keeps damaged ones aside. */
  private open(): void {
    const storage = this.storage;
    if (!storage) {
      this.notify('storage-unavailable');
      return;
    }
    let texts: { main: string | null; next: string | null; backup: string | null };
    try {
      texts = {
        main: storage.getItem(this.keys.main),
        next: storage.getItem(this.keys.next),
        backup: storage.getItem(this.keys.backup),
      };
    } catch {
      this.notify('storage-unavailable');
      return;
    }
    this.writable = canWrite(storage);
    if (!this.writable) this.notify(isEmpty(storage) ? 'storage-unavailable' : 'storage-full');

    const main = texts.main === null ? null : readSave(texts.main);
    if (main && !main.ok && main.problem === 'newer') {
      console.warn(`Good Deeds: ${main.reason}; it is left as it is and not written to`);
      this.writable = false;
      this.notify('save-newer');
      return;
    }
    const next = texts.next === null ? null : readSave(texts.next);
    const backup = texts.backup === null ? null : readSave(texts.backup);
    const good = (r: typeof main): SaveData | null => (r?.ok ? r.save : null);
    const base = good(main) ?? good(backup);
    // A "next" copy is a write that was cut short: newer than the rest, so merged over them.
    const nextSave = good(next);
    this.data = nextSave ? mergeSaves(base ?? emptySave(), nextSave) : (base ?? emptySave());

    const damaged = [
      [this.keys.main, texts.main, main],
      [this.keys.next, texts.next, next],
      [this.keys.backup, texts.backup, backup],
    ] as const;
    let keptAll = true;
    for (const [key, text, r] of damaged) {
      if (text === null || !r || r.ok) continue;
      console.warn(`Good Deeds: ${r.reason} (in ${key})`);
      if (!this.writable || !this.keepAside(text)) {
        keptAll = false;
        break;
      }
      remove(storage, key);
    }
    const mainBad = main !== null && !main.ok;
    if (!keptAll) {
      this.writable = false;
      this.notify('save-unreadable');
      return;
    }
    if (mainBad) this.notify(base || nextSave ? 'save-restored' : 'save-damaged');
    const restored = base !== good(main) || nextSave !== null;
    if (this.writable && restored) this.write(this.data);
  }

  /** Merges in the stored save, which another tab may have written since. */
  private pullStored(): void {
    if (!this.storage || !this.writable) return;
    const text = get(this.storage, this.keys.main);
    if (text === null) return;
    const r = readSave(text);
    if (r.ok) this.data = mergeSaves(this.data, r.save, [...this.unsaved]);
  }

  private onStorage(e: StorageChange): void {
    if (e.key !== this.keys.main || e.newValue === null) return;
    if (e.storageArea !== undefined && e.storageArea !== this.storage) return;
    const r = readSave(e.newValue);
    if (r.ok) this.data = mergeSaves(this.data, r.save, [...this.unsaved]);
  }

  /**
   * Writes `save`: the new copy to "next", the copy it replaces to "backup", then the main key.
   * An unreadable main copy is kept aside first; a newer version's is left alone. Returns
   * whether the main key now holds `save`.
   */
  private write(save: SaveData): boolean {
    const storage = this.storage!;
    const text = serializeSave(save);
    try {
      const previous = storage.getItem(this.keys.main);
      const prior = previous === null ? null : readSave(previous);
      if (prior && !prior.ok) {
        if (prior.problem === 'newer') {
          this.writable = false;
          this.notify('save-newer');
          return false;
        }
        if (!this.keepAside(previous!)) {
          this.writable = false;
          this.notify('save-unreadable');
          return false;
        }
      }
      storage.setItem(this.keys.next, text);
      if (prior?.ok && previous !== text) storage.setItem(this.keys.backup, previous!);
      storage.setItem(this.keys.main, text);
      storage.removeItem(this.keys.next);
      return true;
    } catch (e) {
      console.warn(`Good Deeds: progress could not be saved (${String(e)})`);
      this.notify('save-failed');
      return false;
    }
  }

  /** Copies `text` to the first free ":damaged:<n>" key, unless a copy is already there. */
  private keepAside(text: string): boolean {
    const storage = this.storage!;
    for (let n = 1; n <= MAX_DAMAGED; n++) {
      const key = this.keys.damaged(n);
      const there = get(storage, key);
      if (there === text) return true;
      if (there !== null) continue;
      try {
        storage.setItem(key, text);
        console.warn(`Good Deeds: the unreadable save was kept aside as ${key}`);
        return true;
      } catch {
        return false;
      }
    }
    return false;
  }
}

/**
 * The save under `base` as stored, read only (nothing is restored, moved or written): the main
 * copy, else the backup, else a cut-short "next" copy; null when none can be read. For showing
 * a little of each player's progress in the list of players.
 */
export function peekSave(storage: KeyValueStorage | null, base: string): SaveData | null {
  if (!storage) return null;
  const keys = saveKeysOf(base);
  for (const key of [keys.main, keys.backup, keys.next]) {
    const text = get(storage, key);
    if (text === null) continue;
    const r = readSave(text);
    if (r.ok) return r.save;
  }
  return null;
}

/**
 * Removes every copy of the save under `base`: main, "next", backup and the damaged ones kept
 * aside (a deleted player's progress goes with them). Returns whether all are gone.
 */
export function removeSave(storage: KeyValueStorage | null, base: string): boolean {
  if (!storage) return true;
  const keys = saveKeysOf(base);
  const all = [keys.main, keys.next, keys.backup];
  for (let n = 1; n <= MAX_DAMAGED; n++) all.push(keys.damaged(n));
  let gone = true;
  for (const key of all) {
    try {
      storage.removeItem(key);
    } catch {
      gone = false;
    }
  }
  return gone;
}

/** Every key in `storage`, or null when it cannot list them. */
export function storedKeys(storage: KeyValueStorage | null): string[] | null {
  if (!storage?.key) return null;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return null;
  }
}

function get(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function remove(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Left where it is: it was kept aside already, so the next start finds the copy and moves on.
  }
}

/** Whether a small value can be written and removed again. */
function canWrite(storage: KeyValueStorage): boolean {
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** No keys at all: storage that refuses writes then is turned off (old private modes), not full. */
function isEmpty(storage: KeyValueStorage): boolean {
  try {
    return storage.length === 0;
  } catch {
    return true;
  }
}

/** The browser's localStorage, or null where reading it throws (blocked) or it is missing. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

export function browserEvents(): StorageEvents | null {
  return typeof window === 'undefined' ? null : window;
}
