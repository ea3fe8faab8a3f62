// The schema of a deed: one entry per kind, told apart by "kind".
import { z } from 'zod';
import { deliverSchema } from './deed-deliver';
import { escortSchema } from './deed-escort';
import { repairSchema } from './deed-repair';

export const deedSchema = z
  .discriminatedUnion('kind', [deliverSchema, escortSchema, repairSchema])
  .describe('A good deed the player can do. "kind" says which rules apply.');

export type DeedDef = z.infer<typeof deedSchema>;
export type DeedKind = DeedDef['kind'];
export const DEED_KINDS: readonly DeedKind[] = ['deliver', 'escort', 'repair'];
