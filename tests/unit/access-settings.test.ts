// Accessibility settings in the save (src/core/progression.ts): optional, so every older save
// loads unchanged with the defaults; bad values count as the default; and relaxed mode against
// a class link's timer (src/core/class-link.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyClassMode,
  applyTimerChoice,
  isRelaxed,
  PLAIN_CLASS,
} from '../../src/core/class-link';
import {
  accessOf,
  DEFAULT_ACCESS,
  emptySave,
  motionReduced,
  readSave,
  serializeSave,
  withSettings,
} from '../../src/core/progression';
import { mergeSaves } from '../../src/core/save-merge';
import type { Level } from '../../src/core/sim-types';

const FIXTURES = new URL('../fixtures/saves/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('older saves', () => {
  it('a version 2 save loads unchanged, with every accessibility setting at its default', () => {
    const text = fixture('v2-chapter-done.json');
    const raw = JSON.parse(text) as { settings: object };
    const r = readSave(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.settings).toEqual(raw.settings);
    expect(accessOf(r.save.settings)).toEqual({
      textSize: 'normal',
      motion: 'device',
      highContrast: false,
      captions: true,
      relaxed: false,
    });
    expect(accessOf(r.save.settings)).toEqual(DEFAULT_ACCESS);
    // Written again, it is the same save: nothing was added to it.
    expect(JSON.parse(serializeSave(r.save))).toEqual(JSON.parse(text));
  });

  it('a version 1 save loads with the defaults too', () => {
    const r = readSave(fixture('v1-mid-campaign.json'));
    expect(r.ok && accessOf(r.save.settings)).toEqual(DEFAULT_ACCESS);
  });

  it('a new player starts with the defaults', () => {
    expect(accessOf(emptySave().settings)).toEqual(DEFAULT_ACCESS);
  });
});

describe('the settings in a save', () => {
  it('are kept through a write and a read', () => {
    const chosen = {
      textSize: 'largest',
      motion: 'on',
      highContrast: true,
      captions: false,
      relaxed: true,
    } as const;
    const save = withSettings(emptySave(), chosen);
    const r = readSave(serializeSave(save));
    expect(r.ok && accessOf(r.save.settings)).toEqual(chosen);
  });

  it('a value this version does not know counts as the default, and the save still loads', () => {
    const text = JSON.stringify({
      ...JSON.parse(serializeSave(emptySave())),
      settings: {
        muted: true,
        lang: 'zh',
        textSize: 'gigantic',
        motion: 7,
        highContrast: 'yes',
        captions: null,
        relaxed: [],
      },
    });
    const r = readSave(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.settings).toMatchObject({ muted: true, lang: 'zh' });
    expect(accessOf(r.save.settings)).toEqual(DEFAULT_ACCESS);
  });

  it('two tabs merge them field by field, like the other settings', () => {
    const older = withSettings(emptySave(), { textSize: 'large', highContrast: true });
    const newer = withSettings(emptySave(), { textSize: 'largest', relaxed: true });
    const merged = mergeSaves(older, newer, ['highContrast']);
    expect(accessOf(merged.settings)).toMatchObject({
      textSize: 'largest',
      highContrast: true,
      relaxed: true,
    });
  });

  it('reduced motion follows the device unless the player chose', () => {
    expect(motionReduced('device', true)).toBe(true);
    expect(motionReduced('device', false)).toBe(false);
    expect(motionReduced('on', false)).toBe(true);
    expect(motionReduced('off', true)).toBe(false);
  });
});

describe('relaxed mode and class links', () => {
  const level = { id: 'x', timeLimitMs: 90_000 } as Level;
  const untimed = { id: 'y', timeLimitMs: null } as Level;
  const classTimerOn = { ...PLAIN_CLASS, levels: ['x'] };
  const classTimerOff = { ...PLAIN_CLASS, timer: false };

  it('outside class links, relaxed mode takes away the time limit', () => {
    expect(applyTimerChoice(level, null, true).timeLimitMs).toBeNull();
    expect(applyTimerChoice(level, null, false)).toBe(level);
    expect(applyTimerChoice(untimed, null, true)).toBe(untimed);
    expect(isRelaxed(null, true)).toBe(true);
    expect(isRelaxed(null, false)).toBe(false);
    expect(level.timeLimitMs).toBe(90_000);
  });

  it('a class link decides the timer, whatever the player chose', () => {
    expect(applyTimerChoice(level, classTimerOn, true)).toBe(level);
    expect(isRelaxed(classTimerOn, true)).toBe(false);
    expect(applyTimerChoice(level, classTimerOff, false).timeLimitMs).toBeNull();
    expect(isRelaxed(classTimerOff, false)).toBe(true);
    // The same path as class mode's own timer off.
    expect(applyTimerChoice(level, classTimerOff, false)).toEqual(
      applyClassMode(level, classTimerOff),
    );
  });
});
