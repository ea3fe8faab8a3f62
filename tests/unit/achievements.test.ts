// Achievements: each rule earned exactly when its milestone is reached, once, at the level where
// it happened; the diary page of a passed level; the texts of every achievement in both languages.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BASE_ACHIEVEMENTS,
  achievementList,
  attemptOf,
  longestRelay,
  type Attempt,
  type Campaign,
} from '../../src/core/achievements';
import { DEED_KINDS, type DeedDef, type DeedKind } from '../../src/core/deeds/deed-defs';
import { emptySave, recordAttempt, recordResult, type SaveData } from '../../src/core/progression';
import { RELAY_WINDOW_MS, type ScoreBreakdown, type Stars } from '../../src/core/scoring';
import type { Character } from '../../src/core/sim-types';
import en from '../../src/ui/locales/en.json';
import zh from '../../src/ui/locales/zh.json';
import { createState, loadLevel } from './helpers';

const CAMPAIGN: Campaign = {
  chapters: [
    { id: 'street', levels: ['a', 'b'] },
    { id: 'village', levels: ['c'] },
  ],
};

interface Play {
  passed?: boolean;
  stars?: Stars;
  /** The kind of each deed done, in order. */
  kinds?: readonly DeedKind[];
  /** Milliseconds between one deed and the next. */
  gapMs?: number;
  character?: Partial<Character>;
  saplings?: number;
}

function attempt(levelId: string, play: Play = {}): Attempt {
  const { passed = true, stars = 1, kinds = ['deliver'], gapMs = 1000, saplings = 0 } = play;
  const lines = kinds.map((kind, i) => ({
    deedId: `d${i}`,
    kind,
    points: 100,
    relay: 0,
    atMs: 1000 + i * gapMs,
  }));
  const breakdown: ScoreBreakdown = {
    lines,
    deedPoints: lines.length * 100,
    relayBonus: 0,
    timeBonus: 0,
    modestyBonus: 0,
    character: { honest: 0, dishonest: 0, modest: 0, rewards: 0, ...play.character },
    total: lines.length * 100,
    stars: passed ? stars : 0,
    passed,
  };
  return { levelId, breakdown, saplings };
}

/** Plays the attempts one after another; returns the save and what each attempt brought. */
function playAll(attempts: readonly Attempt[], start: SaveData = emptySave()) {
  let save = start;
  const brought: (readonly string[])[] = [];
  const pages: (string | null)[] = [];
  for (const a of attempts) {
    const r = recordAttempt(save, a, CAMPAIGN);
    save = r.save;
    brought.push(r.newly.achievements);
    pages.push(r.newly.diaryPage);
  }
  return { save, brought, pages };
}

const times = (n: number, a: Attempt): Attempt[] => Array.from({ length: n }, () => a);

describe('the list', () => {
  it('counts the deed kinds the level schema has, no more and no fewer (checked by tsc)', () => {
    expectTypeOf<DeedKind>().toEqualTypeOf<DeedDef['kind']>();
    expect(new Set(DEED_KINDS).size).toBe(DEED_KINDS.length);
  });

  it('has at least eight achievements, each id once, with an atlas icon', () => {
    const list = achievementList(CAMPAIGN);
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(BASE_ACHIEVEMENTS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    for (const a of list) expect(a.icon).toMatch(/^[a-z0-9-]+$/);
  });

  it('has one achievement per chapter, then every level passed last', () => {
    const ids = achievementList(CAMPAIGN).map((a) => a.id);
    expect(ids.slice(-3)).toEqual(['chapter-street', 'chapter-village', 'every-level']);
  });

  it('every icon is a frame of the art atlas', async () => {
    const atlas = (await import('../../assets/atlas.json')).default as {
      frames: Record<string, unknown>;
    };
    for (const a of achievementList(CAMPAIGN)) expect(atlas.frames).toHaveProperty([a.icon]);
  });

  it('every achievement has a name and how to earn it, in English and Chinese', () => {
    const texts = (locale: typeof en, id: string) =>
      (locale.achievements.list as Record<string, { name: string; how: string } | undefined>)[id];
    for (const a of BASE_ACHIEVEMENTS.concat(achievementList(CAMPAIGN).slice(-1))) {
      for (const locale of [en, zh]) {
        const text = texts(locale, a.id);
        expect(text?.name.trim(), `${a.id} name`).toBeTruthy();
        expect(text?.how.trim(), `${a.id} how`).toBeTruthy();
      }
    }
    for (const locale of [en, zh]) {
      expect(locale.achievements.chapter.name).toContain('{{chapter}}');
      expect(locale.achievements.chapter.how).toContain('{{chapter}}');
    }
  });
});

describe('each achievement', () => {
  it('First Good Deed: the first deed done, even in an attempt that did not pass', () => {
    const none = playAll([attempt('a', { passed: false, kinds: [] })]);
    expect(none.brought).toEqual([[]]);
    const r = playAll([
      attempt('a', { passed: false, kinds: [] }),
      attempt('a', { passed: false }),
    ]);
    expect(r.brought[1]).toContain('first-deed');
    expect(r.save.achievements['first-deed']).toEqual({ level: 'a' });
  });

  it('A Red Star: three stars on a level, not two', () => {
    expect(playAll([attempt('a', { stars: 2 })]).brought[0]).not.toContain('red-star');
    const r = playAll([attempt('a', { stars: 2 }), attempt('b', { stars: 3 })]);
    expect(r.brought[1]).toContain('red-star');
    expect(r.save.achievements['red-star']).toEqual({ level: 'b' });
  });

  it('Relay of Love: three deeds one soon after another, in one attempt', () => {
    const slow = attempt('a', {
      kinds: ['deliver', 'deliver', 'deliver'],
      gapMs: RELAY_WINDOW_MS + 1,
    });
    expect(playAll([slow]).save.achievements).not.toHaveProperty(['relay-of-love']);
    const two = attempt('a', { kinds: ['deliver', 'escort'], gapMs: 2000 });
    expect(playAll([two, two]).save.achievements).not.toHaveProperty(['relay-of-love']);
    const quick = attempt('a', { kinds: ['deliver', 'escort', 'repair'], gapMs: RELAY_WINDOW_MS });
    expect(playAll([quick]).brought[0]).toContain('relay-of-love');
  });

  it('"It\'s My Duty": thanks answered modestly three times, over several levels', () => {
    const once = attempt('a', { character: { modest: 1 } });
    const r = playAll([once, once, attempt('b', { character: { modest: 1, rewards: 2 } })]);
    expect(r.brought.map((b) => b.includes('its-my-duty'))).toEqual([false, false, true]);
    expect(r.save.achievements['its-my-duty']).toEqual({ level: 'b' });
  });

  it('Honest Heart: three honest choices; dishonest ones do not count', () => {
    const dishonest = attempt('a', { character: { dishonest: 5, honest: 1 } });
    const r = playAll([dishonest, dishonest]);
    expect(r.save.achievements).not.toHaveProperty(['honest-heart']);
    expect(playAll([attempt('a', { character: { honest: 1 } })], r.save).brought[0]).toContain(
      'honest-heart',
    );
  });

  it('Green Fingers: ten saplings planted in all', () => {
    const r = playAll([attempt('c', { saplings: 6 }), attempt('c', { saplings: 3 })]);
    expect(r.save.achievements).not.toHaveProperty(['green-fingers']);
    expect(r.save.tally.saplings).toBe(9);
    const more = playAll([attempt('c', { passed: false, saplings: 1 })], r.save);
    expect(more.brought[0]).toContain('green-fingers');
  });

  it('Never Give Up: passing a level after an attempt at it that did not pass', () => {
    expect(playAll([attempt('a')]).save.achievements).not.toHaveProperty(['never-give-up']);
    const r = playAll([
      attempt('a', { passed: false }),
      attempt('a', { passed: false }),
      attempt('a'),
    ]);
    expect(r.brought.map((b) => b.includes('never-give-up'))).toEqual([false, false, true]);
    // A level passed before and failed since is not "passing after failing".
    const again = playAll([attempt('a'), attempt('a', { passed: false }), attempt('a')]);
    expect(again.save.achievements).not.toHaveProperty(['never-give-up']);
  });

  it('Helping Hand: fifty deeds in all', () => {
    const five = attempt('a', { kinds: Array<DeedKind>(5).fill('deliver') });
    const r = playAll(times(9, five));
    expect(r.save.tally.deeds).toBe(45);
    expect(r.save.achievements).not.toHaveProperty(['helping-hand']);
    expect(playAll([five], r.save).brought[0]).toContain('helping-hand');
  });

  it('All Kinds of Kindness: every kind of deed done at least once', () => {
    const allButOne = attempt('a', { kinds: DEED_KINDS.slice(0, -1), gapMs: 60_000 });
    const r = playAll([allButOne, allButOne]);
    expect(r.save.achievements).not.toHaveProperty(['ten-kinds']);
    const last = attempt('b', { kinds: DEED_KINDS.slice(-1) });
    expect(playAll([last], r.save).brought[0]).toContain('ten-kinds');
  });

  it('a chapter: every level of it passed; every level: the whole campaign passed', () => {
    const r = playAll([attempt('a'), attempt('c'), attempt('b', { passed: false }), attempt('b')]);
    expect(r.brought[1]).toContain('chapter-village');
    expect(r.brought[2]).not.toContain('chapter-street');
    expect(r.brought[3]).toEqual(expect.arrayContaining(['chapter-street', 'every-level']));
    expect(r.save.achievements['every-level']).toEqual({ level: 'b' });
    expect(r.brought.slice(0, 3).flat()).not.toContain('every-level');
  });

  it('an empty campaign or chapter is never "complete"', () => {
    const empty: Campaign = { chapters: [{ id: 'none', levels: [] }] };
    const r = recordAttempt(emptySave(), attempt('a'), empty);
    expect(r.newly.achievements).not.toContain('chapter-none');
    expect(r.newly.achievements).not.toContain('every-level');
  });
});

describe('earning', () => {
  it('each achievement once: a later attempt keeps the level where it was first earned', () => {
    const r = playAll([attempt('a', { stars: 3 }), attempt('b', { stars: 3 })]);
    expect(r.brought[0]).toContain('red-star');
    expect(r.brought[1]).not.toContain('red-star');
    expect(r.save.achievements['red-star']).toEqual({ level: 'a' });
  });

  it('several at once come in list order', () => {
    const first = attempt('c', { stars: 3, kinds: ['plant', 'plant', 'plant'], saplings: 10 });
    const { brought } = playAll([first]);
    expect(brought[0]).toEqual([
      'first-deed',
      'red-star',
      'relay-of-love',
      'green-fingers',
      'chapter-village',
    ]);
  });

  it('an achievement the save has from a removed chapter is kept', () => {
    const save: SaveData = { ...emptySave(), achievements: { 'chapter-gone': { level: 'x' } } };
    expect(recordAttempt(save, attempt('a'), CAMPAIGN).save.achievements).toHaveProperty([
      'chapter-gone',
    ]);
  });

  it('leaves the given save unchanged', () => {
    const before = playAll([attempt('a')]).save;
    const copy = JSON.stringify(before);
    recordAttempt(before, attempt('b', { stars: 3 }), CAMPAIGN);
    expect(JSON.stringify(before)).toBe(copy);
  });
});

describe('diary pages', () => {
  it('a pass collects the level’s page once; an attempt that does not pass collects none', () => {
    const r = playAll([attempt('b', { passed: false }), attempt('b'), attempt('a'), attempt('b')]);
    expect(r.pages).toEqual([null, 'b', 'a', null]);
    expect(r.save.diary).toEqual(['a', 'b']);
  });

  it('recordResult alone collects the page too', () => {
    expect(recordResult(emptySave(), 'a', attempt('a').breakdown).diary).toEqual(['a']);
  });
});

describe('running totals', () => {
  it('add up the deeds, honest and modest answers, saplings and kinds of every attempt', () => {
    const r = playAll([
      attempt('a', { kinds: ['deliver', 'escort'], character: { honest: 1, modest: 2 } }),
      attempt('b', { passed: false, kinds: ['plant'], saplings: 4, character: { honest: 2 } }),
    ]);
    expect(r.save.tally).toEqual({
      deeds: 3,
      honest: 3,
      modest: 2,
      saplings: 4,
      bestRelay: 2,
      kinds: ['deliver', 'escort', 'plant'],
    });
  });

  it('the longest relay counts deeds each within the window of the one before', () => {
    const at = (...ms: number[]) => ms.map((atMs) => ({ atMs }));
    expect(longestRelay([])).toBe(0);
    expect(longestRelay(at(0))).toBe(1);
    expect(
      longestRelay(at(0, RELAY_WINDOW_MS, 2 * RELAY_WINDOW_MS + 1, 2 * RELAY_WINDOW_MS + 2)),
    ).toBe(2);
    expect(longestRelay(at(0, 1000, 2000, 60_000, 61_000))).toBe(3);
  });

  it('progress shows how far along a counted achievement is', () => {
    const r = playAll([attempt('c', { saplings: 4 })]);
    const green = BASE_ACHIEVEMENTS.find((a) => a.id === 'green-fingers')!;
    expect(green.goal).toBe(10);
    expect(green.progress?.(r.save)).toBe(4);
  });
});

describe('from a real level', () => {
  it('attemptOf takes the level id, the breakdown and the saplings planted from the state', () => {
    const state = createState(loadLevel('01-rainy-morning'));
    state.planted.push({ x: 1, y: 1 }, { x: 2, y: 1 });
    const a = attemptOf(state);
    expect(a.levelId).toBe('01-rainy-morning');
    expect(a.saplings).toBe(2);
    expect(a.breakdown.passed).toBe(false);
  });
});
