// The progress code: a short code a student shows or hands in (`1A2B-C3D4-E5`) that says which
// campaign levels they passed, with how many stars, and their best scores added up. The
// teacher's page turns codes back into rows of a class table; nothing goes through a server.
//
// Written in Crockford's base 32 (digits and letters without I, L, O, U; read without regard to
// case, with O read as 0 and I or L as 1; hyphens and spaces ignored). The last two characters
// are a check: the whole code, read as one base-32 number, is a multiple of the prime 1021, so
// any one character typed wrong and any two neighbours swapped are always noticed.
//
// Inside, as bits: the format version (5 bits, so the code starts with "1"), the number of
// levels n (6 bits), each level's mark as one base-5 number (0 not passed, 1 + stars when
// passed), the sum of the best scores in tens (12 bits), zero bits up to a whole character,
// then the two check characters. Levels after the last one passed are left out.
import type { LevelProgress, SaveData } from './progression';
import type { Stars } from './scoring';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_VERSION = 1;
/** The check: a full code read as a base-32 number is a multiple of this prime. */
const CHECK_PRIME = 1021;
const VERSION_BITS = 5;
const COUNT_BITS = 6;
const SCORE_BITS = 12;
/** Scores are kept in tens. */
const SCORE_UNIT = 10;
/** The most levels a code can hold. */
export const MAX_CODE_LEVELS = 2 ** COUNT_BITS - 1;
/** The largest total score a code can say (larger ones are written as this). */
export const MAX_CODE_SCORE = (2 ** SCORE_BITS - 1) * SCORE_UNIT;

/** One level in a code: passed or not, and the best stars. */
export interface LevelMark {
  readonly passed: boolean;
  readonly stars: Stars;
}

/** What a progress code says. */
export interface Progress {
  /** One mark per campaign level, in order (a decoded code lists only up to the last passed). */
  readonly levels: readonly LevelMark[];
  /** The sum of the best scores, to the nearest ten. */
  readonly totalScore: number;
}

export type CodeProblem =
  /** Nothing but spaces and hyphens. */
  | 'empty'
  /** A character that is not in the code alphabet. */
  | 'character'
  /** The check does not match: a character was typed wrong or two swapped. */
  | 'check'
  /** Too short, too long, or not made by this game. */
  | 'format';

export type CodeReadResult =
  | { readonly ok: true; readonly progress: Progress; readonly code: string }
  | { readonly ok: false; readonly problem: CodeProblem };

/** What the save says about each level of `order`, and the best scores added up. */
export function progressFromSave(save: SaveData, order: readonly string[]): Progress {
  let total = 0;
  const levels = order.map((id): LevelMark => {
    const p: LevelProgress | undefined = Object.hasOwn(save.levels, id)
      ? save.levels[id]
      : undefined;
    if (!p?.passed) return { passed: false, stars: 0 };
    total += p.bestScore;
    return { passed: true, stars: p.bestStars };
  });
  return { levels, totalScore: total };
}

/** The code for `progress`, in groups of four characters joined by hyphens. */
export function encodeProgress(progress: Progress): string {
  const marks = progress.levels.map(markDigit);
  let n = marks.length;
  while (n > 0 && marks[n - 1] === 0) n--;
  n = Math.min(n, MAX_CODE_LEVELS);
  let packed = 0n;
  for (let i = n - 1; i >= 0; i--) packed = packed * 5n + BigInt(marks[i]!);
  const score = Math.min(
    2 ** SCORE_BITS - 1,
    Math.max(0, Math.round(finite(progress.totalScore) / SCORE_UNIT)),
  );
  const bits =
    toBits(BigInt(CODE_VERSION), VERSION_BITS) +
    toBits(BigInt(n), COUNT_BITS) +
    toBits(packed, marksBits(n)) +
    toBits(BigInt(score), SCORE_BITS);
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  const values: number[] = [];
  for (let i = 0; i < padded.length; i += 5) values.push(parseInt(padded.slice(i, i + 5), 2));
  const check =
    (CHECK_PRIME - ((remainder(values) * (1024 % CHECK_PRIME)) % CHECK_PRIME)) % CHECK_PRIME;
  values.push(check >> 5, check & 31);
  return group(values.map((v) => CODE_ALPHABET[v]!).join(''));
}

/** Reads a code as a person may have typed it: any case, with or without hyphens and spaces. */
export function decodeProgress(text: string): CodeReadResult {
  const values: number[] = [];
  for (const ch of text.toUpperCase()) {
    if (ch === '-' || /\s/.test(ch)) continue;
    const v = CODE_ALPHABET.indexOf(ch === 'O' ? '0' : ch === 'I' || ch === 'L' ? '1' : ch);
    if (v < 0) return { ok: false, problem: 'character' };
    values.push(v);
  }
  if (values.length === 0) return { ok: false, problem: 'empty' };
  const minChars = Math.ceil((VERSION_BITS + COUNT_BITS + SCORE_BITS) / 5) + 2;
  if (values.length < minChars) return { ok: false, problem: 'format' };
  if (remainder(values) !== 0) return { ok: false, problem: 'check' };
  const bits = values
    .slice(0, -2)
    .map((v) => v.toString(2).padStart(5, '0'))
    .join('');
  let at = 0;
  const take = (count: number): bigint => {
    const part = bits.slice(at, at + count);
    at += count;
    return part === '' ? 0n : BigInt(`0b${part}`);
  };
  if (take(VERSION_BITS) !== BigInt(CODE_VERSION)) return { ok: false, problem: 'format' };
  const n = Number(take(COUNT_BITS));
  const width = VERSION_BITS + COUNT_BITS + marksBits(n) + SCORE_BITS;
  if (bits.length !== Math.ceil(width / 5) * 5) return { ok: false, problem: 'format' };
  let packed = take(marksBits(n));
  if (packed >= 5n ** BigInt(n)) return { ok: false, problem: 'format' };
  const score = Number(take(SCORE_BITS));
  if (/1/.test(bits.slice(at))) return { ok: false, problem: 'format' };
  const levels: LevelMark[] = [];
  for (let i = 0; i < n; i++) {
    const digit = Number(packed % 5n);
    packed /= 5n;
    levels.push(
      digit === 0 ? { passed: false, stars: 0 } : { passed: true, stars: (digit - 1) as Stars },
    );
  }
  const progress: Progress = { levels, totalScore: score * SCORE_UNIT };
  return { ok: true, progress, code: group(values.map((v) => CODE_ALPHABET[v]!).join('')) };
}

function markDigit(mark: LevelMark): number {
  return mark.passed ? 1 + Math.max(0, Math.min(3, Math.trunc(mark.stars))) : 0;
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

/** Bits needed for a base-5 number of `n` digits. */
function marksBits(n: number): number {
  return n === 0 ? 0 : (5n ** BigInt(n) - 1n).toString(2).length;
}

function toBits(value: bigint, width: number): string {
  return width === 0 ? '' : value.toString(2).padStart(width, '0');
}

/** The base-32 number made of `values`, modulo the check prime. */
function remainder(values: readonly number[]): number {
  let r = 0;
  for (const v of values) r = (r * 32 + v) % CHECK_PRIME;
  return r;
}

function group(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}
