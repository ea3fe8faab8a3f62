// The checker's messages for broken level files, pinned word for word: each file in
// tests/fixtures/broken-levels/ has one mistake a designer might make, and expected.json holds
// the exact lines `npm run levels` prints for it. A change to a message shows up here as a diff.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText } from '../../src/core/level-check';
import { formatProblem } from '../../src/core/level-parse';

const DIR = 'tests/fixtures/broken-levels';
const dirUrl = new URL('../fixtures/broken-levels/', import.meta.url);

const expected = JSON.parse(readFileSync(new URL('expected.json', dirUrl), 'utf8')) as Record<
  string,
  string[]
>;

const fixtures = readdirSync(dirUrl)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();

/**
 * Fixtures whose current message is wrong or unhelpful. expected.json holds the message they
 * should give, and that test is marked as failing until the checker gives it; meanwhile another
 * test makes sure the file is still rejected for the right reason. When a fix lands, update
 * expected.json to its exact wording and remove the entry here.
 */
const KNOWN_BAD: Record<string, { reason: string; stillMentions: string }> = {};

function problemLines(file: string): string[] {
  const text = readFileSync(new URL(file, dirUrl), 'utf8');
  return checkLevelText(text).problems.map((p) => formatProblem(`${DIR}/${file}`, p));
}

describe('broken level fixtures', () => {
  it('are each listed in expected.json, and expected.json lists no other file', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtures);
  });

  it('are at least fourteen, each with at least one expected problem', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    for (const f of fixtures) expect(expected[f]?.length, f).toBeGreaterThan(0);
  });

  for (const file of fixtures) {
    const bad = KNOWN_BAD[file];
    if (bad) {
      it.fails(`${file}: ${bad.reason} (known bad message)`, () => {
        expect(problemLines(file)).toEqual(expected[file]);
      });
      it(`${file} is still rejected for its mistake`, () => {
        const lines = problemLines(file);
        expect(lines).toHaveLength(expected[file]!.length);
        expect(lines.join('\n')).toContain(bad.stillMentions);
      });
    } else {
      it(`${file} gives exactly the expected messages`, () => {
        expect(problemLines(file)).toEqual(expected[file]);
      });
    }
  }

  it('all fail the check: none of them yields a level', () => {
    for (const file of fixtures) {
      const text = readFileSync(new URL(file, dirUrl), 'utf8');
      expect(checkLevelText(text).level, file).toBeNull();
    }
  });
});
