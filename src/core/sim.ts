// The simulation: `step(state, input, dt) → { state, events }` on a fixed time step.
// Pure: no clock, no Math.random (the seeded generator lives in the state), no I/O.
import { deedModule } from './deeds/deed-registry';
import { dirTowards, isNeighbour, samePoint, stepFrom, type Dir, type Point } from './geometry';
import { findPath } from './grid-path';
import { isWalkableKind, type TileKind } from './tiles';
import type {
  DeedState,
  Level,
  Mover,
  PersonState,
  SimEvent,
  SimInput,
  SimState,
} from './sim-types';
import { PLAYER_ID } from './sim-types';
import { createCars, stepCars } from './traffic';
import { WorldOps } from './world-ops';

/** The fixed time step, in milliseconds. */
export const TICK_MS = 25;
/** Time to walk from one tile to the next. */
export const MOVE_MS = 175;
/** How many items the player can carry at once. */
export const CARRY_LIMIT = 3;

/** The state at the start of a level. */
export function createState(level: Level): SimState {
  const still = (at: Point, facing: Dir = 'down'): Mover => ({
    x: at.x,
    y: at.y,
    fromX: at.x,
    fromY: at.y,
    moveT: 1,
    facing,
  });
  return {
    level,
    tick: 0,
    timeMs: 0,
    rng: level.seed | 0,
    status: 'playing',
    player: {
      ...still(level.start),
      carrying: [],
      path: [],
      pendingInteract: null,
      workingOn: null,
      stunMs: 0,
    },
    people: level.people.map((p) => ({
      ...still(p.at),
      id: p.id,
      following: false,
      helped: false,
    })),
    items: level.items.map((i) => ({ id: i.id, x: i.at.x, y: i.at.y, holder: { kind: 'ground' } })),
    deeds: level.deeds.map((d) => ({
      id: d.id,
      status: 'open',
      progressMs: 0,
      count: 0,
      tries: 0,
    })),
    records: [],
    dialog: null,
    planted: [],
    cars: createCars(level),
    character: { honest: 0, dishonest: 0, modest: 0, rewards: 0 },
    bonusMs: 0,
    carryBonus: 0,
    modestyPoints: 0,
  };
}

/** A deep copy of the state that shares the (immutable) level. */
export function cloneState(s: SimState): SimState {
  return {
    level: s.level,
    tick: s.tick,
    timeMs: s.timeMs,
    rng: s.rng,
    status: s.status,
    player: {
      ...s.player,
      carrying: [...s.player.carrying],
      path: [...s.player.path],
    },
    people: s.people.map((p) => ({ ...p })),
    items: s.items.map((i) => ({ ...i, holder: { ...i.holder } })),
    deeds: s.deeds.map((d) => ({ ...d })),
    records: [...s.records],
    dialog: s.dialog,
    planted: [...s.planted],
    cars: s.cars.map((c) => ({ ...c })),
    character: { ...s.character },
    bonusMs: s.bonusMs,
    carryBonus: s.carryBonus,
    modestyPoints: s.modestyPoints,
  };
}

/** Advances the simulation by `dtMs` (normally TICK_MS) and returns the new state and events. */
export function step(
  state: SimState,
  input: SimInput,
  dtMs: number,
): { state: SimState; events: SimEvent[] } {
  const next = cloneState(state);
  const events: SimEvent[] = [];
  advance(next, input, dtMs, events);
  return { state: next, events };
}

/** Like `step`, but changes `state` in place (for the solver and the game loop). */
export function advance(state: SimState, input: SimInput, dtMs: number, events: SimEvent[]): void {
  if (state.status !== 'playing') return;
  const world = new WorldOps(state, events);
  state.tick++;
  if (state.dialog) {
    // The clock stands still while a question waits for its answer.
    if (input.choice !== undefined && input.choice !== null) answer(world, input.choice);
    if (!state.dialog) checkEnd(state, events);
    return;
  }
  state.timeMs += dtMs;
  const player = state.player;
  const dazed = player.stunMs > 0;
  if (dazed) player.stunMs = Math.max(0, player.stunMs - dtMs);

  if (input.tap && !dazed) handleTap(world, input.tap);
  if (input.dir) {
    player.path = [];
    player.pendingInteract = null;
  }
  if (input.interact && !dazed) interact(world, stepFrom(player, player.facing));

  advanceMovers(world, dtMs);
  if (player.moveT >= 1 && !dazed && !state.dialog) {
    if (input.dir) tryStep(world, input.dir, true);
    else followPath(world);
  }
  stepCars(state, dtMs, events);

  for (const [i, deed] of state.level.deeds.entries()) {
    const ds = deedStateAt(state, i, deed.id);
    // One question at a time: the rest wait for the next step.
    if (state.dialog) break;
    if (ds.status === 'open' || ds.status === 'active') {
      deedModule(deed).tick(world, deed, ds, dtMs);
    }
  }
  checkEnd(state, events);
}

/** Points for answering thanks with "It's my duty". */
export const MODESTY_BONUS = 50;

function answer(world: WorldOps, option: number): void {
  const { state } = world;
  const dialog = state.dialog!;
  const deed = state.level.deeds.find((d) => d.id === dialog.deedId)!;
  if (dialog.kind !== 'thanks') {
    const ds = state.deeds.find((d) => d.id === deed.id)!;
    deedModule(deed).answer?.(world, deed, ds, option);
    return;
  }
  if (option !== 0 && option !== 1) return;
  world.closeDialog();
  if (option === 0 || !deed.reward) {
    state.modestyPoints += MODESTY_BONUS;
    state.character.modest++;
    world.emit({ type: 'modest', deedId: deed.id, points: MODESTY_BONUS });
    return;
  }
  state.character.rewards++;
  if (deed.reward.kind === 'time') state.bonusMs += deed.reward.seconds * 1000;
  else state.carryBonus++;
  world.emit({ type: 'rewarded', deedId: deed.id, reward: deed.reward });
}

/** The level's time limit including time won as rewards, or null. */
/** The state of the `i`th deed: states are made in the level's order (searched by id if not). */
function deedStateAt(state: SimState, i: number, id: string): DeedState {
  const ds = state.deeds[i];
  return ds?.id === id ? ds : state.deeds.find((d) => d.id === id)!;
}

export function timeLimitOf(state: SimState): number | null {
  return state.level.timeLimitMs === null ? null : state.level.timeLimitMs + state.bonusMs;
}

/** True when the required deeds can no longer all be done (a chance has passed). */
function outOfReach(state: SimState): boolean {
  const possible = state.deeds.filter((d) => d.status !== 'missed');
  if (possible.length < state.level.goal.required) return true;
  return state.level.goal.mustDo.some(
    (id) => state.deeds.find((d) => d.id === id)?.status === 'missed',
  );
}

function checkEnd(state: SimState, events: SimEvent[]): void {
  if (state.dialog) return;
  const limit = timeLimitOf(state);
  if (goalMet(state)) {
    state.status = 'passed';
    events.push({ type: 'levelPassed' });
  } else if (outOfReach(state)) {
    state.status = 'failed';
    events.push({ type: 'levelFailed' });
  } else if (limit !== null && state.timeMs >= limit) {
    state.status = 'timeUp';
    events.push({ type: 'timeUp' });
  }
}

/** True when enough deeds are done, including every deed the goal names. */
export function goalMet(state: SimState): boolean {
  const done = state.deeds.filter((d) => d.status === 'done');
  if (done.length < state.level.goal.required) return false;
  return state.level.goal.mustDo.every((id) => done.some((d) => d.id === id));
}

function tileWalkable(level: Level, x: number, y: number): boolean {
  const kind = tileKindAt(level, x, y);
  return kind !== null && isWalkableKind(kind);
}

function isRoad(level: Level, x: number, y: number): boolean {
  return tileKindAt(level, x, y) === 'road';
}

function tileKindAt(level: Level, x: number, y: number): TileKind | null {
  if (x < 0 || y < 0 || x >= level.width || y >= level.height) return null;
  return level.tiles[y * level.width + x]!;
}

function solidPlaceAt(level: Level, x: number, y: number): boolean {
  return level.places.some(
    (p) => p.solid && x >= p.at.x && y >= p.at.y && x < p.at.x + p.width && y < p.at.y + p.height,
  );
}

/** Per level, 1 for each tile that is open ground (walkable and under no solid place). */
const openGroundMaps = new WeakMap<Level, Uint8Array>();

function openGroundMap(level: Level): Uint8Array {
  let map = openGroundMaps.get(level);
  if (!map) {
    map = new Uint8Array(level.width * level.height);
    for (let y = 0; y < level.height; y++) {
      for (let x = 0; x < level.width; x++) {
        if (tileWalkable(level, x, y) && !solidPlaceAt(level, x, y)) map[y * level.width + x] = 1;
      }
    }
    openGroundMaps.set(level, map);
  }
  return map;
}

/** Ground a person may stand on, ignoring other people. */
export function isOpenGround(level: Level, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= level.width || y >= level.height) return false;
  return openGroundMap(level)[y * level.width + x] === 1;
}

function followers(state: SimState): PersonState[] {
  return state.people.filter((p) => p.following);
}

function startMove(m: Mover, to: Point, facing: Dir): void {
  m.fromX = m.x;
  m.fromY = m.y;
  m.x = to.x;
  m.y = to.y;
  m.facing = facing;
  m.moveT = 0;
}

/** Tries to walk the player one tile; followers walk into the tile behind. */
function tryStep(world: WorldOps, dir: Dir, fromKeys: boolean): boolean {
  const { state } = world;
  const player = state.player;
  const to = stepFrom(player, dir);
  const wasFacing = player.facing;
  player.facing = dir;
  const chain = followers(state);
  const first = chain[0];
  const occupant = world.personAt(to);
  const swapWithFirst = occupant !== null && first !== undefined && occupant.id === first.id;
  if (
    chain.length > 0 &&
    isRoad(state.level, to.x, to.y) &&
    !isRoad(state.level, player.x, player.y)
  ) {
    // Someone walking with you crosses only at the crosswalk.
    world.emit({ type: 'useCrosswalk', at: to });
    return false;
  }
  if (!isOpenGround(state.level, to.x, to.y) || (occupant && !swapWithFirst)) {
    // Turning on the spot is silent; walking into something is a bump.
    if (!fromKeys || wasFacing === dir) world.emit({ type: 'bumped', at: to });
    return false;
  }
  const from: Point = { x: player.x, y: player.y };
  world.stopWork();
  startMove(player, to, dir);
  world.emit({ type: 'moved', who: PLAYER_ID, from, to });
  if (swapWithFirst && first) {
    startMove(first, from, oppositeOf(dir));
    world.emit({ type: 'moved', who: first.id, from: to, to: from });
    return true;
  }
  let behind = from;
  for (const f of chain) {
    if (samePoint(f, behind)) break;
    const fFrom: Point = { x: f.x, y: f.y };
    const facing = dirTowards(fFrom, behind);
    if (!facing) break; // not next to the tile: they wait until the player comes back
    startMove(f, behind, facing);
    world.emit({ type: 'moved', who: f.id, from: fFrom, to: behind });
    behind = fFrom;
  }
  return true;
}

function oppositeOf(d: Dir): Dir {
  return d === 'up' ? 'down' : d === 'down' ? 'up' : d === 'left' ? 'right' : 'left';
}

function advanceMovers(world: WorldOps, dtMs: number): void {
  const { state } = world;
  const player = state.player;
  if (player.moveT < 1) {
    player.moveT = walkOn(player.moveT, dtMs);
    if (player.moveT >= 1) arrive(world);
  }
  for (const p of state.people) {
    if (p.moveT < 1) p.moveT = walkOn(p.moveT, dtMs);
  }
}

/** Progress along a step after `dtMs` more; snaps to 1 so rounding never leaves a step unfinished. */
function walkOn(moveT: number, dtMs: number): number {
  const t = moveT + dtMs / MOVE_MS;
  return t > 1 - 1e-9 ? 1 : t;
}

/** The player reached a tile: pick up what lies there. */
function arrive(world: WorldOps): void {
  const { state } = world;
  for (const item of state.items) {
    if (item.holder.kind === 'ground' && item.x === state.player.x && item.y === state.player.y) {
      pickUp(world, item.id);
    }
  }
}

function pickUp(world: WorldOps, itemId: string): void {
  const { state } = world;
  const item = state.items.find((i) => i.id === itemId);
  if (!item || item.holder.kind !== 'ground') return;
  if (state.player.carrying.length >= CARRY_LIMIT + state.carryBonus) {
    world.emit({ type: 'handsFull', itemId });
    return;
  }
  item.holder = { kind: 'player' };
  state.player.carrying.push(itemId);
  world.emit({ type: 'pickedUp', itemId });
}

function followPath(world: WorldOps): void {
  const player = world.state.player;
  const next = player.path[0];
  if (next) {
    const dir = dirTowards(player, next);
    if (dir && tryStep(world, dir, false)) {
      player.path.shift();
      return;
    }
    player.path = [];
    player.pendingInteract = null;
    return;
  }
  const target = player.pendingInteract;
  if (target) {
    player.pendingInteract = null;
    const dir = dirTowards(player, target);
    if (dir) {
      player.facing = dir;
      interact(world, target);
    }
  }
}

/** The player pressed interact facing `target`. */
function interact(world: WorldOps, target: Point): void {
  const { state } = world;
  for (const deed of state.level.deeds) {
    const ds = state.deeds.find((d) => d.id === deed.id)!;
    if (ds.status === 'done') continue;
    if (deedModule(deed).interact(world, deed, ds, target)) return;
  }
  const item = state.items.find(
    (i) => i.holder.kind === 'ground' && i.x === target.x && i.y === target.y,
  );
  if (item) {
    pickUp(world, item.id);
    return;
  }
  const person = world.personAt(target);
  if (person) {
    world.emit({ type: 'talked', personId: person.id, text: talkText(state, person.id) });
  }
}

/** What a person says when the player talks to them: their open need, or their own line. */
function talkText(state: SimState, personId: string) {
  const level = state.level;
  for (const deed of level.deeds) {
    const ds = state.deeds.find((d) => d.id === deed.id)!;
    if (ds.status !== 'done' && deedModule(deed).person(deed) === personId) return deed.need;
  }
  const def = level.people.find((p) => p.id === personId)!;
  const done = level.deeds.find((d) => deedModule(d).person(d) === personId);
  if (def.says) return def.says;
  if (done) return done.thanks;
  return { en: 'Hello!', zh: '你好！' };
}

/** Whether a tap on `at` means "interact with what stands there". */
function interactableAt(world: WorldOps, at: Point): boolean {
  const level = world.state.level;
  if (world.personAt(at)) return true;
  return solidPlaceAt(level, at.x, at.y);
}

/** A tap: walk to the tile, or go next to what was tapped and interact with it. */
function handleTap(world: WorldOps, at: Point): void {
  const { state } = world;
  const player = state.player;
  const level = state.level;
  if (at.x < 0 || at.y < 0 || at.x >= level.width || at.y >= level.height) return;
  const escorting = followers(state).length > 0;
  // Where people stand in the way, found once: a path search asks about every tile.
  const standing = new Set<number>();
  for (const p of state.people) if (!p.following) standing.add(p.y * level.width + p.x);
  const passable = (x: number, y: number): boolean => {
    if (!isOpenGround(level, x, y)) return false;
    if (escorting && isRoad(level, x, y)) return false;
    return !standing.has(y * level.width + x);
  };
  if (interactableAt(world, at)) {
    if (isNeighbour(player, at) && player.moveT >= 1) {
      player.path = [];
      const dir = dirTowards(player, at)!;
      player.facing = dir;
      interact(world, at);
      return;
    }
    const goals = (['up', 'down', 'left', 'right'] as const).map((d) => stepFrom(at, d));
    const path = findPath(level, player, goals, passable);
    if (path) {
      player.path = path;
      player.pendingInteract = at;
    }
    return;
  }
  if (samePoint(player, at)) {
    // Tapping yourself picks up or interacts with what is in front.
    interact(world, stepFrom(player, player.facing));
    return;
  }
  const path = findPath(level, player, [at], passable);
  if (path) {
    player.path = path;
    player.pendingInteract = null;
  } else {
    world.emit({ type: 'bumped', at });
  }
}
