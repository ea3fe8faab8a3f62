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

export const rewardSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('time').describe('Extra seconds on the clock.'),
        seconds: z.int().min(1).max(120).describe('How many seconds.'),
      })
      .describe('A reward of extra time.'),
    z
      .strictObject({
        kind: z.literal('carry').describe('One more item can be carried.'),
      })
      .describe('A reward: a bag to carry one more thing.'),
  ])
  .describe('What the player may accept instead of answering "It\'s my duty".');

export type Reward = z.infer<typeof rewardSchema>;

export const trafficLaneSchema = z
  .strictObject({
    row: z
      .int()
      .min(0)
      .max(63)
      .optional()
      .describe('The map row the lane runs along (left–right).'),
    column: z
      .int()
      .min(0)
      .max(63)
      .optional()
      .describe('The map column the lane runs along (up–down). Give a row or a column.'),
    dir: z.enum(['left', 'right', 'up', 'down']).describe('Which way the cars drive.'),
    speed: z.number().min(0.5).max(8).default(3).describe('Tiles per second. Default 3.'),
    spacing: z
      .int()
      .min(3)
      .max(60)
      .default(8)
      .describe('Tiles from one car to the next. Default 8.'),
    offset: z.int().min(0).max(60).default(0).describe('Where the first car starts, in tiles.'),
    sprite: z
      .enum(['automobile', 'taxi', 'bus'])
      .default('automobile')
      .describe('How the cars look. Default "automobile".'),
  })
  .describe(
    "A lane of cars. Cars stop before a crosswalk while anyone is on it or the walkers' light is green; elsewhere they bump the player, who loses a moment.",
  );

export type TrafficLane = z.infer<typeof trafficLaneSchema>;

/** Fields every deed kind has. */
export const deedBaseShape = {
  id: idSchema,
  points: pointsSchema,
  need: localTextSchema.describe(
    'What the person says when they need help, shown when the player talks to them.',
  ),
  thanks: localTextSchema.describe('The thank-you line shown when the deed is done.'),
  reward: rewardSchema
    .optional()
    .describe(
      'If set, when thanked the player chooses: "It\'s my duty" (a modesty bonus) or this reward, which helps later.',
    ),
};
