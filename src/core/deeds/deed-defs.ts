// The schema of a deed: one entry per kind, told apart by "kind".
import { z } from 'zod';
import { chooseSchema } from './deed-choose';
import { collectSchema } from './deed-collect';
import { deliverSchema } from './deed-deliver';
import { donateSchema } from './deed-donate';
import { escortSchema } from './deed-escort';
import { plantSchema } from './deed-plant';
import { repairSchema } from './deed-repair';
import { rescueSchema } from './deed-rescue';
import { returnSchema } from './deed-return';
import { teachSchema } from './deed-teach';

export const deedSchema = z
  .discriminatedUnion('kind', [
    deliverSchema,
    returnSchema,
    escortSchema,
    repairSchema,
    collectSchema,
    plantSchema,
    teachSchema,
    chooseSchema,
    rescueSchema,
    donateSchema,
  ])
  .describe('A good deed the player can do. "kind" says which rules apply.');

export type DeedDef = z.infer<typeof deedSchema>;
export { DEED_KINDS, type DeedKind } from './deed-kinds';
