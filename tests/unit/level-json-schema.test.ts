import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema, levelJsonSchemaText } from '../../src/core/level-json-schema';

describe('the generated level schema', () => {
  it('is up to date with the TypeScript schema (run `npm run schema` if this fails)', () => {
    const onDisk = readFileSync(new URL('../../levels/level.schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(levelJsonSchemaText());
  });

  it('describes every property, so editors can explain each field', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      const props = obj.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(props ?? {})) {
        if (typeof child.description !== 'string' && !('$ref' in child))
          missing.push(`${path}/${key}`);
        visit(child, `${path}/${key}`);
      }
      for (const key of ['items', 'additionalProperties']) visit(obj[key], `${path}/${key}`);
      for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
        (obj[key] as unknown[] | undefined)?.forEach((c, i) => visit(c, `${path}/${key}/${i}`));
      }
    };
    visit(levelJsonSchema(), '');
    expect(missing).toEqual([]);
  });

  it('lists the deed kinds and tile kinds as enums', () => {
    const text = levelJsonSchemaText();
    for (const kind of ['deliver', 'escort', 'repair'])
      expect(text).toContain(`"const": "${kind}"`);
    expect(text).toContain('"crosswalk"');
  });
});
