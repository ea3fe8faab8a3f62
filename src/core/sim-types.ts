// The shapes the simulation works on: the compiled level, the state, inputs and events.
import type { Dir, Point } from './geometry';
import type { LocalText } from './level-schema-parts';
import type { TileKind } from './tiles';
import type { DeedDef, DeedKind } from './deeds/deed-defs';
import type { Reward, TrafficLane } from './level-schema-parts';

export interface PersonDef {
  readonly id: string;
  readonly sprite: string;
  readonly at: Point;
  readonly name: LocalText;
  readonly says: LocalText | null;
}

export interface ItemDef {
  readonly id: string;
  readonly sprite: string;
  readonly at: Point;
  readonly name: LocalText;
}

export interface PlaceDef {
  readonly id: string;
  readonly at: Point;
  readonly width: number;
  readonly height: number;
  readonly sprite: string | null;
  readonly name: LocalText;
  /** A solid place (a mailbox, a broken swing) blocks its tiles; an open one (a bus stop) not. */
  readonly solid: boolean;
}

/** A level after parsing and checking: everything the simulation needs, resolved. */
export interface Level {
  readonly id: string;
  readonly title: LocalText;
  readonly intro: LocalText;
  readonly width: number;
  readonly height: number;
  /** Row-major tile kinds, `width * height` long. */
  readonly tiles: readonly TileKind[];
  readonly start: Point;
  readonly people: readonly PersonDef[];
  readonly items: readonly ItemDef[];
  readonly places: readonly PlaceDef[];
  readonly deeds: readonly DeedDef[];
  /** How many deeds pass the level, and which ones must be among them. */
  readonly goal: { readonly required: number; readonly mustDo: readonly string[] };
  readonly timeLimitMs: number | null;
  /** Scores for one, two and three stars, ascending. */
  readonly stars: readonly [number, number, number];
  readonly seed: number;
  /** Lanes of cars. */
  readonly traffic: readonly TrafficLane[];
  /** Crosswalk lights: seconds green and red for walkers, or null. */
  readonly lights: { readonly green: number; readonly red: number } | null;
  /** Notes for teachers: what the level is about and a question for discussion. */
  readonly teacher: { readonly learningGoal: LocalText; readonly discussion: LocalText } | null;
}

/** Anyone who stands on a tile and moves between tiles. */
export interface Mover {
  x: number;
  y: number;
  facing: Dir;
  /** The tile the mover is walking from; equal to x/y when standing. */
  fromX: number;
  fromY: number;
  /** 0 when a step has just started, 1 when standing on x/y. */
  moveT: number;
}

export interface PlayerState extends Mover {
  /** Ids of the items carried, oldest first. */
  carrying: string[];
  /** Tiles still to walk after a tap, nearest first. */
  path: Point[];
  /** A tile to interact with once the path is walked. */
  pendingInteract: Point | null;
  /** The repair deed being worked on while the player stays put. */
  workingOn: string | null;
  /** Time left dazed after a bump with a car (the player can't move meanwhile). */
  stunMs: number;
}

export interface PersonState extends Mover {
  readonly id: string;
  /** Following the player (being escorted). */
  following: boolean;
  /** Helped: smiles and needs nothing more. */
  helped: boolean;
}

export type ItemHolder = { kind: 'ground' } | { kind: 'player' } | { kind: 'given'; to: string };

export interface ItemState {
  readonly id: string;
  x: number;
  y: number;
  holder: ItemHolder;
}

/** `missed`: the chance has passed (a countdown ran out, a dilemma answered unkindly). */
export type DeedStatus = 'open' | 'active' | 'done' | 'missed';

export interface DeedState {
  readonly id: string;
  status: DeedStatus;
  /** Repair: milliseconds of work done; rescue: milliseconds counted down. */
  progressMs: number;
  /** Collect, plant, donate: how many of the items are in place. */
  count: number;
  /** Teach: wrong answers so far. */
  tries: number;
}

/** A question on screen; the clock stops until the player answers. */
export interface Dialog {
  readonly kind: 'teach' | 'choose' | 'thanks';
  readonly deedId: string;
}

/** A car driving along a lane. */
export interface CarState {
  readonly id: number;
  /** Lane index in the level's traffic list. */
  readonly lane: number;
  /** Position along the lane in tiles (fractional), measured in the driving direction. */
  pos: number;
}

/** The player's answers that say something about them, kept for the results. */
export interface Character {
  /** Honest choices (returning what was found, telling the truth). */
  honest: number;
  /** Choices that were not honest. */
  dishonest: number;
  /** Times the player answered thanks with "It's my duty". */
  modest: number;
  /** Rewards accepted. */
  rewards: number;
}

/** One deed done, as scoring sees it. */
export interface DeedRecord {
  readonly deedId: string;
  readonly kind: DeedKind;
  readonly points: number;
  readonly atMs: number;
  /** Extra points for following the previous deed quickly. */
  readonly relay: number;
}

/** `failed`: a required deed was missed, so the level can no longer be passed. */
export type SimStatus = 'playing' | 'passed' | 'timeUp' | 'failed';

export interface SimState {
  readonly level: Level;
  tick: number;
  timeMs: number;
  rng: number;
  status: SimStatus;
  player: PlayerState;
  people: PersonState[];
  items: ItemState[];
  deeds: DeedState[];
  records: DeedRecord[];
  /** A question waiting for the player's answer, or null. */
  dialog: Dialog | null;
  /** Tiles where saplings were planted. */
  planted: Point[];
  cars: CarState[];
  character: Character;
  /** Extra time won as rewards, added to the level's limit. */
  bonusMs: number;
  /** Extra items the player can carry (a reward). */
  carryBonus: number;
  /** Extra points (modesty) beyond the deeds. */
  modestyPoints: number;
}

/** What the player does during one step. */
export interface SimInput {
  /** A direction held down (keyboard, pad). */
  readonly dir?: Dir | null;
  /** Interact pressed during this step. */
  readonly interact?: boolean;
  /** A tile tapped or clicked during this step. */
  readonly tap?: Point | null;
  /** The option picked in the open dialogue (0-based). */
  readonly choice?: number | null;
}

export type SimEvent =
  | { type: 'moved'; who: string; from: Point; to: Point }
  | { type: 'bumped'; at: Point }
  | { type: 'useCrosswalk'; at: Point }
  | { type: 'alreadyEscorting'; personId: string }
  | { type: 'pickedUp'; itemId: string }
  | { type: 'handsFull'; itemId: string }
  | { type: 'handedOver'; itemId: string; to: string }
  | { type: 'talked'; personId: string; text: LocalText }
  | { type: 'following'; personId: string; deedId: string }
  | { type: 'working'; deedId: string }
  | { type: 'needsTool'; deedId: string; itemId: string }
  | { type: 'deedDone'; deedId: string; points: number; relay: number; at: Point }
  | { type: 'dialog'; kind: Dialog['kind']; deedId: string }
  | { type: 'answered'; deedId: string; correct: boolean }
  | { type: 'chosen'; deedId: string; option: number; kind: 'good' | 'unkind' }
  | { type: 'modest'; deedId: string; points: number }
  | { type: 'rewarded'; deedId: string; reward: Reward }
  | { type: 'placed'; deedId: string; itemId: string; count: number; total: number }
  | { type: 'planted'; deedId: string; at: Point }
  | { type: 'deedMissed'; deedId: string }
  | { type: 'carHit'; at: Point }
  | { type: 'levelPassed' }
  | { type: 'levelFailed' }
  | { type: 'timeUp' };

/** The player is the mover with this id in `moved` events. */
export const PLAYER_ID = 'player';
