// The level file format (schema version 1): the single source of truth for what a designer
// can write in `levels/*.json`.
import { z } from 'zod';
import { deedSchema } from './deeds/deed-defs';
import {
  LEVEL_LIMITS as LIMITS,
  SCHEMA_VERSION,
  idSchema,
  localText,
  localTextSchema,
  longTextSchema,
  nameSchema,
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
    name: nameSchema.describe('The person\'s name, like "Grandma Li".'),
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
    name: nameSchema.describe('The item\'s name, like "umbrella".'),
  })
  .describe('A thing the player can pick up and carry.');

export const placeSchema = z
  .strictObject({
    id: idSchema,
    at: pointSchema.describe('The top-left tile of the place.'),
    width: z.int().min(1).max(20).default(1).describe('Width in tiles. Default 1.'),
    height: z.int().min(1).max(20).default(1).describe('Height in tiles. Default 1.'),
    sprite: spriteSchema.optional().describe('A picture drawn on the place, if any.'),
    name: nameSchema.describe('The place\'s name, like "bus stop".'),
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
      .array(
        z
          .string()
          .min(1, 'an empty row: a row has at least one tile')
          .max(LIMITS.mapTiles, `too wide: a map is at most ${LIMITS.mapTiles} tiles wide`),
      )
      .min(1, 'no rows: a map has at least one row')
      .max(LIMITS.mapTiles, `too high: a map is at most ${LIMITS.mapTiles} rows high`)
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
    mustDo: z
      .array(idSchema)
      .max(LIMITS.deeds, `too many: at most ${LIMITS.deeds} deed ids`)
      .default([])
      .describe('Ids of deeds that must be among those done.'),
  })
  .describe('What it takes to pass the level.');

export const levelSchema = z
  .strictObject({
    $schema: z
      .string()
      .max(200, 'too long: at most 200 characters')
      .optional()
      .describe('Path to the schema, for editors: "./level.schema.json".'),
    schemaVersion: z
      .literal(SCHEMA_VERSION)
      .describe(`The version of this format the file is written for: ${SCHEMA_VERSION}.`),
    id: idSchema.describe('The level\'s id; by convention the file name without ".json".'),
    title: localText(LIMITS.title).describe("The level's title."),
    intro: longTextSchema.describe('One or two sentences shown before the level starts.'),
    map: mapSchema,
    start: pointSchema.describe('Where the player starts.'),
    people: z
      .array(personSchema)
      .max(LIMITS.people, `too many people: at most ${LIMITS.people}`)
      .default([])
      .describe(`The people in the level, at most ${LIMITS.people}.`),
    items: z
      .array(itemSchema)
      .max(LIMITS.items, `too many items: at most ${LIMITS.items}`)
      .default([])
      .describe(`Things lying about to pick up, at most ${LIMITS.items}.`),
    places: z
      .array(placeSchema)
      .max(LIMITS.places, `too many places: at most ${LIMITS.places}`)
      .default([])
      .describe(`Named spots and things, at most ${LIMITS.places}.`),
    deeds: z
      .array(deedSchema)
      .min(1, 'no deeds: a level has at least one deed')
      .max(LIMITS.deeds, `too many deeds: at most ${LIMITS.deeds}`)
      .describe(`The good deeds to be done, at most ${LIMITS.deeds}.`),
    goal: goalSchema.default({ mustDo: [] }),
    timeLimit: z
      .number()
      .min(
        LIMITS.timeLimit.min,
        `too short: a time limit is at least ${LIMITS.timeLimit.min} seconds`,
      )
      .max(
        LIMITS.timeLimit.max,
        `too long: a time limit is at most ${LIMITS.timeLimit.max} seconds (an hour)`,
      )
      .nullable()
      .default(null)
      .describe(
        `Seconds to pass the level (${LIMITS.timeLimit.min} to ${LIMITS.timeLimit.max}), or null for no time limit.`,
      ),
    stars: z
      .tuple([z.int().min(0), z.int().min(0), z.int().min(0)])
      .describe('Scores for one, two and three stars, ascending. The third star is a red star.'),
    traffic: z
      .array(trafficLaneSchema)
      .max(LIMITS.lanes, `too many lanes: at most ${LIMITS.lanes}`)
      .default([])
      .describe(
        `Lanes of cars driving along road rows or columns: at most ${LIMITS.lanes} lanes and ${LIMITS.cars} cars in all.`,
      ),
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
        learningGoal: longTextSchema.describe('What the level helps pupils think about.'),
        discussion: longTextSchema.describe('A question for the class after playing.'),
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
