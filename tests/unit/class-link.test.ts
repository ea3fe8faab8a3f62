// Class links: what the teacher's page writes, the game reads back, and what it changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLAIN_CLASS,
  applyClassMode,
  classLevels,
  classLink,
  decodeClassParams,
  encodeClassParams,
  firstToPlay,
  isOpenInClass,
  leavesClassMode,
  nextClassLevel,
  wantsTeacherPage,
  type ClassSettings,
} from '../../src/core/class-link';
import { emptySave, recordResult } from '../../src/core/progression';
import type { ScoreBreakdown } from '../../src/core/scoring';
import type { Level } from '../../src/core/sim-types';

const ORDER = ['01-a', '02-b', '03-c', '04-d', '05-e', '06-f'];

const settings = fc.record({
  levels: fc.option(fc.subarray(ORDER, { minLength: 1 }), { nil: null }),
  timer: fc.boolean(),
  lang: fc.constantFrom<'en' | 'zh' | null>('en', 'zh', null),
  soundOff: fc.boolean(),
  largePrint: fc.boolean(),
});

/** A list of every level means the same as "all". */
function canonical(s: ClassSettings): ClassSettings {
  return s.levels?.length === ORDER.length ? { ...s, levels: null } : s;
}

const passed: ScoreBreakdown = {
  lines: [],
  deedPoints: 300,
  relayBonus: 0,
  timeBonus: 0,
  modestyBonus: 0,
  character: null,
  total: 300,
  stars: 1,
  passed: true,
};

describe('a class link', () => {
  it('reads back every setting it was made with', () => {
    fc.assert(
      fc.property(settings, (s) => {
        expect(decodeClassParams(encodeClassParams(s, ORDER), ORDER)).toEqual(canonical(s));
      }),
    );
  });

  it('is short: levels by place, consecutive ones as a range, only what differs from usual', () => {
    expect(
      encodeClassParams(
        {
          levels: ['01-a', '02-b', '03-c', '05-e'],
          timer: false,
          lang: 'zh',
          soundOff: true,
          largePrint: true,
        },
        ORDER,
      ),
    ).toBe('class=1-3,5&timer=off&lang=zh&sound=off&print=large');
    expect(encodeClassParams(PLAIN_CLASS, ORDER)).toBe('class=all');
    expect(encodeClassParams({ ...PLAIN_CLASS, levels: ['02-b', '06-f'] }, ORDER)).toBe(
      'class=2,6',
    );
  });

  it('replaces the query and fragment of the address it is built on', () => {
    expect(
      classLink(
        'https://school.example/game/?teacher#top',
        { ...PLAIN_CLASS, timer: false },
        ORDER,
      ),
    ).toBe('https://school.example/game/?class=all&timer=off');
  });

  it('also accepts level ids, ranges written backwards, and spaces, and ignores unknown levels', () => {
    const read = decodeClassParams('?class=05-e,3-2,99,nope,%2001-a', ORDER);
    expect(read?.levels).toEqual(['01-a', '02-b', '03-c', '05-e']);
  });

  it('opens every level when it names none the game knows', () => {
    expect(decodeClassParams('?class=42,zzz', ORDER)?.levels).toBeNull();
    expect(decodeClassParams('?class=', ORDER)).toEqual(PLAIN_CLASS);
  });

  it('is not a class link without the class parameter, or with class=off', () => {
    expect(decodeClassParams('?lang=zh&timer=off', ORDER)).toBeNull();
    expect(decodeClassParams('?class=off', ORDER)).toBeNull();
    expect(leavesClassMode('?class=OFF')).toBe(true);
    expect(leavesClassMode('?class=1')).toBe(false);
  });

  it('leaves a setting it cannot read as usual', () => {
    expect(decodeClassParams('?class=1&timer=maybe&lang=fr&sound=loud&print=huge', ORDER)).toEqual({
      ...PLAIN_CLASS,
      levels: ['01-a'],
    });
  });

  it('never throws on any query', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        void decodeClassParams(`?class=${q}`, ORDER);
        void decodeClassParams(q, ORDER);
      }),
    );
  });

  it('the teacher page is asked for with ?teacher', () => {
    expect(wantsTeacherPage('?teacher')).toBe(true);
    expect(wantsTeacherPage('?lang=zh&teacher=1')).toBe(true);
    expect(wantsTeacherPage('?class=1')).toBe(false);
  });
});

describe('in class mode', () => {
  const s: ClassSettings = { ...PLAIN_CLASS, levels: ['03-c', '05-e'] };

  it('only the chosen levels are shown, and they are open whatever was passed before', () => {
    expect(classLevels(s, ORDER)).toEqual(['03-c', '05-e']);
    expect(classLevels(null, ORDER)).toEqual(ORDER);
    const save = emptySave();
    expect(ORDER.filter((id) => isOpenInClass(save, ORDER, s, id))).toEqual(['03-c', '05-e']);
    expect(ORDER.filter((id) => isOpenInClass(save, ORDER, null, id))).toEqual(['01-a']);
    expect(ORDER.filter((id) => isOpenInClass(save, ORDER, PLAIN_CLASS, id))).toEqual(['01-a']);
  });

  it('Play starts the first chosen level not passed yet, then the first when all are passed', () => {
    let save = emptySave();
    expect(firstToPlay(save, ORDER, s)).toBe('03-c');
    save = recordResult(save, '03-c', passed);
    expect(firstToPlay(save, ORDER, s)).toBe('05-e');
    save = recordResult(save, '05-e', passed);
    expect(firstToPlay(save, ORDER, s)).toBe('03-c');
    expect(firstToPlay(emptySave(), ORDER, null)).toBe('01-a');
  });

  it('the next level is the next chosen one', () => {
    expect(nextClassLevel(ORDER, s, '03-c')).toBe('05-e');
    expect(nextClassLevel(ORDER, s, '05-e')).toBeNull();
    expect(nextClassLevel(ORDER, null, '03-c')).toBe('04-d');
    expect(nextClassLevel(ORDER, s, 'zzz')).toBeNull();
  });

  it('the timer off takes away the time limit, and only then', () => {
    const level = { id: 'x', timeLimitMs: 90_000 } as Level;
    expect(applyClassMode(level, { ...s, timer: false }).timeLimitMs).toBeNull();
    expect(applyClassMode(level, { ...s, timer: false })).not.toBe(level);
    expect(applyClassMode(level, s)).toBe(level);
    expect(applyClassMode(level, null)).toBe(level);
    expect(level.timeLimitMs).toBe(90_000);
  });
});
