// Reading a level file: JSON text → checked, compiled Level, or a list of problems that each
// name the line, column and JSON path of the mistake.
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { deedModule } from './deeds/deed-registry';
import { distanceField } from './grid-path';
import { listOr, suggestion } from './did-you-mean';
import { levelJsonSchema } from './level-json-schema';
import { levelSchema, type LevelFile } from './level-schema';
import { LEVEL_LIMITS, SCHEMA_VERSION } from './level-schema-parts';
import type { Level } from './sim-types';
import { isWalkableKind, type TileKind } from './tiles';
import { carsInLane } from './traffic';

export interface LevelProblem {
  readonly line: number;
  readonly column: number;
  /** JSON pointer to the value at fault, like "/deeds/0/item" ("" for the whole file). */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type LevelParseResult =
  | { ok: true; level: Level; file: LevelFile; warnings: LevelProblem[] }
  | { ok: false; problems: LevelProblem[] };

type PathPart = string | number;

/** Line and column (both from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function pointer(path: readonly PathPart[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected the end of the file after the level',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this string is missing its closing quote',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (a line break inside quotes?)',
};

class ProblemList {
  readonly items: LevelProblem[] = [];
  constructor(
    private readonly text: string,
    private readonly root: Node | undefined,
  ) {}

  add(
    path: readonly PathPart[],
    message: string,
    severity: 'error' | 'warning' = 'error',
    atKey = false,
  ): void {
    // Point at the deepest part of the path that exists in the file.
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) {
      node = this.root ? findNodeAtLocation(this.root, path.slice(0, n)) : undefined;
    }
    const keyNode = atKey && node?.parent?.type === 'property' ? node.parent : node;
    const { line, column } = lineColumn(this.text, keyNode?.offset ?? 0);
    this.items.push({ line, column, path: pointer(path), message, severity });
  }
}

function describeZodIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `missing: expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, found ${found}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const hint = typeof value === 'string' ? suggestion(value, values) : '';
      return `expected ${listOr(values)}, found ${found}${hint}`;
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) {
        const values = options.map((v) => String(v));
        const hint = typeof value === 'string' ? suggestion(value, values) : '';
        return `expected ${listOr(values)}, found ${found}${hint}`;
      }
      return `${issue.message}, found ${found}`;
    }
    case 'too_big':
    case 'too_small':
      return `${limitText(issue)}${measured(value)}`;
    default:
      return `${issue.message.replace(/^Invalid input: /, '')}, found ${found}`;
  }
}

/** What a size limit asks for: the schema's own words, or plain ones made from the issue. */
function limitText(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (!/^Too (big|small)\b/.test(issue.message)) return issue.message;
  const big = issue.code === 'too_big';
  const bound = String(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  const most = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than';
  switch (issue.origin) {
    case 'string':
      return `too ${big ? 'long' : 'short'}: ${most} ${bound} characters`;
    case 'array':
    case 'set':
      return `too ${big ? 'many' : 'few'}: ${most} ${bound}`;
    default:
      return `too ${big ? 'big' : 'small'}: ${most} ${bound}`;
  }
}

/** ", found …" for a value whose size was wrong: its length, its count, or the number. */
function measured(value: unknown): string {
  if (typeof value === 'string') return value.length === 0 ? '' : `, found ${value.length}`;
  if (Array.isArray(value)) return `, found ${value.length}`;
  if (typeof value === 'number') return `, found ${value}`;
  return `, found ${describeValue(value)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The keys the schema allows for the object at `path`, to suggest a misspelt key. */
function allowedKeys(raw: unknown, path: readonly PathPart[]): string[] {
  let node = levelJsonSchema();
  let value: unknown = raw;
  const pick = (n: Record<string, unknown>, v: unknown): Record<string, unknown> => {
    const branches = (n.anyOf ?? n.oneOf) as Record<string, unknown>[] | undefined;
    if (!branches) return n;
    const kind = (v as { kind?: unknown } | null)?.kind;
    return (
      branches.find((b) => {
        const props = b.properties as Record<string, { const?: unknown }> | undefined;
        return props?.kind?.const === kind;
      }) ?? n
    );
  };
  for (const part of path) {
    node = pick(node, value);
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    const next =
      typeof part === 'number'
        ? (node.items as Record<string, unknown> | undefined)
        : props?.[part];
    if (!next) return [];
    node = next;
    value = (value as Record<PropertyKey, unknown> | null)?.[part];
  }
  node = pick(node, value);
  return Object.keys((node.properties as Record<string, unknown> | undefined) ?? {});
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return typeof value;
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Parses and checks a level file's text. Never throws. */
export function parseLevel(text: string): LevelParseResult {
  if (text.length > LEVEL_LIMITS.fileChars) {
    const message = `the file is too long for a level: ${text.length} characters, at most ${LEVEL_LIMITS.fileChars}`;
    return { ok: false, problems: [{ line: 1, column: 1, path: '', message, severity: 'error' }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const problems = new ProblemList(text, root);
  if (errors.length > 0 || !root) {
    const seen = new Set<number>();
    for (const e of errors) {
      const code = printParseErrorCode(e.error);
      let offset = e.offset;
      let message = `invalid JSON: ${PARSE_ERROR_TEXT[code] ?? code}`;
      if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
        // A comma before "}" or "]": point at the comma itself.
        let i = offset - 1;
        while (i >= 0 && /\s/.test(text[i]!)) i--;
        if (text[i] === ',' && /^\s*[}\]]/.test(text.slice(offset))) {
          offset = i;
          message =
            'invalid JSON: remove the comma after the last entry (JSON allows no trailing comma)';
        }
      }
      if (seen.has(offset)) continue;
      seen.add(offset);
      const { line, column } = lineColumn(text, offset);
      problems.items.push({ line, column, path: '', message, severity: 'error' });
    }
    if (problems.items.length === 0) problems.add([], 'the file is empty');
    return { ok: false, problems: problems.items };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.add([], `invalid JSON: ${(e as Error).message}`);
    return { ok: false, problems: problems.items };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    problems.add(
      ['schemaVersion'],
      version > SCHEMA_VERSION
        ? `this level is written for schema version ${version}, but this game reads version ${SCHEMA_VERSION}: use a newer game, or rewrite it for version ${SCHEMA_VERSION}`
        : `schema version ${version} is not supported: this game reads version ${SCHEMA_VERSION} (see docs/levels.md)`,
    );
    return { ok: false, problems: problems.items };
  }
  const parsed = levelSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PathPart[];
      if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeys(raw, path);
        for (const key of issue.keys) {
          problems.add(
            [...path, key],
            `unknown key "${key}"${suggestion(key, allowed)}`,
            'error',
            true,
          );
        }
        continue;
      }
      problems.add(path, describeZodIssue(issue, valueAt(raw, issue.path)));
    }
    return { ok: false, problems: problems.items };
  }
  return checkMeaning(parsed.data, problems);
}

/** Checks what the shape cannot: sizes, references, positions. Compiles the level if all is well. */
function checkMeaning(file: LevelFile, problems: ProblemList): LevelParseResult {
  const rows = file.map.rows;
  const width = rows[0]!.length;
  const height = rows.length;
  const tiles: TileKind[] = [];
  rows.forEach((row, y) => {
    if (row.length !== width) {
      problems.add(
        ['map', 'rows', y],
        `row ${y} is ${row.length} characters wide, expected ${width} like row 0`,
      );
    }
    [...row].forEach((ch, x) => {
      const kind = file.map.legend[ch];
      if (!kind) {
        const known = Object.keys(file.map.legend);
        problems.add(
          ['map', 'rows', y],
          `character "${ch}" at column ${x} is not in the legend (it has ${listOr(known)})`,
        );
        tiles.push('grass');
      } else tiles.push(kind);
    });
  });
  const inMap = (p: { x: number; y: number }): boolean => p.x < width && p.y < height;
  const walkable = (p: { x: number; y: number }): boolean =>
    inMap(p) && isWalkableKind(tiles[p.y * width + p.x] ?? 'wall');

  const ids = new Map<string, string>();
  const claim = (id: string, what: string, path: PathPart[]): void => {
    const prior = ids.get(id);
    if (prior) problems.add(path, `the id "${id}" is already used by ${prior}`);
    else ids.set(id, what);
  };
  file.people.forEach((p, i) => claim(p.id, `person ${i}`, ['people', i, 'id']));
  file.items.forEach((p, i) => claim(p.id, `item ${i}`, ['items', i, 'id']));
  file.places.forEach((p, i) => claim(p.id, `place ${i}`, ['places', i, 'id']));
  const deedIds = new Set<string>();
  file.deeds.forEach((d, i) => {
    if (deedIds.has(d.id))
      problems.add(['deeds', i, 'id'], `the deed id "${d.id}" is already used`);
    deedIds.add(d.id);
  });

  const checkStand = (p: { x: number; y: number }, path: PathPart[], who: string): void => {
    if (!inMap(p)) problems.add(path, `${who} is outside the map (${width}×${height} tiles)`);
    else if (!walkable(p)) {
      problems.add(path, `${who} stands on "${tiles[p.y * width + p.x]}", which is not walkable`);
    }
  };
  checkStand(file.start, ['start'], 'the player');
  file.people.forEach((p, i) => checkStand(p.at, ['people', i, 'at'], `"${p.id}"`));
  file.items.forEach((p, i) => checkStand(p.at, ['items', i, 'at'], `"${p.id}"`));
  file.places.forEach((p, i) => {
    if (!inMap(p.at) || !inMap({ x: p.at.x + p.width - 1, y: p.at.y + p.height - 1 })) {
      problems.add(['places', i], `"${p.id}" reaches outside the map (${width}×${height} tiles)`);
    }
  });
  const occupied = new Map<string, string>();
  occupied.set(`${file.start.x},${file.start.y}`, 'the player');
  file.people.forEach((p, i) => {
    const key = `${p.at.x},${p.at.y}`;
    const prior = occupied.get(key);
    if (prior) problems.add(['people', i, 'at'], `"${p.id}" stands on the same tile as ${prior}`);
    occupied.set(key, `"${p.id}"`);
  });

  const people = new Set(file.people.map((p) => p.id));
  const items = new Set(file.items.map((p) => p.id));
  const places = new Set(file.places.map((p) => p.id));
  file.deeds.forEach((d, i) => {
    if (d.kind === 'teach' && d.answer >= d.options.length) {
      problems.add(
        ['deeds', i, 'answer'],
        `the answer is option ${d.answer}, but there are only ${d.options.length} options (counted from 0)`,
      );
    }
    const refs = deedModule(d).refs(d);
    const at = (field: string): PathPart[] => ['deeds', i, field];
    for (const { field, id } of refs.people) {
      if (!people.has(id))
        problems.add(at(field), `no person has the id "${id}"${suggestion(id, people)}`);
    }
    for (const { field, id } of refs.items) {
      if (!items.has(id))
        problems.add(at(field), `no item has the id "${id}"${suggestion(id, items)}`);
    }
    for (const { field, id } of refs.places) {
      if (!places.has(id))
        problems.add(at(field), `no place has the id "${id}"${suggestion(id, places)}`);
    }
    for (const { field, id } of refs.peopleOrPlaces) {
      if (!people.has(id) && !places.has(id)) {
        const hint = suggestion(id, [...people, ...places]);
        problems.add(at(field), `no person or place has the id "${id}"${hint}`);
      }
    }
  });

  const required = file.goal.required ?? file.deeds.length;
  if (required > file.deeds.length) {
    problems.add(
      ['goal', 'required'],
      `${required} deeds are required but the level has only ${file.deeds.length}`,
    );
  }
  file.goal.mustDo.forEach((id, i) => {
    if (!deedIds.has(id)) {
      problems.add(['goal', 'mustDo', i], `no deed has the id "${id}"${suggestion(id, deedIds)}`);
    }
  });
  const [s1, s2, s3] = file.stars;
  if (!(s1 <= s2 && s2 <= s3)) {
    problems.add(['stars'], `star scores must go up: found ${s1}, ${s2}, ${s3}`);
  }

  file.traffic.forEach((lane, i) => {
    const horizontal = lane.dir === 'left' || lane.dir === 'right';
    if ((lane.row === undefined) === (lane.column === undefined)) {
      problems.add(['traffic', i], 'a lane needs either "row" or "column", not both or neither');
    } else if (horizontal && lane.row === undefined) {
      problems.add(
        ['traffic', i, 'dir'],
        `cars driving "${lane.dir}" need a "row", not a "column"`,
      );
    } else if (!horizontal && lane.column === undefined) {
      problems.add(
        ['traffic', i, 'dir'],
        `cars driving "${lane.dir}" need a "column", not a "row"`,
      );
    } else {
      const along = horizontal ? width : height;
      const at = (k: number) =>
        horizontal ? tiles[lane.row! * width + k] : tiles[k * width + lane.column!];
      if (horizontal ? lane.row! >= height : lane.column! >= width) {
        problems.add(['traffic', i], `the lane is outside the map (${width}×${height} tiles)`);
      } else {
        for (let k = 0; k < along; k++) {
          const kind = at(k);
          if (kind !== 'road' && kind !== 'crosswalk') {
            problems.add(
              ['traffic', i],
              `the lane crosses "${kind}" at tile ${k}: a lane must be road or crosswalk all along`,
            );
            break;
          }
        }
      }
    }
  });
  // Each car is looked at on every step of play: the lanes together hold a bounded number.
  const cars = file.traffic.reduce(
    (n, lane) => n + carsInLane(lane.dir === 'left' || lane.dir === 'right' ? width : height, lane),
    0,
  );
  if (cars > LEVEL_LIMITS.cars) {
    problems.add(
      ['traffic'],
      `too many cars: the lanes hold ${cars} cars in all, at most ${LEVEL_LIMITS.cars} (use fewer lanes, or a larger "spacing")`,
    );
  }
  if (problems.items.every((p) => p.severity !== 'error')) {
    checkReachable(file, tiles, width, height, problems);
  }
  const errors = problems.items.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: problems.items };
  const level: Level = {
    id: file.id,
    title: file.title,
    intro: file.intro,
    width,
    height,
    tiles,
    start: file.start,
    people: file.people.map((p) => ({ ...p, says: p.says ?? null })),
    items: file.items,
    places: file.places.map((p) => ({ ...p, sprite: p.sprite ?? null })),
    deeds: file.deeds,
    goal: { required, mustDo: file.goal.mustDo },
    timeLimitMs: file.timeLimit === null ? null : file.timeLimit * 1000,
    stars: file.stars,
    seed: file.seed,
    teacher: file.teacher ?? null,
    traffic: file.traffic,
    lights: file.lights,
  };
  return { ok: true, level, file, warnings: problems.items };
}

/** Every person, item and place a deed needs must be reachable on foot from the start. */
function checkReachable(
  file: LevelFile,
  tiles: readonly TileKind[],
  width: number,
  height: number,
  problems: ProblemList,
): void {
  const solid = new Set<number>();
  for (const p of file.places) {
    if (!p.solid) continue;
    for (let y = p.at.y; y < p.at.y + p.height; y++) {
      for (let x = p.at.x; x < p.at.x + p.width; x++) solid.add(y * width + x);
    }
  }
  const dist = distanceField(
    { width, height },
    file.start,
    (x, y) => isWalkableKind(tiles[y * width + x]!) && !solid.has(y * width + x),
  );
  const reached = (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < width && y < height && dist[y * width + x]! >= 0;
  const besideReached = (x: number, y: number): boolean =>
    reached(x, y) ||
    reached(x - 1, y) ||
    reached(x + 1, y) ||
    reached(x, y - 1) ||
    reached(x, y + 1);
  const needed = new Set<string>();
  for (const d of file.deeds) {
    const refs = deedModule(d).refs(d);
    for (const r of [...refs.people, ...refs.items, ...refs.places, ...refs.peopleOrPlaces]) {
      needed.add(r.id);
    }
  }
  file.items.forEach((item, i) => {
    if (needed.has(item.id) && !reached(item.at.x, item.at.y)) {
      problems.add(['items', i, 'at'], `"${item.id}" cannot be reached on foot from the start`);
    }
  });
  file.people.forEach((person, i) => {
    if (needed.has(person.id) && !besideReached(person.at.x, person.at.y)) {
      problems.add(['people', i, 'at'], `"${person.id}" cannot be reached on foot from the start`);
    }
  });
  file.places.forEach((place, i) => {
    if (!needed.has(place.id)) return;
    let ok = false;
    for (let y = place.at.y; y < place.at.y + place.height && !ok; y++) {
      for (let x = place.at.x; x < place.at.x + place.width && !ok; x++) {
        ok = place.solid ? besideReached(x, y) : reached(x, y);
      }
    }
    if (!ok)
      problems.add(['places', i, 'at'], `"${place.id}" cannot be reached on foot from the start`);
  });
}

/** One problem as a line: `levels/name.json:LINE:COL  /json/path  message`. */
export function formatProblem(fileName: string, p: LevelProblem): string {
  const where = `${fileName}:${p.line}:${p.column}`;
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${p.path || '/'}  ${tag}${p.message}`;
}
