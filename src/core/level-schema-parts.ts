// Building blocks of the level schema shared by the level itself and by every deed kind.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'an id of lower-case letters, digits and dashes, like "grandma-li"',
  )
  .max(40)
  .describe('An identifier: lower-case letters, digits and dashes, unique in the level.');

export const localTextSchema = z
  .strictObject({
    en: z.string().min(1).max(400).describe('The text in English.'),
    zh: z.string().min(1).max(400).describe('The text in Simplified Chinese.'),
  })
  .describe('A text in both languages: { "en": "…", "zh": "…" }.');

export type LocalText = z.infer<typeof localTextSchema>;

export const pointSchema = z
  .strictObject({
    x: z.int().min(0).max(199).describe('Column, counted from 0 at the left edge of the map.'),
    y: z.int().min(0).max(199).describe('Row, counted from 0 at the top row of the map.'),
  })
  .describe('A tile on the map.');

export const spriteSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .describe('The picture to draw: the name of a frame in the art atlas, like "old-woman".');

export const pointsSchema = z
  .int()
  .min(0)
  .max(10000)
  .default(100)
  .describe('Points for doing this deed. Default 100.');

/** Fields every deed kind has. */
export const deedBaseShape = {
  id: idSchema,
  points: pointsSchema,
  need: localTextSchema.describe(
    'What the person says when they need help, shown when the player talks to them.',
  ),
  thanks: localTextSchema.describe('The thank-you line shown when the deed is done.'),
};
