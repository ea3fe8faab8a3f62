// Building blocks of the level schema shared by the level itself and by every deed kind.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/**
 * The most a level may hold. A level comes from anyone (a file dropped on the game, a link), so
 * everything has a bound: nothing a file says can make the game or the checker run for long or
 * draw text over the whole screen. They are generous: the campaign's levels use a small part of
 * each (docs/levels.md, "Limits").
 */
export const LEVEL_LIMITS = {
  /** Map width and height, in tiles. */
  mapTiles: 64,
  people: 200,
  items: 200,
  places: 200,
  deeds: 100,
  /** Lanes of cars, and cars in all the lanes together. */
  lanes: 16,
  cars: 150,
  /** Characters of a name (a person, an item, a place) in each language. */
  name: 40,
  /** Characters of a level's title. */
  title: 60,
  /** Characters of a line someone says: a need, a thanks, a question, an outcome, a quote. */
  line: 300,
  /** Characters of an answer or an option to choose. */
  answer: 120,
  /** Characters of the longer texts: the intro and the teacher's notes. */
  longText: 400,
  /** Seconds of the time limit. */
  timeLimit: { min: 10, max: 3600 },
  /** Characters of the whole file. */
  fileChars: 1_000_000,
} as const;

export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'an id of lower-case letters, digits and dashes, like "grandma-li"',
  )
  .max(40, 'too long: at most 40 characters')
  .describe('An identifier: lower-case letters, digits and dashes, unique in the level.');

/** A text in both languages, each at most `max` characters. */
export function localText(max: number) {
  const side = (what: string) =>
    z
      .string()
      .min(1, 'empty: write the text')
      .max(max, `too long: at most ${max} characters`)
      .describe(`The text in ${what}, at most ${max} characters.`);
  return z
    .strictObject({ en: side('English'), zh: side('Simplified Chinese') })
    .describe('A text in both languages: { "en": "…", "zh": "…" }.');
}

/** A line someone says (a need, a thanks, a question, an outcome, a quote). */
export const localTextSchema = localText(LEVEL_LIMITS.line);
/** A name: of a person, an item or a place. */
export const nameSchema = localText(LEVEL_LIMITS.name);
/** An answer to a question, or an option of a dilemma. */
export const answerSchema = localText(LEVEL_LIMITS.answer);
/** A longer text: the intro, the teacher's notes. */
export const longTextSchema = localText(LEVEL_LIMITS.longText);

export type LocalText = z.infer<typeof localTextSchema>;

export const pointSchema = z
  .strictObject({
    x: z.int().min(0).max(199).describe('Column, counted from 0 at the left edge of the map.'),
    y: z.int().min(0).max(199).describe('Row, counted from 0 at the top row of the map.'),
  })
  .describe('A tile on the map.');

export const spriteSchema = z
  .string()
  .regex(
    /^[a-z0-9-]+$/,
    'a picture name of lower-case letters, digits and dashes, like "old-woman"',
  )
  .max(40, 'too long: at most 40 characters')
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
