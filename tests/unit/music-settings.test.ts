// Music and effects volumes in the save (optional, with defaults, so older saves still load),
// and the music files: one theme for the title and for every chapter, within size and length.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import campaign from '../../levels/campaign.json';
import manifest from '../../assets/music/music.json';
import { createSilentMusic, themeOfLevel, tracksOf } from '../../src/audio/music';
import {
  DEFAULT_MUSIC_VOLUME,
  DEFAULT_SFX_VOLUME,
  emptySave,
  parseSave,
  serializeSave,
  volumesOf,
  withSettings,
} from '../../src/core/progression';
import { SAVE_KEYS, SaveStore } from '../../src/platform/save-store';
import { FakeStorage, Tabs } from './fake-storage';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/saves/${name}`, import.meta.url), 'utf8');

function load(text: string) {
  const r = parseSave(text);
  if (!r.ok) throw new Error(r.reason);
  return r.save;
}

describe('volume settings', () => {
  it('default to 0.6 for music and 0.8 for effects', () => {
    expect(DEFAULT_MUSIC_VOLUME).toBe(0.6);
    expect(DEFAULT_SFX_VOLUME).toBe(0.8);
    expect(volumesOf(emptySave().settings)).toEqual({ music: 0.6, sfx: 0.8 });
  });

  it.each(['v1-new-player.json', 'v1-mid-campaign.json', 'v2-chapter-done.json'])(
    'an older save without volumes (%s) loads, with its progress, and the default volumes',
    (name) => {
      const text = fixture(name);
      expect(text).not.toContain('Volume');
      const save = load(text);
      expect(Object.keys(save.levels)).toEqual(
        Object.keys((JSON.parse(text) as { levels: object }).levels),
      );
      expect(volumesOf(save.settings)).toEqual({ music: 0.6, sfx: 0.8 });
    },
  );

  it('survive a round trip through the saved text', () => {
    const save = withSettings(emptySave(), { musicVolume: 0.25, sfxVolume: 1 });
    const again = load(serializeSave(save));
    expect(again.settings).toMatchObject({ musicVolume: 0.25, sfxVolume: 1 });
    expect(volumesOf(again.settings)).toEqual({ music: 0.25, sfx: 1 });
    // Zero is a volume, not a missing one.
    const silent = load(serializeSave(withSettings(save, { musicVolume: 0, sfxVolume: 0 })));
    expect(volumesOf(silent.settings)).toEqual({ music: 0, sfx: 0 });
  });

  it.each([7, -1, 'loud', null, [0.5]])(
    'a volume that makes no sense (%j) is taken as unset, and the progress is kept',
    (bad) => {
      const good = withSettings(emptySave(), { muted: true });
      const raw = JSON.parse(serializeSave(good)) as { settings: Record<string, unknown> };
      raw.settings['musicVolume'] = bad;
      raw.settings['sfxVolume'] = 0.3;
      const save = load(JSON.stringify(raw));
      expect(volumesOf(save.settings)).toEqual({ music: 0.6, sfx: 0.3 });
      expect(save.settings.muted).toBe(true);
    },
  );

  it('are kept by the store across a reload, and merged field by field with another tab', () => {
    const storage = new FakeStorage();
    const store = new SaveStore({ storage, events: null });
    store.update((s) => withSettings(s, { musicVolume: 0.35 }));
    store.update((s) => withSettings(s, { sfxVolume: 0.9 }));
    const stored = JSON.parse(storage.items.get(SAVE_KEYS.main)!) as { settings: object };
    expect(stored.settings).toMatchObject({ musicVolume: 0.35, sfxVolume: 0.9 });
    const reopened = new SaveStore({ storage, events: null });
    expect(volumesOf(reopened.save.settings)).toEqual({ music: 0.35, sfx: 0.9 });

    const tabs = new Tabs();
    const a = tabs.open();
    const b = tabs.open();
    a.update((s) => withSettings(s, { musicVolume: 0.1 }));
    b.update((s) => withSettings(s, { sfxVolume: 0.2 }));
    expect(volumesOf(tabs.open().save.settings)).toEqual({ music: 0.1, sfx: 0.2 });
  });
});

describe('music files', () => {
  const themes = ['title', ...campaign.chapters.map((c) => c.id)];
  const entries: Record<string, { src: string; loop: number[]; seconds: number }> = manifest;

  it.each(themes)(
    'there is a theme "%s" (run `npm run assets:music` after adding a chapter)',
    (name) => {
      const entry = entries[name];
      expect(entry, `assets/music/music.json has no "${name}"`).toBeDefined();
      const file = new URL(`../../assets/music/${entry!.src}`, import.meta.url);
      expect(existsSync(file)).toBe(true);
      const kB = statSync(file).size / 1024;
      expect(kB).toBeGreaterThan(100);
      expect(kB).toBeLessThan(260);
      expect(entry!.seconds).toBeGreaterThanOrEqual(16);
      expect(entry!.seconds).toBeLessThanOrEqual(24);
      const [start, length] = entry!.loop;
      expect(start).toBeGreaterThan(0);
      expect(length! / 1000).toBeCloseTo(entry!.seconds, 2);
    },
  );

  it('each theme gets its file address, and a level its chapter’s theme', () => {
    const urls = { '../assets/music/title.mp3': '/assets/title-abc123.mp3' };
    expect(tracksOf(manifest, urls)).toEqual({
      title: { src: '/assets/title-abc123.mp3', loop: manifest.title.loop },
    });
    const chapters = [
      { id: 'one', levels: ['a', 'b'] },
      { id: 'two', levels: ['c'] },
    ];
    expect(themeOfLevel(chapters, 'c')).toBe('two');
    expect(themeOfLevel(chapters, 'a')).toBe('one');
    expect(themeOfLevel(chapters, 'dropped-file')).toBe('one');
    expect(themeOfLevel([], 'x')).toBe('title');
  });

  it('the silent double remembers what it was asked, and keeps volumes within 0..1', () => {
    const music = createSilentMusic();
    music.play('title');
    music.play('first-steps');
    music.setVolume(3);
    expect(music.played).toEqual(['title', 'first-steps']);
    expect(music.volume).toBe(1);
    music.setVolume(-2);
    expect(music.volume).toBe(0);
  });
});
