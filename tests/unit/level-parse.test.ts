// Reading level files: each problem names its line, column and JSON path; the shipped levels
// and the campaign are clean.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseLevel, type LevelProblem } from '../../src/core/level-parse';
import { levelText, locate, text } from './helpers';

const LEVELS_DIR = new URL('../../levels/', import.meta.url);

const deliver = {
  id: 'd',
  kind: 'deliver',
  item: 'cup',
  to: 'ann',
  need: text('n'),
  thanks: text('t'),
};

/** A valid level; tests break one thing in it. */
const VALID = {
  map: { rows: ['.....', '.....', '.....'], legend: { '.': 'grass', '#': 'wall', '~': 'water' } },
  people: [{ id: 'ann', sprite: 'woman', at: { x: 4, y: 0 }, name: text('Ann') }],
  items: [{ id: 'cup', sprite: 'package', at: { x: 0, y: 1 }, name: text('cup') }],
  places: [{ id: 'shop', at: { x: 2, y: 2 }, name: text('shop'), solid: true }],
  deeds: [deliver],
};

/** The level text with `change` applied, spread over lines as a designer would write it. */
function textWith(change: Record<string, unknown>): string {
  return levelText({ ...VALID, ...change }, 2);
}

function problemsOf(t: string): LevelProblem[] {
  const r = parseLevel(t);
  if (r.ok) throw new Error('expected the level to be rejected');
  return r.problems;
}

/** The one problem a text has. */
function onlyProblem(t: string): LevelProblem {
  const problems = problemsOf(t);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

/** A problem's path and message, without any "did you mean" hint. */
function brief(p: LevelProblem): [string, string] {
  return [p.path, p.message.split(' — ')[0]!];
}

/** Where the value of the `nth` `"key": value` pair written like this starts. */
function valueOf(t: string, pair: string, nth = 0) {
  const at = locate(t, pair, nth);
  return { line: at.line, column: at.column + pair.indexOf(':') + 2 };
}

describe('parseLevel accepts', () => {
  it('a valid level and compiles it', () => {
    const r = parseLevel(textWith({ timeLimit: 90 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.level).toMatchObject({
      id: 'test',
      width: 5,
      height: 3,
      start: { x: 0, y: 0 },
      goal: { required: 1, mustDo: [] },
      timeLimitMs: 90_000,
      seed: 1,
      teacher: null,
    });
    expect(r.level.tiles).toHaveLength(15);
    expect(r.level.people[0]!.says).toBeNull();
    expect(r.level.places[0]).toMatchObject({ width: 1, height: 1, sprite: null, solid: true });
    expect(r.level.deeds[0]).toMatchObject({ points: 100 });
  });
});

describe('parseLevel reports JSON mistakes where they are', () => {
  it('a comment, at the line and column where it starts', () => {
    const t = textWith({}).replace('"start": {', '// the player\n  "start": {');
    const at = locate(t, '// the player');
    expect(onlyProblem(t)).toEqual({
      ...at,
      path: '',
      message: 'invalid JSON: comments are not allowed in JSON',
      severity: 'error',
    });
  });

  it('a block comment after a value, at its column', () => {
    const t = textWith({}).replace('"schemaVersion": 1,', '"schemaVersion": 1, /* v1 */');
    expect(onlyProblem(t)).toMatchObject({ ...locate(t, '/* v1 */'), path: '' });
  });

  it('a trailing comma in a list, on its line, at the comma or just after it', () => {
    const t = textWith({}).replace(/"stars": \[[^\]]*\]/, '"stars": [100, 200, 300,]');
    const comma = locate(t, '300,');
    const p = onlyProblem(t);
    expect(p.line).toBe(comma.line);
    expect([comma.column + 3, comma.column + 4]).toContain(p.column);
    expect(p.message).toMatch(/^invalid JSON: |comma/);
  });

  it('a trailing comma in an object, once, at the comma', () => {
    const t = '{\n  "schemaVersion": 1,\n  "id": "test",\n}\n';
    const comma = locate(t, '"test",');
    expect(problemsOf(t)).toEqual([
      {
        line: comma.line,
        column: comma.column + '"test"'.length,
        path: '',
        message: expect.stringMatching(/comma/) as string,
        severity: 'error',
      },
    ]);
  });

  it('a second value after the level', () => {
    const t = textWith({}) + '\n{}';
    const lines = t.split('\n');
    expect(onlyProblem(t)).toMatchObject({
      line: lines.length,
      column: 1,
      message: 'invalid JSON: expected the end of the file after the level',
    });
  });

  it('an empty file', () => {
    expect(problemsOf('')).toEqual([
      { line: 1, column: 1, path: '', message: expect.any(String) as string, severity: 'error' },
    ]);
  });
});

describe('parseLevel reports shape mistakes at their value', () => {
  it('an unknown key, at the key', () => {
    const t = textWith({ colour: 'red' });
    expect(onlyProblem(t)).toEqual({
      ...locate(t, '"colour"'),
      path: '/colour',
      message: expect.stringMatching(/^unknown key "colour"/) as string,
      severity: 'error',
    });
  });

  it('a misspelt key, with the key it resembles', () => {
    const t = textWith({ deeds: [{ ...deliver, thanks: undefined, thnaks: text('t') }] });
    const p = problemsOf(t).find((q) => q.path === '/deeds/0/thnaks')!;
    expect(p).toMatchObject(locate(t, '"thnaks"'));
    expect(p.message).toMatch(/^unknown key "thnaks".*"thanks"/);
  });

  it('an unknown key deep inside', () => {
    const people = [{ ...VALID.people[0], age: 80 }];
    const t = textWith({ people });
    const p = onlyProblem(t);
    expect(p).toMatchObject({ ...locate(t, '"age"'), path: '/people/0/age' });
    expect(p.message).toMatch(/^unknown key "age"/);
  });

  it('a tile kind the legend does not know', () => {
    const t = textWith({ map: { rows: VALID.map.rows, legend: { '.': 'lava' } } });
    const p = onlyProblem(t);
    expect(p).toMatchObject({ ...valueOf(t, '".": "lava"'), path: '/map/legend/.' });
    expect(p.message).toMatch(/^expected "grass".* or "counter", found "lava"/);
  });

  it('a deed of an unknown kind', () => {
    const t = textWith({ deeds: [{ ...deliver, kind: 'juggle' }] });
    const p = problemsOf(t)[0]!;
    expect(p.path).toBe('/deeds/0/kind');
    expect(p).toMatchObject(valueOf(t, '"kind": "juggle"'));
  });

  it('a missing field, at the object that lacks it', () => {
    const noThanks: Record<string, unknown> = { ...deliver };
    delete noThanks['thanks'];
    const t = textWith({ deeds: [noThanks] });
    const p = onlyProblem(t);
    expect(p.path).toBe('/deeds/0/thanks');
    expect(p.message).toMatch(/^missing: expected (an )?object$/);
    const deeds = locate(t, '"deeds": [');
    expect(p).toMatchObject({ line: deeds.line + 1, column: 5 });
  });

  it('a newer schema version, naming it', () => {
    const t = levelText({ ...VALID, schemaVersion: 2 }, 2);
    const p = onlyProblem(t);
    expect(p).toMatchObject({ ...valueOf(t, '"schemaVersion": 2'), path: '/schemaVersion' });
    expect(p.message).toMatch(/\b2\b/);
  });
});

describe('parseLevel reports meaning mistakes at their value', () => {
  it('rows of different widths', () => {
    const t = textWith({ map: { ...VALID.map, rows: ['.....', '..#.', '.....'] } });
    expect(onlyProblem(t)).toMatchObject({
      ...locate(t, '"..#."'),
      path: '/map/rows/1',
      message: 'row 1 is 4 characters wide, expected 5 like row 0',
    });
  });

  it('a character missing from the legend', () => {
    const t = textWith({ map: { ...VALID.map, rows: ['.....', '..x..', '.....'] } });
    expect(onlyProblem(t)).toMatchObject({
      ...locate(t, '"..x.."'),
      path: '/map/rows/1',
      message: expect.stringMatching(/^character "x" at column 2 is not in the legend/) as string,
    });
  });

  it('an id used twice, by a person and an item', () => {
    const items = [...VALID.items, { ...VALID.items[0], id: 'ann', at: { x: 1, y: 1 } }];
    const t = textWith({ items });
    expect(onlyProblem(t)).toMatchObject({
      ...valueOf(t, '"id": "ann"', 1),
      path: '/items/1/id',
      message: 'the id "ann" is already used by person 0',
    });
  });

  it('a deed id used twice', () => {
    const t = textWith({ deeds: [deliver, deliver] });
    expect(onlyProblem(t)).toMatchObject({
      ...valueOf(t, '"id": "d"', 1),
      path: '/deeds/1/id',
      message: 'the deed id "d" is already used',
    });
  });

  it('a deliver deed whose item and receiver do not exist', () => {
    const t = textWith({ deeds: [{ ...deliver, item: 'mug', to: 'bob' }] });
    expect(problemsOf(t)).toEqual([
      {
        ...valueOf(t, '"item": "mug"'),
        path: '/deeds/0/item',
        message: expect.stringMatching(/^no item has the id "mug"/) as string,
        severity: 'error',
      },
      {
        ...valueOf(t, '"to": "bob"'),
        path: '/deeds/0/to',
        message: expect.stringMatching(/^no person or place has the id "bob"/) as string,
        severity: 'error',
      },
    ]);
  });

  it('an escort deed whose person is an item and whose place does not exist', () => {
    const escort = { ...deliver, kind: 'escort', item: undefined, person: 'cup', to: 'ann' };
    const t = textWith({ deeds: [escort] });
    expect(problemsOf(t).map(brief)).toEqual([
      ['/deeds/0/person', 'no person has the id "cup"'],
      ['/deeds/0/to', 'no place has the id "ann"'],
    ]);
  });

  it('a repair deed whose place, owner and tool do not exist', () => {
    const repair = {
      id: 'r',
      kind: 'repair',
      place: 'bench',
      owner: 'olga',
      tool: 'saw',
      need: text('n'),
      thanks: text('t'),
    };
    const t = textWith({ deeds: [repair] });
    const problems = problemsOf(t);
    expect(problems.map(brief).sort()).toEqual([
      ['/deeds/0/owner', 'no person has the id "olga"'],
      ['/deeds/0/place', 'no place has the id "bench"'],
      ['/deeds/0/tool', 'no item has the id "saw"'],
    ]);
    const tool = problems.find((p) => p.path === '/deeds/0/tool')!;
    expect(tool).toMatchObject(valueOf(t, '"tool": "saw"'));
  });

  it('two fields with the same unknown id are each reported at their own field', () => {
    const t = textWith({ deeds: [{ ...deliver, item: 'ghost', to: 'ghost' }] });
    expect(problemsOf(t).map((p) => p.path)).toEqual(['/deeds/0/item', '/deeds/0/to']);
  });

  it('the player starting on a wall', () => {
    const t = textWith({ map: { ...VALID.map, rows: ['#....', '.....', '.....'] } });
    expect(onlyProblem(t)).toMatchObject({
      ...valueOf(t, '"start": {'),
      path: '/start',
      message: 'the player stands on "wall", which is not walkable',
    });
  });

  it('a person standing in water, and an item outside the map', () => {
    const t = textWith({
      map: { ...VALID.map, rows: ['....~', '.....', '.....'] },
      items: [{ ...VALID.items[0], at: { x: 5, y: 1 } }],
    });
    expect(problemsOf(t).map((p) => [p.path, p.message])).toEqual([
      ['/people/0/at', '"ann" stands on "water", which is not walkable'],
      ['/items/0/at', '"cup" is outside the map (5×3 tiles)'],
    ]);
  });

  it('a place reaching outside the map', () => {
    const t = textWith({ places: [{ ...VALID.places[0], width: 4 }] });
    expect(onlyProblem(t)).toMatchObject({
      path: '/places/0',
      message: '"shop" reaches outside the map (5×3 tiles)',
    });
  });

  it('two people on one tile, and a person on the start', () => {
    const people = [
      ...VALID.people,
      { id: 'bob', sprite: 'man', at: { x: 4, y: 0 }, name: text('Bob') },
      { id: 'cy', sprite: 'girl', at: { x: 0, y: 0 }, name: text('Cy') },
    ];
    const t = textWith({ people });
    expect(problemsOf(t)).toEqual([
      {
        ...valueOf(t, '"at": {', 1),
        path: '/people/1/at',
        message: '"bob" stands on the same tile as "ann"',
        severity: 'error',
      },
      {
        ...valueOf(t, '"at": {', 2),
        path: '/people/2/at',
        message: '"cy" stands on the same tile as the player',
        severity: 'error',
      },
    ]);
  });

  it('more deeds required than the level has', () => {
    const t = textWith({ goal: { required: 2 } });
    expect(onlyProblem(t)).toMatchObject({
      ...valueOf(t, '"required": 2'),
      path: '/goal/required',
      message: '2 deeds are required but the level has only 1',
    });
  });

  it('a deed that must be done but does not exist', () => {
    const t = textWith({ goal: { mustDo: ['e'] } });
    expect(onlyProblem(t)).toMatchObject({
      path: '/goal/mustDo/0',
      message: expect.stringMatching(/^no deed has the id "e"/) as string,
    });
  });

  it('star scores that do not go up', () => {
    const t = levelText({ ...VALID, stars: [300, 200, 400] }, 2);
    expect(onlyProblem(t)).toMatchObject({
      ...valueOf(t, '"stars": ['),
      path: '/stars',
      message: 'star scores must go up: found 300, 200, 400',
    });
  });

  it('a third star score below the second', () => {
    const t = levelText({ ...VALID, stars: [100, 300, 200] }, 2);
    expect(onlyProblem(t).message).toBe('star scores must go up: found 100, 300, 200');
  });

  it('equal star scores are allowed', () => {
    expect(parseLevel(levelText({ ...VALID, stars: [200, 200, 200] })).ok).toBe(true);
  });
});

describe('every problem', () => {
  const broken: Record<string, string> = {
    comment: textWith({}).replace('"start": {', '// c\n  "start": {'),
    trailingComma: textWith({}).replace(/"stars": \[[^\]]*\]/, '"stars": [1, 2, 3,]'),
    unknownKey: textWith({ colour: 'red' }),
    wrongEnum: textWith({ map: { rows: VALID.map.rows, legend: { '.': 'lava' } } }),
    widths: textWith({ map: { ...VALID.map, rows: ['.....', '....', '.....'] } }),
    legend: textWith({ map: { ...VALID.map, rows: ['.....', '..x..', '.....'] } }),
    missing: textWith({ start: undefined }),
    refs: textWith({ deeds: [{ ...deliver, item: 'mug', to: 'bob' }] }),
    required: textWith({ goal: { required: 5 } }),
  };

  it.each(Object.entries(broken))('has a line, column and path inside the file: %s', (_n, t) => {
    const lines = t.split('\n');
    for (const p of problemsOf(t)) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
      expect(p.path).toMatch(/^(\/[^/]+)*$/);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it('is reported, never thrown, whatever value replaces part of a level', () => {
    const valid = JSON.parse(textWith({})) as Record<string, unknown>;
    const keys = Object.keys(valid);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const t = JSON.stringify({ ...valid, [key]: value }, null, 2);
        const r = parseLevel(t);
        if (!r.ok) {
          for (const p of r.problems) expect(p.line).toBeLessThanOrEqual(t.split('\n').length);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(typeof parseLevel(t).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatProblem', () => {
  it('writes `file:LINE:COL  /json/path  message`', () => {
    const t = levelText({ ...VALID, stars: [300, 200, 400] }, 2);
    const p = onlyProblem(t);
    const { line, column } = valueOf(t, '"stars": [');
    expect(formatProblem('levels/x.json', p)).toBe(
      `levels/x.json:${line}:${column}  /stars  star scores must go up: found 300, 200, 400`,
    );
  });

  it('writes "/" for the whole file', () => {
    const p = onlyProblem('{\n  // c\n}');
    expect(formatProblem('levels/x.json', p)).toBe(
      'levels/x.json:2:3  /  invalid JSON: comments are not allowed in JSON',
    );
  });

  it('tags a warning', () => {
    const warning: LevelProblem = {
      line: 4,
      column: 7,
      path: '/deeds/0',
      message: 'this deed is far away',
      severity: 'warning',
    };
    expect(formatProblem('levels/x.json', warning)).toBe(
      'levels/x.json:4:7  /deeds/0  warning: this deed is far away',
    );
  });
});

describe('the shipped levels', () => {
  const files = readdirSync(LEVELS_DIR).filter(
    (f) => f.endsWith('.json') && f !== 'campaign.json' && !f.endsWith('.schema.json'),
  );

  it('there are level files', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s parses with no problems, and its id is its file name', (file) => {
    const r = parseLevel(readFileSync(new URL(file, LEVELS_DIR), 'utf8'));
    if (!r.ok) {
      expect.fail(r.problems.map((p) => formatProblem(`levels/${file}`, p)).join('\n'));
    }
    expect(r.warnings.map((p) => formatProblem(`levels/${file}`, p))).toEqual([]);
    expect(r.level.id).toBe(file.replace(/\.json$/, ''));
  });

  const campaign = JSON.parse(readFileSync(new URL('campaign.json', LEVELS_DIR), 'utf8')) as {
    chapters: { id: string; levels: string[] }[];
  };
  const ids = campaign.chapters.flatMap((c) => c.levels);

  it('the campaign lists levels, each once', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('campaign level %s has a file', (id) => {
    expect(files).toContain(`${id}.json`);
  });
});
