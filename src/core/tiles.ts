// The kinds of ground a map is made of, and what each allows.

export const TILE_KINDS = [
  'grass',
  'flowers',
  'path',
  'floor',
  'carpet',
  'sand',
  'road',
  'crosswalk',
  'barren',
  'wall',
  'roof',
  'water',
  'hedge',
  'tree',
  'pine',
  'fence',
  'rock',
  'counter',
] as const;

export type TileKind = (typeof TILE_KINDS)[number];

interface TileRule {
  /** Whether people can stand on it. */
  readonly walkable: boolean;
  /** Shown in the designers' schema. */
  readonly description: string;
}

export const TILE_RULES: Record<TileKind, TileRule> = {
  grass: { walkable: true, description: 'Grass: open ground.' },
  flowers: { walkable: true, description: 'Grass with flowers: open ground.' },
  path: { walkable: true, description: 'Paved footpath.' },
  floor: { walkable: true, description: 'Indoor wooden floor.' },
  carpet: { walkable: true, description: 'Indoor carpet.' },
  sand: { walkable: true, description: 'Sand.' },
  road: { walkable: true, description: 'Road where cars drive.' },
  crosswalk: { walkable: true, description: 'Zebra crossing over a road.' },
  barren: { walkable: true, description: 'Dry barren ground, where saplings can be planted.' },
  wall: { walkable: false, description: 'The wall of a building: blocks the way.' },
  roof: { walkable: false, description: 'A roof seen from above: blocks the way.' },
  water: { walkable: false, description: 'Water: blocks the way.' },
  hedge: { walkable: false, description: 'A hedge: blocks the way.' },
  tree: { walkable: false, description: 'A leafy tree: blocks the way.' },
  pine: { walkable: false, description: 'A pine tree: blocks the way.' },
  fence: { walkable: false, description: 'A wooden fence: blocks the way.' },
  rock: { walkable: false, description: 'A boulder: blocks the way.' },
  counter: { walkable: false, description: 'A counter or desk: blocks the way.' },
};

export function isWalkableKind(kind: TileKind): boolean {
  return TILE_RULES[kind].walkable;
}
