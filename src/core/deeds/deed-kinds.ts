// The kinds of good deed, in the order achievements and guides list them. Apart from the deed
// schemas (deed-defs.ts checks the two agree), so that the save and achievements can name the
// kinds without loading the level rules.
export const DEED_KINDS = [
  'deliver',
  'return',
  'escort',
  'repair',
  'collect',
  'plant',
  'teach',
  'choose',
  'rescue',
  'donate',
] as const;

export type DeedKind = (typeof DEED_KINDS)[number];
