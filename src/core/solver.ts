// The solver: plays a level with the real simulation, trying orders of deeds, and reports
// whether it can be passed within its time limit, with the best time and score it found.
// Fast enough to run on every save: a few hundred thousand simulation steps at most.
import { deedModule } from './deeds/deed-registry';
import type { DeedDef } from './deeds/deed-defs';
import { DIRS, manhattan, type Point } from './geometry';
import { scoreState, type Stars } from './scoring';
import { advance, CARRY_LIMIT, createState, goalMet, TICK_MS, timeLimitOf } from './sim';
import type { Level, SimEvent, SimInput, SimState } from './sim-types';

/** One input at one step of a replay. */
export interface ReplayStep {
  readonly tick: number;
  readonly input: SimInput;
}

export interface SolveResult {
  readonly passed: boolean;
  /** Time taken by the best run found (ms of game time). */
  readonly timeMs: number;
  readonly score: number;
  readonly stars: Stars;
  /** The deeds in the order the best run did them. */
  readonly order: readonly string[];
  /** The inputs of the best run: feeding them to `advance` tick by tick replays it. */
  readonly replay: readonly ReplayStep[];
  /** Why no run passed, when none did. */
  readonly reason: string | null;
  /** True when the best failed run ended because the time ran out. */
  readonly ranOutOfTime: boolean;
  /** How many orders were tried. */
  readonly tried: number;
  /** Simulation steps spent, over every order tried. */
  readonly steps: number;
  /** Work spent, over every order tried (see `SOLVER_WORK_BUDGET`). */
  readonly work: number;
  /** True when the work budget ran out before every order was tried. */
  readonly outOfBudget: boolean;
}

export interface SolveOptions {
  /** The most orders of deeds to try. */
  readonly maxOrders?: number;
  /** The most work to spend in all, over every order tried (see `SOLVER_WORK_BUDGET`). */
  readonly maxWork?: number;
}

/**
 * The solver's work budget, over all the orders it tries. Work is counted in steps of play,
 * each weighed by what a step of this level looks at (its cars, people, items and deeds), plus
 * each path search (a tap) weighed by the tiles of the map: so the count follows the time spent,
 * whatever the level's size. The biggest campaign level needs half of it; a
 * level at every size limit stops here, after a few seconds, instead of keeping the checker (or a
 * browser tab play-testing the level) busy for minutes.
 */
export const SOLVER_WORK_BUDGET = 3_000_000;

/** The work of one step of `level`, and of one path search on its map (see SOLVER_WORK_BUDGET). */
export function workWeights(level: Level): { step: number; tap: number } {
  const cars = createState(level).cars.length;
  const things = level.people.length + level.items.length + level.deeds.length;
  return {
    step: 1 + Math.ceil(cars / 4 + things / 16),
    tap: Math.ceil((level.width * level.height) / 8),
  };
}

/** Counts the steps and work the solver spends, shared by every run of one solve. */
class Budget {
  steps = 0;
  work = 0;
  readonly weights: { step: number; tap: number };
  constructor(
    level: Level,
    readonly max: number,
  ) {
    this.weights = workWeights(level);
  }
  spend(input: SimInput): void {
    this.steps++;
    this.work += this.weights.step + (input.tap ? this.weights.tap : 0);
  }
  get spent(): boolean {
    return this.work >= this.max;
  }
}

/** Longest a single run may take when the level has no time limit. */
const NO_LIMIT_CAP_MS = 15 * 60_000;

class Driver {
  readonly state: SimState;
  readonly replay: ReplayStep[] = [];
  private readonly events: SimEvent[] = [];
  private readonly capMs: number;

  constructor(
    level: Level,
    private readonly budget: Budget,
    private readonly preferReward = false,
  ) {
    this.state = createState(level);
    this.capMs = level.timeLimitMs ?? NO_LIMIT_CAP_MS;
  }

  get over(): boolean {
    // Time won as a reward extends the run, as it does in the game.
    const limit = timeLimitOf(this.state) ?? this.capMs;
    return this.state.status !== 'playing' || this.state.timeMs >= limit || this.budget.spent;
  }

  send(input: SimInput): void {
    if (this.over) return;
    const meaningful = input.dir || input.interact || input.tap || input.choice != null;
    if (meaningful) this.replay.push({ tick: this.state.tick, input });
    this.events.length = 0;
    this.budget.spend(input);
    advance(this.state, input, TICK_MS, this.events);
  }

  /** Steps until the player stands still with nothing queued (or the run is over). */
  settle(): void {
    for (;;) {
      if (this.over) return;
      if (this.state.dialog) {
        this.answerDialog();
        continue;
      }
      const p = this.state.player;
      const idle = p.moveT >= 1 && p.path.length === 0 && p.pendingInteract === null;
      if (idle && !p.workingOn && p.stunMs <= 0) return;
      this.send({});
    }
  }

  /** Answers an open question: the right answer, the kind choice, and "It's my duty". */
  private answerDialog(): void {
    const dialog = this.state.dialog!;
    const deed = this.state.level.deeds.find((d) => d.id === dialog.deedId)!;
    let choice = 0;
    if (dialog.kind === 'teach' && deed.kind === 'teach') choice = deed.answer;
    if (dialog.kind === 'choose' && deed.kind === 'choose') {
      choice = Math.max(
        0,
        deed.options.findIndex((o) => o.kind === 'good'),
      );
    }
    if (dialog.kind === 'thanks') choice = this.preferReward ? 1 : 0;
    this.send({ choice });
  }

  tap(at: Point): void {
    this.send({ tap: at });
    this.settle();
  }

  interact(): void {
    this.send({ interact: true });
    this.settle();
  }

  step(dir: (typeof DIRS)[number]): void {
    this.send({ dir });
    this.settle();
  }

  done(deedId: string): boolean {
    return this.state.deeds.find((d) => d.id === deedId)?.status === 'done';
  }
}

function carried(d: Driver, itemId: string): boolean {
  return d.state.player.carrying.includes(itemId);
}

function fetchItem(d: Driver, itemId: string): void {
  if (carried(d, itemId)) return;
  const item = d.state.items.find((i) => i.id === itemId);
  if (item && item.holder.kind === 'ground') d.tap({ x: item.x, y: item.y });
}

function placeTiles(level: Level, placeId: string): Point[] {
  const place = level.places.find((p) => p.id === placeId);
  if (!place) return [];
  const tiles: Point[] = [];
  for (let y = place.at.y; y < place.at.y + place.height; y++) {
    for (let x = place.at.x; x < place.at.x + place.width; x++) tiles.push({ x, y });
  }
  return tiles;
}

/** Goes to a person or place and uses it: tap a person or a solid place, or walk into an open one. */
function visit(d: Driver, targetId: string, thenInteract: boolean): void {
  const level = d.state.level;
  const person = d.state.people.find((p) => p.id === targetId);
  if (person) {
    d.tap({ x: person.x, y: person.y });
    return;
  }
  const place = level.places.find((p) => p.id === targetId);
  if (!place) return;
  const tiles = placeTiles(level, targetId).sort(
    (a, b) => manhattan(a, d.state.player) - manhattan(b, d.state.player),
  );
  d.tap(tiles[0]!);
  if (thenInteract && !place.solid) d.interact();
}

function doDeliver(d: Driver, deed: Extract<DeedDef, { kind: 'deliver' }>): void {
  fetchItem(d, deed.item);
  visit(d, deed.to, true);
}

function doRepair(d: Driver, deed: Extract<DeedDef, { kind: 'repair' }>): void {
  if (deed.tool) fetchItem(d, deed.tool);
  visit(d, deed.place, true);
}

function doEscort(d: Driver, deed: Extract<DeedDef, { kind: 'escort' }>): void {
  visit(d, deed.person, false);
  const level = d.state.level;
  const tiles = placeTiles(level, deed.to);
  const byDistance = [...tiles].sort(
    (a, b) => manhattan(a, d.state.player) - manhattan(b, d.state.player),
  );
  // Walk to the far side of the place first, so the person following ends up inside it.
  for (const target of [...byDistance].reverse()) {
    if (d.done(deed.id) || d.over) return;
    d.tap(target);
  }
  // Still outside: step on, away from them, so they take one more step in.
  for (let i = 0; i < 4 && !d.done(deed.id) && !d.over; i++) {
    for (const dir of DIRS) {
      if (d.done(deed.id) || d.over) return;
      d.step(dir);
    }
  }
}

/** Fetches the items (as many as the hands hold per trip) and brings them to `targetId`. */
function bringAll(d: Driver, deed: DeedDef, itemIds: readonly string[], targetId: string): void {
  for (let trip = 0; trip < itemIds.length && !d.done(deed.id) && !d.over; trip++) {
    const room = CARRY_LIMIT + d.state.carryBonus - d.state.player.carrying.length;
    const waiting = itemIds.filter((id) => {
      const item = d.state.items.find((i) => i.id === id);
      return item?.holder.kind === 'ground';
    });
    const order = nearestFirst(d, waiting).slice(0, Math.max(1, room));
    for (const id of order) fetchItem(d, id);
    visit(d, targetId, true);
  }
}

function nearestFirst(d: Driver, itemIds: readonly string[]): string[] {
  const at = (id: string): Point => {
    const item = d.state.items.find((i) => i.id === id)!;
    return { x: item.x, y: item.y };
  };
  const left = [...itemIds];
  const out: string[] = [];
  let from: Point = d.state.player;
  while (left.length) {
    left.sort((a, b) => manhattan(at(a), from) - manhattan(at(b), from));
    const next = left.shift()!;
    out.push(next);
    from = at(next);
  }
  return out;
}

function doPlant(d: Driver, deed: Extract<DeedDef, { kind: 'plant' }>): void {
  const level = d.state.level;
  for (const sapling of nearestFirst(d, deed.saplings)) {
    if (d.over) return;
    fetchItem(d, sapling);
    const spots = placeTiles(level, deed.area).filter(
      (t) =>
        level.tiles[t.y * level.width + t.x] === 'barren' &&
        !d.state.planted.some((p) => p.x === t.x && p.y === t.y) &&
        !d.state.people.some((p) => p.x === t.x && p.y === t.y),
    );
    spots.sort((a, b) => manhattan(a, d.state.player) - manhattan(b, d.state.player));
    const spot = spots[0];
    if (!spot) return;
    d.tap(spot);
    d.interact();
  }
}

function doRescue(d: Driver, deed: Extract<DeedDef, { kind: 'rescue' }>): void {
  const tiles = placeTiles(d.state.level, deed.place);
  tiles.sort((a, b) => manhattan(a, d.state.player) - manhattan(b, d.state.player));
  if (tiles[0]) d.tap(tiles[0]);
  // Wait in the spot for the countdown to start, if it has not yet.
  while (
    !d.over &&
    !d.done(deed.id) &&
    d.state.deeds.find((x) => x.id === deed.id)?.status === 'open'
  ) {
    d.send({});
  }
  d.settle();
}

function perform(d: Driver, deed: DeedDef): void {
  switch (deed.kind) {
    case 'deliver':
      doDeliver(d, deed);
      break;
    case 'return':
      fetchItem(d, deed.item);
      visit(d, deed.owner, false);
      break;
    case 'escort':
      doEscort(d, deed);
      break;
    case 'repair':
      doRepair(d, deed);
      break;
    case 'collect':
      bringAll(d, deed, deed.items, deed.bin);
      break;
    case 'donate':
      bringAll(d, deed, deed.items, deed.to);
      break;
    case 'plant':
      doPlant(d, deed);
      break;
    case 'teach':
    case 'choose':
      visit(d, deed.person, false);
      break;
    case 'rescue':
      doRescue(d, deed);
      break;
  }
  // A deed under way (mending) finishes while the player waits.
  while (!d.over && d.state.player.workingOn) d.send({});
}

interface Run {
  passed: boolean;
  state: SimState;
  replay: ReplayStep[];
  order: string[];
  failedAt: string | null;
}

function runOrder(
  level: Level,
  order: readonly DeedDef[],
  budget: Budget,
  preferReward: boolean,
): Run {
  const d = new Driver(level, budget, preferReward);
  const doneOrder: string[] = [];
  let failedAt: string | null = null;
  for (const deed of order) {
    if (d.over || goalMet(d.state)) break;
    perform(d, deed);
    if (d.done(deed.id)) doneOrder.push(deed.id);
    else if (failedAt === null && !d.over) failedAt = deed.id;
  }
  return {
    passed: d.state.status === 'passed',
    state: d.state,
    replay: d.replay,
    order: doneOrder,
    failedAt,
  };
}

/** Orders to try: every permutation for a few deeds, else nearest-first from each start. */
function* orders(level: Level, max: number): Generator<DeedDef[]> {
  const deeds = [...level.deeds];
  if (deeds.length <= 5) {
    let count = 0;
    for (const p of permutations(deeds)) {
      if (count++ >= max) return;
      yield p;
    }
    return;
  }
  const anchorOf = (deed: DeedDef): Point => {
    const refs = deedModule(deed).refs(deed);
    const has = (list: readonly { id: string }[], id: string): boolean =>
      list.some((r) => r.id === id);
    const item = level.items.find((i) => has(refs.items, i.id));
    const person = level.people.find(
      (p) => has(refs.people, p.id) || has(refs.peopleOrPlaces, p.id),
    );
    return (
      item?.at ?? person?.at ?? level.places.find((p) => has(refs.places, p.id))?.at ?? level.start
    );
  };
  // Worked out once: the orders below sort by them again and again.
  const anchors = new Map(deeds.map((d) => [d, anchorOf(d)]));
  const anchor = (deed: DeedDef): Point => anchors.get(deed)!;
  for (let s = 0; s < deeds.length && s < max; s++) {
    const left = deeds.filter((_, i) => i !== s);
    const order = [deeds[s]!];
    while (left.length) {
      const from = anchor(order[order.length - 1]!);
      left.sort((a, b) => manhattan(anchor(a), from) - manhattan(anchor(b), from));
      order.push(left.shift()!);
    }
    yield order;
  }
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) yield [items[i]!, ...p];
  }
}

/** Plays `level` in several deed orders and returns the best run. Never throws. */
export function solveLevel(level: Level, options: SolveOptions = {}): SolveResult {
  const max = options.maxOrders ?? 120;
  const budget = new Budget(level, options.maxWork ?? SOLVER_WORK_BUDGET);
  let best: { run: Run; score: number; stars: Stars } | null = null;
  let firstFailure: Run | null = null;
  let tried = 0;
  for (const order of orders(level, max)) {
    if (budget.spent) break;
    tried++;
    for (const preferReward of level.deeds.some((d) => d.reward) ? [false, true] : [false]) {
      if (budget.spent) break;
      const run = runOrder(level, order, budget, preferReward);
      if (!run.passed) {
        firstFailure ??= run;
        continue;
      }
      const breakdown = scoreState(run.state);
      if (!best || breakdown.total > best.score) {
        best = { run, score: breakdown.total, stars: breakdown.stars };
      }
    }
  }
  if (best) {
    return {
      passed: true,
      timeMs: best.run.state.timeMs,
      score: best.score,
      stars: best.stars,
      order: best.run.order,
      replay: best.run.replay,
      reason: null,
      ranOutOfTime: false,
      tried,
      steps: budget.steps,
      work: budget.work,
      outOfBudget: budget.spent,
    };
  }
  const f = firstFailure;
  let reason = 'no order of deeds passed the level';
  // A deed that could not be done at all matters more than running out of time.
  const ranOutOfTime = !!f && !f.failedAt && f.state.status === 'timeUp';
  if (f?.failedAt) reason = `the solver could not complete "${f.failedAt}"`;
  else if (ranOutOfTime) {
    const n = f.order.length;
    reason = `the time limit ran out after ${n} ${n === 1 ? 'deed' : 'deeds'}`;
  } else if (budget.spent) {
    reason =
      `it gave up after ${budget.steps} steps of play without passing it, its most for one level ` +
      '(make the level smaller: fewer deeds, a smaller map or fewer cars)';
  }
  return {
    passed: false,
    timeMs: f?.state.timeMs ?? 0,
    score: 0,
    stars: 0,
    order: f?.order ?? [],
    replay: f?.replay ?? [],
    reason,
    ranOutOfTime,
    tried,
    steps: budget.steps,
    work: budget.work,
    outOfBudget: budget.spent,
  };
}
