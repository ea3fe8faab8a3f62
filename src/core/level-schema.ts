// The level file format (schema version 1): the single source of truth for what a designer
// can write in `levels/*.json`.
import { z } from 'zod';
import { deedSchema } from './deeds/deed-defs';
import {
  SCHEMA_VERSION,
  idSchema,
  localTextSchema,
  pointSchema,
  spriteSchema,
  trafficLaneSchema,
} from './level-schema-parts';
import { TILE_KINDS } from './tiles';

export const personSchema = z
  .strictObject({
    id: idSchema,
    sprite: spriteSchema,
    at: pointSchema.describe('Where the person stands at the start.'),
    name: localTextSchema.describe('The person\'s name, like "Grandma Li".'),
    says: localTextSchema
      .optional()
      .describe('What they say when the player talks to them and they need nothing.'),
  })
  .describe('Someone in the level.');

export const itemSchema = z
  .strictObject({
    id: idSchema,
    sprite: spriteSchema,
    at: pointSchema.describe(
      'Where the item lies at the start. The player picks it up by walking over it.',
    ),
    name: localTextSchema.describe('The item\'s name, like "umbrella".'),
  })
  .describe('A thing the player can pick up and carry.');

export const placeSchema = z
  .strictObject({
    id: idSchema,
    at: pointSchema.describe('The top-left tile of the place.'),
    width: z.int().min(1).max(20).default(1).describe('Width in tiles. Default 1.'),
    height: z.int().min(1).max(20).default(1).describe('Height in tiles. Default 1.'),
    sprite: spriteSchema.optional().describe('A picture drawn on the place, if any.'),
    name: localTextSchema.describe('The place\'s name, like "bus stop".'),
    solid: z
      .boolean()
      .default(false)
      .describe('True for a thing that blocks the way (a mailbox, a broken swing). Default false.'),
  })
  .describe('A named spot or area: a destination, a thing to mend.');

export const legendSchema = z
  .record(
    z.string().length(1, 'one character'),
    z.enum(TILE_KINDS).describe('The kind of tile this character stands for.'),
  )
  .describe('What each character in the map rows means, like { "#": "wall", ".": "grass" }.');

export const mapSchema = z
  .strictObject({
    rows: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(64)
      .describe('The map, one string per row, one character per tile, all rows the same length.'),
    legend: legendSchema,
  })
  .describe('The ground: rows of characters and a legend saying what each character is.');

export const goalSchema = z
  .strictObject({
    required: z
      .int()
      .min(1)
      .optional()
      .describe('How many deeds pass the level. Default: all of them.'),
    mustDo: z.array(idSchema).default([]).describe('Ids of deeds that must be among those done.'),
  })
  .describe('What it takes to pass the level.');

export const levelSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('Path to the schema, for editors: "./level.schema.json".'),
    schemaVersion: z
      .literal(SCHEMA_VERSION)
      .describe(`The version of this format the file is written for: ${SCHEMA_VERSION}.`),
    id: idSchema.describe('The level\'s id; by convention the file name without ".json".'),
    title: localTextSchema.describe("The level's title."),
    intro: localTextSchema.describe('One or two sentences shown before the level starts.'),
    map: mapSchema,
    start: pointSchema.describe('Where the player starts.'),
    people: z.array(personSchema).max(200).default([]).describe('The people in the level.'),
    items: z.array(itemSchema).max(200).default([]).describe('Things lying about to pick up.'),
    places: z.array(placeSchema).max(200).default([]).describe('Named spots and things.'),
    deeds: z.array(deedSchema).min(1).max(100).describe('The good deeds to be done.'),
    goal: goalSchema.default({ mustDo: [] }),
    timeLimit: z
      .number()
      .min(10)
      .max(3600)
      .nullable()
      .default(null)
      .describe('Seconds to pass the level, or null for no time limit.'),
    stars: z
      .tuple([z.int().min(0), z.int().min(0), z.int().min(0)])
      .describe('Scores for one, two and three stars, ascending. The third star is a red star.'),
    traffic: z
      .array(trafficLaneSchema)
      .max(40)
      .default([])
      .describe('Lanes of cars driving along road rows or columns.'),
    lights: z
      .strictObject({
        green: z.number().min(1).max(60).describe("Seconds the walkers' light is green."),
        red: z.number().min(1).max(60).describe("Seconds the walkers' light is red."),
      })
      .nullable()
      .default(null)
      .describe(
        "Crosswalk lights: while the walkers' light is green every car waits before the crosswalk. null for no lights.",
      ),
    seed: z.int().default(1).describe("Seed for the level's random events. Default 1."),
    teacher: z
      .strictObject({
        learningGoal: localTextSchema.describe('What the level helps pupils think about.'),
        discussion: localTextSchema.describe('A question for the class after playing.'),
      })
      .optional()
      .describe('Notes for teachers.'),
    diary: z
      .strictObject({
        quote: localTextSchema.describe(
          'A short line for the diary page: a real saying (Lei Feng\'s "It\'s my duty") or a gentle one of your own.',
        ),
        reflection: localTextSchema.describe(
          'A question for the player to think about, like "Who helped you this week?".',
        ),
      })
      .optional()
      .describe(
        'The diary page the player collects by passing the level: a quote and a reflection question.',
      ),
  })
  .describe('A Good Deeds level.');

export type LevelFile = z.infer<typeof levelSchema>;
