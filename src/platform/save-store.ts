// Keeps the save in localStorage. A damaged save is kept aside under another key and
// reported, never silently wiped; without storage the game still plays and says so.
import { emptySave, parseSave, serializeSave, type SaveData } from '../core/progression';

const KEY = 'good-deeds:save';

export type StoreNotice = 'storage-unavailable' | 'save-damaged' | 'save-failed';

export class SaveStore {
  private data: SaveData;
  readonly notices: StoreNotice[] = [];
  private readonly storage: Storage | null;

  constructor(storage: Storage | null = safeLocalStorage()) {
    this.storage = storage;
    this.data = emptySave();
    if (!storage) {
      this.notices.push('storage-unavailable');
      return;
    }
    const text = readKey(storage, KEY);
    if (text === null) return;
    const parsed = parseSave(text);
    if (parsed.ok) {
      this.data = parsed.save;
      return;
    }
    console.warn(`Good Deeds: ${parsed.reason}; it was kept aside as ${KEY}:damaged`);
    try {
      storage.setItem(`${KEY}:damaged`, text);
    } catch {
      // Keeping the damaged copy aside failed; leave it where it is rather than overwrite it.
      this.storage = null;
    }
    this.notices.push('save-damaged');
  }

  get save(): SaveData {
    return this.data;
  }

  update(change: (s: SaveData) => SaveData): SaveData {
    this.data = change(this.data);
    if (this.storage) {
      try {
        this.storage.setItem(KEY, serializeSave(this.data));
      } catch {
        if (!this.notices.includes('save-failed')) this.notices.push('save-failed');
      }
    }
    return this.data;
  }
}

function readKey(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${KEY}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}
