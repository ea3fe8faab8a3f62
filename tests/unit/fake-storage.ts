// Stand-ins for the browser's localStorage in save tests: in memory, with a size limit, faults
// on demand, and tabs that share one storage and hear each other's writes as `storage` events.
import { SaveStore } from '../../src/platform/save-store';

export interface FakeStorageOptions {
  /** Most characters (keys and values together) it holds; past that, setItem throws. */
  quota?: number;
  /** Every getItem throws (storage blocked). */
  failReads?: boolean;
  /** Every setItem throws (storage turned off, as in old private modes). */
  failWrites?: boolean;
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export class FakeStorage {
  readonly items = new Map<string, string>();
  /** Called after each successful setItem or removeItem, with the key and new value. */
  onChange: ((key: string, value: string | null) => void) | null = null;
  /** Decides, for each setItem, whether it throws; for fault injection. */
  failNextWrite: ((key: string) => boolean) | null = null;
  /**
   * Decides, for each setItem, whether it is torn, as by a crash in the middle of writing: only
   * the first half of the value is stored, then it throws.
   */
  tearNextWrite: ((key: string) => boolean) | null = null;

  constructor(private readonly options: FakeStorageOptions = {}) {}

  get length(): number {
    return this.items.size;
  }

  /** The key at place `index` (in the order keys were first set), as `Storage.key` does. */
  key(index: number): string | null {
    if (this.options.failReads) throw new DOMException('Access is denied.', 'SecurityError');
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.options.failReads) throw new DOMException('Access is denied.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.options.failWrites) throw quotaError();
    if (this.failNextWrite?.(key)) throw quotaError();
    if (this.tearNextWrite?.(key)) {
      this.items.set(key, value.slice(0, Math.floor(value.length / 2)));
      throw new Error('crashed while writing');
    }
    const quota = this.options.quota;
    if (quota !== undefined) {
      const others = [...this.items].reduce(
        (n, [k, v]) => (k === key ? n : n + k.length + v.length),
        0,
      );
      if (others + key.length + value.length > quota) throw quotaError();
    }
    this.items.set(key, value);
    this.onChange?.(key, value);
  }

  removeItem(key: string): void {
    if (!this.items.has(key)) return;
    this.items.delete(key);
    this.onChange?.(key, null);
  }

  /** Everything stored, as a plain object (for assertions). */
  dump(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

/**
 * Several tabs of the game on one storage. As in a browser, a write in one tab reaches the
 * others as a `storage` event, later: events wait in a queue until `deliver()`.
 */
/** One tab's view of the shared storage: its writes reach the other tabs as events. */
export type FakeTabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export class Tabs {
  readonly storage: FakeStorage;
  private readonly targets: EventTarget[] = [];
  private readonly queue: { from: number; key: string; value: string | null }[] = [];
  private writer = -1;

  constructor(storage = new FakeStorage()) {
    this.storage = storage;
    storage.onChange = (key, value) => this.queue.push({ from: this.writer, key, value });
  }

  /** Opens a tab (or reopens one, as a reload) and returns its store. */
  open(index = this.targets.length): SaveStore {
    const { storage, events } = this.tab(index);
    return new SaveStore({ storage, events });
  }

  /** Opens a tab and returns the storage and `storage` events it sees (for other stores). */
  tab(index = this.targets.length): { storage: FakeTabStorage; events: EventTarget } {
    const events = new EventTarget();
    this.targets[index] = events;
    const storage = this.storage;
    const tab = {
      get length() {
        return storage.length;
      },
      getItem: (key: string) => storage.getItem(key),
      key: (i: number) => storage.key(i),
      setItem: (key: string, value: string) => this.as(index, () => storage.setItem(key, value)),
      removeItem: (key: string) => this.as(index, () => storage.removeItem(key)),
    };
    return { storage: tab, events };
  }

  /** Delivers every waiting `storage` event to every tab but the one that wrote. */
  deliver(): void {
    for (const change of this.queue.splice(0)) {
      this.targets.forEach((target, i) => {
        if (i === change.from) return;
        target.dispatchEvent(
          Object.assign(new Event('storage'), { key: change.key, newValue: change.value }),
        );
      });
    }
  }

  private as(index: number, write: () => void): void {
    this.writer = index;
    try {
      write();
    } finally {
      this.writer = -1;
    }
  }
}
