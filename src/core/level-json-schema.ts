// The JSON Schema of level files, generated from the zod schema (the single source of truth),
// so editors can complete and check levels and show each field's description on hover.
import { z } from 'zod';
import { levelSchema } from './level-schema';

export function levelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(levelSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: 'level.schema.json',
    title: 'Good Deeds level',
  };
}

/** The schema file's text, as written to `levels/level.schema.json`. */
export function levelJsonSchemaText(): string {
  return JSON.stringify(levelJsonSchema(), null, 2) + '\n';
}
