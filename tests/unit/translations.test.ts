// Every string the player can see exists in English and in Simplified Chinese: the two key trees
// of src/ui/locales match, every key the code looks up (literally, or built from a list such as
// the deed kinds) is there, no key is left unused, and every text of every level has both
// languages, the Chinese one really translated. Each failure names the keys or files at fault.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BASE_ACHIEVEMENTS } from '../../src/core/achievements';
import { DEED_KINDS } from '../../src/core/deeds/deed-defs';
import { DIRS } from '../../src/core/geometry';
import en from '../../src/ui/locales/en.json';
import zh from '../../src/ui/locales/zh.json';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const LEVELS = join(ROOT, 'levels');

type Tree = { [key: string]: string | Tree };

/** Every leaf of a locale tree as `a.b.c` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = flatten(en);
const ZH = flatten(zh);

/** i18next's plural forms: `goal` is looked up as `goal_one`, `goal_other`… */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(PLURAL, '');
const EN_BASE = new Set([...EN.keys()].map(baseKey));

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();

/** Letters of a text once its `{{variables}}` are taken out. */
const withoutVariables = (text: string): string => text.replace(/\{\{[^}]*\}\}/g, '');
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * Latin words a Chinese string may keep: key names (WASD, Esc, Ctrl), a file format (CSV, and the
 * file name's .csv), the paper size Letter.
 */
const LATIN_IN_CHINESE = new Set(['WASD', 'Esc', 'Ctrl', 'CSV', 'csv', 'Letter']);
const LATIN_IN_CHINESE_KEYS: Record<string, string> = {
  'title.language': 'the button that switches to English says so in English',
  'teacher.codesPlaceholder': 'a sample progress code (letters and digits)',
};

// ---------------------------------------------------------------------------------------------
// The lookups in the source: t('literal'), and t(`prefix.${x}`) built from a known list.

interface Lookup {
  file: string;
  line: number;
  /** The literal key, or null for a template. */
  key: string | null;
  /** For a template: its text with `*` for each `${…}`, e.g. `touch.*`. */
  pattern: string | null;
  /** The option names passed in an object literal, or null when not known. */
  options: string[] | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [path] : [];
  });
}

/**
 * Functions whose first argument is a translation key: `t` itself, and `addNotice` (a notice
 * over the title, shown later with `t(key)`).
 */
const KEY_TAKERS = new Set(['t', 'addNotice']);

/**
 * Lookups whose key is a variable, and where the keys they get are checked instead: each
 * `file: call` with the reason.
 */
const VARIABLE_LOOKUPS: Record<string, string> = {
  'src/ui/notices.ts: t(key)': 'the keys given to addNotice(), collected by this scan',
};

function lookups(): { found: Lookup[]; unreadable: string[] } {
  const found: Lookup[] = [];
  const unreadable: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(ROOT, path);
    const sf = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        KEY_TAKERS.has(node.expression.text)
      ) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const [arg, opts] = node.arguments;
        let options: string[] | null = null;
        if (opts && ts.isObjectLiteralExpression(opts)) {
          options = opts.properties.flatMap((p) =>
            p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : [],
          );
        } else if (!opts) {
          options = [];
        }
        if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
          found.push({ file, line, key: arg.text, pattern: null, options });
        } else if (arg && ts.isTemplateExpression(arg)) {
          const pattern =
            arg.head.text + arg.templateSpans.map((s) => `*${s.literal.text}`).join('');
          found.push({ file, line, key: null, pattern, options });
        } else {
          const call = `${node.expression.text}(${arg?.getText(sf) ?? ''})`;
          if (!Object.hasOwn(VARIABLE_LOOKUPS, `${file}: ${call}`)) {
            unreadable.push(`${file}:${line}: ${call}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, unreadable };
}

/** The string members of a union type in a source file (`type X = 'a' | 'b'`). */
function unionMembers(file: string, typeName: string): string[] {
  const path = join(ROOT, file);
  const sf = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const members: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === typeName) {
      const collect = (t: ts.Node): void => {
        if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) members.push(t.literal.text);
        ts.forEachChild(t, collect);
      };
      collect(node.type);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (members.length === 0) throw new Error(`no union type ${typeName} in ${file}`);
  return members;
}

/**
 * Where each key built at run time comes from: the pattern as written in the source, and the
 * values its `${…}` takes. A new template in the source must be added here.
 */
const DYNAMIC: Record<string, { from: string; values: () => readonly string[] }> = {
  'touch.*': { from: 'DIRS in src/core/geometry.ts (the pad arrows)', values: () => DIRS },
  'results.kind.*': { from: 'DEED_KINDS in src/core/deeds/deed-defs.ts', values: () => DEED_KINDS },
  'achievements.list.*.name': {
    // The chapter achievements take their name from achievements.chapter.* instead.
    from: 'BASE_ACHIEVEMENTS and every-level in src/core/achievements.ts',
    values: () => [...BASE_ACHIEVEMENTS.map((a) => a.id), 'every-level'],
  },
  'achievements.list.*.how': {
    from: 'BASE_ACHIEVEMENTS and every-level in src/core/achievements.ts',
    values: () => [...BASE_ACHIEVEMENTS.map((a) => a.id), 'every-level'],
  },
  'notice.*': {
    from: 'type StoreNotice in src/platform/save-store.ts',
    values: () => unionMembers('src/platform/save-store.ts', 'StoreNotice'),
  },
  'teacher.problem.*': {
    from: 'type CodeProblem in src/core/progress-code.ts',
    values: () => unionMembers('src/core/progress-code.ts', 'CodeProblem'),
  },
};

const expand = (pattern: string, value: string): string => pattern.replace('*', value);

// ---------------------------------------------------------------------------------------------

describe('interface strings (src/ui/locales)', () => {
  it('en.json and zh.json have exactly the same keys', () => {
    const onlyEn = [...EN.keys()].filter((k) => !ZH.has(k));
    const onlyZh = [...ZH.keys()].filter((k) => !EN.has(k));
    expect(onlyEn, `keys missing from zh.json:\n${onlyEn.join('\n')}`).toEqual([]);
    expect(onlyZh, `keys missing from en.json:\n${onlyZh.join('\n')}`).toEqual([]);
  });

  it('no string is empty in either language', () => {
    const empty = [
      ...[...EN].filter(([, v]) => v.trim() === '').map(([k]) => `en ${k}`),
      ...[...ZH].filter(([, v]) => v.trim() === '').map(([k]) => `zh ${k}`),
    ];
    expect(empty, `empty strings:\n${empty.join('\n')}`).toEqual([]);
  });

  it('both languages use the same {{variables}} in each string', () => {
    const differ = [...EN].flatMap(([k, v]) => {
      const z = ZH.get(k);
      if (z === undefined) return [];
      const a = variables(v).join(', ');
      const b = variables(z).join(', ');
      return a === b ? [] : [`${k}: en has {{${a}}}, zh has {{${b}}}`];
    });
    expect(differ, differ.join('\n')).toEqual([]);
  });

  it('the Chinese strings are translated, not English copies', () => {
    const untranslated = [...EN].flatMap(([k, v]) => {
      const z = ZH.get(k);
      if (z === undefined || Object.hasOwn(LATIN_IN_CHINESE_KEYS, k)) return [];
      const problems: string[] = [];
      if (/[A-Za-z]/.test(withoutVariables(v)) && !HAN.test(z)) {
        problems.push(`${k}: no Chinese characters in "${z}"`);
      }
      const words = (withoutVariables(z).match(LATIN_WORD) ?? []).filter(
        (w) => !LATIN_IN_CHINESE.has(w),
      );
      if (words.length > 0) problems.push(`${k}: English words in "${z}": ${words.join(', ')}`);
      return problems;
    });
    expect(untranslated, untranslated.join('\n')).toEqual([]);
  });

  it('the English strings are in English', () => {
    const chinese = [...EN]
      .filter(([k, v]) => HAN.test(v) && k !== 'title.language')
      .map(([k, v]) => `${k}: "${v}"`);
    expect(
      chinese,
      `Chinese in en.json (the language switch is the one exception):\n${chinese.join('\n')}`,
    ).toEqual([]);
  });
});

describe('keys the code looks up', () => {
  const { found, unreadable } = lookups();

  it('finds the lookups (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((l) => l.key === 'game.name')).toBe(true);
  });

  it('every t() call names its key, literally or from a known list', () => {
    const unknownTemplates = found
      .filter((l) => l.pattern !== null && !Object.hasOwn(DYNAMIC, l.pattern))
      .map(
        (l) =>
          `${l.file}:${l.line}: t(\`${l.pattern}\`): say in DYNAMIC where its values come from`,
      );
    expect([...unreadable, ...unknownTemplates], 'lookups the test cannot check').toEqual([]);
  });

  it('every literal key exists in en.json', () => {
    const missing = found
      .filter((l) => l.key !== null && !EN_BASE.has(l.key))
      .map((l) => `${l.file}:${l.line}: ${l.key}`);
    expect(missing, `keys used in src/ but missing from en.json:\n${missing.join('\n')}`).toEqual(
      [],
    );
  });

  it('every key built from a list exists for each value of that list', () => {
    const missing = Object.entries(DYNAMIC).flatMap(([pattern, { from, values }]) =>
      values()
        .map((v) => expand(pattern, v))
        .filter((k) => !EN_BASE.has(k))
        .map((k) => `${k} (from ${from})`),
    );
    expect(missing, `keys missing from en.json:\n${missing.join('\n')}`).toEqual([]);
  });

  it('every {{variable}} of a string is passed by the code that shows it', () => {
    const unfilled = found.flatMap((l) => {
      if (l.key === null || l.options === null) return [];
      const texts = [...EN].filter(([k]) => baseKey(k) === l.key).map(([, v]) => v);
      const needed = new Set(texts.flatMap(variables));
      const missing = [...needed].filter((v) => !l.options!.includes(v));
      return missing.length
        ? [`${l.file}:${l.line}: ${l.key} needs {{${missing.join('}}, {{')}}}`]
        : [];
    });
    expect(unfilled, unfilled.join('\n')).toEqual([]);
  });

  it('no key in en.json is unused', () => {
    const used = new Set(found.flatMap((l) => (l.key === null ? [] : [l.key])));
    for (const [pattern, { values }] of Object.entries(DYNAMIC)) {
      for (const v of values()) used.add(expand(pattern, v));
    }
    // A chapter achievement's name and "how" come from achievements.chapter.* for every chapter.
    const unused = [...EN_BASE].filter((k) => !used.has(k));
    expect(
      unused,
      `keys in en.json that nothing uses (delete them):\n${unused.join('\n')}`,
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Level texts: every { "en": …, "zh": … } in levels/*.json.

interface LevelText {
  where: string;
  en: unknown;
  zh: unknown;
}

function levelTexts(): LevelText[] {
  const out: LevelText[] = [];
  const files = readdirSync(LEVELS).filter((f) => f.endsWith('.json') && !f.includes('.schema.'));
  for (const f of files) {
    const json: unknown = JSON.parse(readFileSync(join(LEVELS, f), 'utf8'));
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if ('en' in o || 'zh' in o)
          out.push({ where: `levels/${f} ${path || '/'}`, en: o.en, zh: o.zh });
        else for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
      }
    };
    walk(json, '');
  }
  return out;
}

/**
 * Level texts whose Chinese keeps English on purpose: the English lesson of the village school,
 * where the answers and Xiao Jun's practice are English words.
 */
const ENGLISH_ON_PURPOSE = new Set([
  'levels/09-the-village-school.json /deeds/2/options/0',
  'levels/09-the-village-school.json /deeds/2/options/1',
  'levels/09-the-village-school.json /deeds/2/options/2',
  'levels/09-the-village-school.json /deeds/2/thanks',
]);

describe('level texts (levels/*.json)', () => {
  const texts = levelTexts();

  it('finds the texts of every level and the campaign', () => {
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.some((t) => t.where.startsWith('levels/campaign.json'))).toBe(true);
  });

  it('every text has English and Chinese, neither empty', () => {
    const bad = texts.flatMap((t) => [
      ...(typeof t.en === 'string' && t.en.trim() ? [] : [`${t.where}: no English`]),
      ...(typeof t.zh === 'string' && t.zh.trim() ? [] : [`${t.where}: no Chinese`]),
    ]);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('the Chinese texts are translated, not English copies', () => {
    const bad = texts.flatMap((t) => {
      if (typeof t.en !== 'string' || typeof t.zh !== 'string') return [];
      if (ENGLISH_ON_PURPOSE.has(t.where)) return [];
      const problems: string[] = [];
      if (/[A-Za-z]/.test(t.en) && !HAN.test(t.zh)) problems.push(`${t.where}: "${t.zh}"`);
      const words = t.zh.match(LATIN_WORD) ?? [];
      if (words.length)
        problems.push(`${t.where}: English words in "${t.zh}": ${words.join(', ')}`);
      return problems;
    });
    expect(bad, `untranslated Chinese:\n${bad.join('\n')}`).toEqual([]);
  });

  it('the texts kept in English on purpose are still there (the allowlist is not stale)', () => {
    const where = new Set(texts.map((t) => t.where));
    expect([...ENGLISH_ON_PURPOSE].filter((w) => !where.has(w))).toEqual([]);
  });
});
