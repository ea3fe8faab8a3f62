// The rules in src/core stay pure: no imports from outside core (Phaser, Howler, scenes, view,
// ui, audio, platform, Node), no browser globals, no clock, no Math.random. Read with the
// TypeScript parser, so comments and strings that merely mention these words do not count.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'src', 'core');

const FORBIDDEN_PACKAGES = ['phaser', 'howler'];
const FORBIDDEN_GLOBALS = new Set(['window', 'document', 'localStorage']);
const FORBIDDEN_MEMBERS: Record<string, readonly string[]> = {
  Math: ['random'],
  Date: ['now'],
  performance: ['now'],
};

/** What is impure in one file, each as `file:line: what`. `file` is the path under the root. */
function impurities(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file}:${line + 1}: ${what}`);
  };

  const checkSpecifier = (node: ts.Node, spec: string): void => {
    const pkg = spec.split('/')[0]!;
    if (FORBIDDEN_PACKAGES.includes(pkg)) report(node, `imports "${spec}"`);
    else if (spec.startsWith('node:')) report(node, `imports "${spec}" (I/O)`);
    else if (spec.startsWith('.')) {
      const target = resolve(dirname(join(ROOT, file)), spec);
      const inside = relative(CORE, target);
      if (inside.startsWith('..') || inside.startsWith(sep)) {
        report(node, `imports "${spec}", which is outside src/core`);
      }
    }
  };

  const isNameOnly = (node: ts.Identifier): boolean => {
    const p = node.parent;
    return (
      ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) &&
        (ts.isPropertyAccessExpression(p) ? p.name : p.right) === node) ||
      ((ts.isPropertyAssignment(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isPropertySignature(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isMethodSignature(p)) &&
        p.name === node)
    );
  };

  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      checkSpecifier(node, node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const dynamic =
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require');
      if (dynamic && arg && ts.isStringLiteralLike(arg)) checkSpecifier(node, arg.text);
      if (ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
        report(node, 'reads the clock with Date()');
      }
    } else if (ts.isNewExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
        report(node, 'reads the clock with new Date');
      }
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const object = node.expression;
      const member = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : null;
      if (ts.isIdentifier(object) && member !== null) {
        if (FORBIDDEN_MEMBERS[object.text]?.includes(member)) {
          report(node, `uses ${object.text}.${member}`);
        }
        if (object.text === 'globalThis' && FORBIDDEN_GLOBALS.has(member)) {
          report(node, `uses globalThis.${member}`);
        }
      }
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isNameOnly(node)) {
      report(node, `uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function coreFiles(): string[] {
  return readdirSync(CORE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join('src', 'core', f).split(sep).join('/'))
    .sort();
}

describe('src/core is pure', () => {
  const files = coreFiles();

  it('finds the core files, deeds included', () => {
    expect(files).toContain('src/core/sim.ts');
    expect(files).toContain('src/core/deeds/deed-escort.ts');
  });

  it('no core file imports from outside core or touches the browser, the clock or chance', () => {
    const found = files.flatMap((f) => impurities(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('the purity checker', () => {
  const check = (source: string, file = 'src/core/sample.ts') => impurities(file, source);

  it.each([
    ["import Phaser from 'phaser';", 'imports "phaser"'],
    ["import { Howl } from 'howler';", 'imports "howler"'],
    ["import type { Scene } from 'phaser/types';", 'imports "phaser/types"'],
    ["import { PlayScene } from '../scenes/play-scene';", 'outside src/core'],
    ["import { drawWorld } from '../view/world-view';", 'outside src/core'],
    ["import { showHud } from '../ui/hud';", 'outside src/core'],
    ["import { sfx } from '../audio/sfx';", 'outside src/core'],
    ["export { store } from '../platform/save-store';", 'outside src/core'],
    ["const m = await import('../platform/test-hook');", 'outside src/core'],
    ["import { readFileSync } from 'node:fs';", 'imports "node:fs"'],
    ['const w = window.innerWidth;', 'uses window'],
    ['document.title = "x";', 'uses document'],
    ["localStorage.setItem('k', 'v');", 'uses localStorage'],
    ['const s = globalThis.localStorage;', 'uses globalThis.localStorage'],
    ['const r = Math.random();', 'uses Math.random'],
    ["const r = Math['random']();", 'uses Math.random'],
    ['const t = Date.now();', 'uses Date.now'],
    ['const t = performance.now();', 'uses performance.now'],
    ['const d = new Date();', 'new Date'],
    ['const d = new Date(0);', 'new Date'],
  ])('flags %s', (line, what) => {
    const found = check(`// header\n\n${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^src\/core\/sample\.ts:3: /);
    expect(found[0]).toContain(what);
  });

  it('names the file and line of each finding', () => {
    const found = check('const a = 1;\nconst b = Math.random();\n\nconst c = Date.now();\n');
    expect(found).toEqual([
      'src/core/sample.ts:2: uses Math.random',
      'src/core/sample.ts:4: uses Date.now',
    ]);
  });

  it('resolves relative imports from the file that makes them', () => {
    expect(check("import { deedModule } from './deeds/deed-registry';")).toEqual([]);
    expect(check("import { x } from '../deeds/x';")).toHaveLength(1);
    expect(check("import { step } from '../sim';", 'src/core/deeds/x.ts')).toEqual([]);
    expect(check("import { hud } from '../../ui/hud';", 'src/core/deeds/x.ts')).toEqual([
      'src/core/deeds/x.ts:1: imports "../../ui/hud", which is outside src/core',
    ]);
    expect(check("import { x } from '../core-extras/x';")).toHaveLength(1);
  });

  it('ignores words in comments and strings, property names and lookalike names', () => {
    const source = [
      '// Pure: no clock, no Math.random, no window, no document.',
      "import { z } from 'zod';",
      "import { stepFrom } from './geometry';",
      "const text = 'open the window; read the document; Date.now() is banned';",
      'export const RELAY_WINDOW_MS = 15_000;',
      'const view = { window: 1, document: 2 };',
      'const w = view.window + view.document;',
      'interface Tab { localStorage: string }',
      'const r = rng.random();',
      'const now = clock.now();',
    ].join('\n');
    expect(check(source)).toEqual([]);
  });
});
