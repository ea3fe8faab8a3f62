// Progress codes: what a student hands in reads back the same, and typing mistakes are caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classTableCsv,
  readClassCodes,
  rowTotals,
  type CsvLabels,
} from '../../src/core/class-table';
import { emptySave, recordResult } from '../../src/core/progression';
import {
  CODE_ALPHABET,
  MAX_CODE_SCORE,
  decodeProgress,
  encodeProgress,
  progressFromSave,
  type LevelMark,
  type Progress,
} from '../../src/core/progress-code';
import type { ScoreBreakdown, Stars } from '../../src/core/scoring';

const mark = fc
  .record({ passed: fc.boolean(), stars: fc.constantFrom<Stars>(0, 1, 2, 3) })
  .map((m): LevelMark => (m.passed ? m : { passed: false, stars: 0 }));

const progress = fc.record({
  levels: fc.array(mark, { maxLength: 40 }),
  totalScore: fc.integer({ min: 0, max: MAX_CODE_SCORE }),
});

/** The levels up to the last one passed: what a code keeps. */
function trimmed(levels: readonly LevelMark[]): LevelMark[] {
  const out = [...levels];
  while (out.length > 0 && !out[out.length - 1]!.passed) out.pop();
  return out;
}

function bare(code: string): string {
  return code.replace(/-/g, '');
}

function result(passed: boolean, total: number, stars: Stars): ScoreBreakdown {
  return {
    lines: [],
    deedPoints: total,
    relayBonus: 0,
    timeBonus: 0,
    modestyBonus: 0,
    character: null,
    total,
    stars,
    passed,
  };
}

describe('a progress code', () => {
  it('reads back the levels passed, their stars and the total score to the nearest ten', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const read = decodeProgress(encodeProgress(p));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.progress.levels).toEqual(trimmed(p.levels));
        expect(Math.abs(read.progress.totalScore - p.totalScore)).toBeLessThanOrEqual(5);
        expect(read.progress.totalScore % 10).toBe(0);
      }),
    );
  });

  it('is short: twelve levels all passed fit in fourteen characters', () => {
    const p: Progress = {
      levels: Array.from({ length: 12 }, () => ({ passed: true, stars: 3 })),
      totalScore: 9870,
    };
    const code = encodeProgress(p);
    expect(bare(code).length).toBeLessThanOrEqual(14);
    expect(code).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{1,4})+$/);
  });

  it('is made from the save: passed levels with their best stars, best scores added up', () => {
    let save = emptySave();
    save = recordResult(save, 'a', result(true, 320, 1));
    save = recordResult(save, 'a', result(true, 480, 3));
    save = recordResult(save, 'b', result(false, 100, 0));
    save = recordResult(save, 'c', result(true, 250, 0));
    const p = progressFromSave(save, ['a', 'b', 'c', 'd']);
    expect(p).toEqual({
      levels: [
        { passed: true, stars: 3 },
        { passed: false, stars: 0 },
        { passed: true, stars: 0 },
        { passed: false, stars: 0 },
      ],
      totalScore: 730,
    });
    const read = decodeProgress(encodeProgress(p));
    expect(read.ok && read.progress.levels).toEqual(p.levels.slice(0, 3));
  });

  it('of a new player says nothing passed', () => {
    const code = encodeProgress(progressFromSave(emptySave(), ['a', 'b']));
    const read = decodeProgress(code);
    expect(read).toMatchObject({ ok: true, progress: { levels: [], totalScore: 0 } });
  });

  it('is read in any case, with spaces or hyphens anywhere, O as 0 and I or L as 1', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const code = encodeProgress(p);
        const sloppy = bare(code)
          .toLowerCase()
          .replace(/0/g, 'o')
          .replace(/1/g, (_, i: number) => (i % 2 ? 'l' : 'I'))
          .replace(/(.{3})/g, '$1 ');
        const read = decodeProgress(` ${sloppy}- `);
        expect(read.ok && read.code).toBe(code);
      }),
    );
  });

  it('with any one character changed to another is refused', () => {
    fc.assert(
      fc.property(progress, fc.nat(), fc.integer({ min: 1, max: 31 }), (p, at, shift) => {
        const chars = [...bare(encodeProgress(p))];
        const i = at % chars.length;
        chars[i] = CODE_ALPHABET[(CODE_ALPHABET.indexOf(chars[i]!) + shift) % 32]!;
        expect(decodeProgress(chars.join('')).ok).toBe(false);
      }),
    );
  });

  it('with two neighbouring characters swapped is refused', () => {
    fc.assert(
      fc.property(progress, fc.nat(), (p, at) => {
        const chars = [...bare(encodeProgress(p))];
        const i = at % (chars.length - 1);
        fc.pre(chars[i] !== chars[i + 1]);
        [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
        expect(decodeProgress(chars.join('')).ok).toBe(false);
      }),
    );
  });

  it('catches every single typo and every swap of one real code, exhaustively', () => {
    const code = bare(
      encodeProgress({
        levels: [
          { passed: true, stars: 3 },
          { passed: true, stars: 2 },
          { passed: false, stars: 0 },
          { passed: true, stars: 1 },
        ],
        totalScore: 1520,
      }),
    );
    for (let i = 0; i < code.length; i++) {
      for (const c of CODE_ALPHABET) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(decodeProgress(typo).ok, typo).toBe(false);
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swap = code.slice(0, i) + code[i + 1]! + code[i]! + code.slice(i + 2);
        expect(decodeProgress(swap).ok, swap).toBe(false);
      }
    }
  });

  it('says what is wrong: empty, a character not in codes, a bad check, not a code', () => {
    const code = bare(encodeProgress({ levels: [{ passed: true, stars: 2 }], totalScore: 300 }));
    expect(decodeProgress(' - ')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeProgress(`${code}U`)).toEqual({ ok: false, problem: 'character' });
    expect(decodeProgress(`${code}!`)).toEqual({ ok: false, problem: 'character' });
    const last = code[code.length - 1] === '0' ? '1' : '0';
    expect(decodeProgress(code.slice(0, -1) + last)).toEqual({ ok: false, problem: 'check' });
    expect(decodeProgress('1AB')).toEqual({ ok: false, problem: 'format' });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const read = decodeProgress(s);
        expect(typeof read.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CODE_ALPHABET), { maxLength: 30 }),
        (chars) => void decodeProgress(chars.join('')),
      ),
    );
  });

  it('saturates a total score too large to hold', () => {
    const read = decodeProgress(encodeProgress({ levels: [], totalScore: 1e9 }));
    expect(read.ok && read.progress.totalScore).toBe(MAX_CODE_SCORE);
  });
});

describe('the class table', () => {
  const one = encodeProgress({
    levels: [
      { passed: true, stars: 2 },
      { passed: true, stars: 3 },
    ],
    totalScore: 870,
  });
  const two = encodeProgress({ levels: [{ passed: true, stars: 1 }], totalScore: 210 });

  it('reads a code alone, a name and a comma, a name and spaces, and a code written in parts', () => {
    const rows = readClassCodes(
      `${one}\n\n  Li Wei, ${two}\nZhang Min ${one.toLowerCase()}\nAnna\t${two}\nBo ${one.replace(/-/g, ' ')}\n`,
    );
    expect(rows.map((r) => (r.ok ? [r.name, r.code] : r.line))).toEqual([
      ['', one],
      ['Li Wei', two],
      ['Zhang Min', one],
      ['Anna', two],
      ['Bo', one],
    ]);
  });

  it('keeps a line with a typo as a problem row, saying the check failed', () => {
    const typo = one.slice(0, -1) + (one.endsWith('A') ? 'B' : 'A');
    const rows = readClassCodes(`Li Wei ${typo}\nnot a code at all!`);
    expect(rows).toEqual([
      { ok: false, line: `Li Wei ${typo}`, problem: 'check' },
      { ok: false, line: 'not a code at all!', problem: 'character' },
    ]);
  });

  it('counts levels passed and stars', () => {
    const [row] = readClassCodes(one);
    expect(row?.ok && rowTotals(row.progress)).toEqual({ passed: 2, stars: 5 });
  });

  it('saves as CSV with headings, one line per readable code, quoted and formula-safe', () => {
    const labels: CsvLabels = {
      name: 'Name',
      code: 'Code',
      passed: 'Levels passed',
      stars: 'Stars',
      score: 'Score',
      levels: ['1. Rain, and wind', '2. Across', '3. Tyre'],
      cell: (passed, stars) => (passed ? `passed ${stars}` : ''),
    };
    const csv = classTableCsv(readClassCodes(`"Wei" Li, ${one}\n=SUM(A1), ${two}\nbroken`), labels);
    expect(csv).toBe(
      [
        'Name,Code,Levels passed,Stars,Score,"1. Rain, and wind",2. Across,3. Tyre',
        `"""Wei"" Li",${one},2,5,870,passed 2,passed 3,`,
        `'=SUM(A1),${two},1,1,210,passed 1,,`,
        '',
      ].join('\r\n'),
    );
  });
});
