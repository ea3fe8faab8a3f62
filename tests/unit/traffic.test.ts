// Traffic: cars drive their lanes at the lane's speed, wait before a crosswalk while someone is
// on it or the walkers' light is green, keep their distance, and bump a player standing on the
// road (a short daze); the checker keeps lanes on the road; where cars are drawn.
import { describe, expect, it } from 'vitest';
import { formatProblem, parseLevel } from '../../src/core/level-parse';
import { createState, MOVE_MS, TICK_MS } from '../../src/core/sim';
import type { CarState, Level, SimEvent, SimState } from '../../src/core/sim-types';
import { carPosition, carTile, STUN_MS, walkersGreen } from '../../src/core/traffic';
import { eventsOfType, levelText, makeLevel, run, steps, text, wait } from './helpers';

/** The smallest gap between two cars of a lane, in tiles (`GAP` in traffic.ts). */
const GAP = 1.2;

//      0123456789
// y0   ..........
// y1   ====|=====     the crosswalk is at x 4
// y2   .........B     B: Bo, who has nothing to ask (a deed keeps the level going)
const CROSSING = ['..........', '====|=====', '..........'];
const ROAD = ['..........', '==========', '..........'];
const LEGEND = { '.': 'grass', '=': 'road', '|': 'crosswalk' };

function street(spec: Record<string, unknown> = {}, rows: readonly string[] = CROSSING): Level {
  return makeLevel({
    map: { rows, legend: LEGEND },
    people: [{ id: 'bo', sprite: 'boy', at: { x: 9, y: 2 }, name: text('Bo') }],
    deeds: [
      {
        id: 'never',
        kind: 'teach',
        person: 'bo',
        question: text('q'),
        options: [text('a'), text('b')],
        answer: 0,
        need: text('n'),
        thanks: text('t'),
      },
    ],
    traffic: [{ row: 1, dir: 'right', speed: 4, spacing: 20 }],
    ...spec,
  });
}

/** The cars of lane `lane`, front first. */
function laneCars(s: SimState, lane = 0): CarState[] {
  return s.cars.filter((c) => c.lane === lane).sort((a, b) => b.pos - a.pos);
}

/** Steps until the first `carHit`, and returns the events up to it. */
function untilHit(s: SimState): SimEvent[] {
  const events: SimEvent[] = [];
  for (let i = 0; i < 1000 && eventsOfType(events, 'carHit').length === 0; i++) {
    steps(s, 1, {}, events);
  }
  expect(eventsOfType(events, 'carHit')).toHaveLength(1);
  return events;
}

describe('cars', () => {
  it('a lane starts with enough cars to fill its loop, one spacing apart from the offset', () => {
    const level = street({ traffic: [{ row: 1, dir: 'right', spacing: 4, offset: 2 }] });
    // The loop must be longer than the row and a car's length either side: 3 × 4 ≥ 10 + 2.
    expect(createState(level).cars).toEqual([
      { id: 0, lane: 0, pos: 1 },
      { id: 1, lane: 0, pos: 5 },
      { id: 2, lane: 0, pos: 9 },
    ]);
  });

  it("advance at the lane's speed", () => {
    const s = createState(
      street({
        traffic: [
          { row: 1, dir: 'right', speed: 4, spacing: 20 },
          { row: 1, dir: 'left', speed: 2, spacing: 20 },
        ],
      }),
    );
    expect(s.cars.map((c) => c.pos)).toEqual([-1, -1]);
    wait(s, 1000);
    expect(s.cars[0]!.pos).toBeCloseTo(3, 9);
    expect(s.cars[1]!.pos).toBeCloseTo(1, 9);
    wait(s, 500);
    expect(s.cars[0]!.pos).toBeCloseTo(5, 9);
    expect(s.cars[1]!.pos).toBeCloseTo(2, 9);
    // Lane positions run in the driving direction: the left lane's car counts from the right.
    wait(s, 100);
    expect(carTile(s.level, s.cars[0]!)).toEqual({ x: 5, y: 1 });
    expect(carTile(s.level, s.cars[1]!)).toEqual({ x: 7, y: 1 });
  });

  it('come round again after leaving the map, one loop of the lane later', () => {
    // One car, a loop of 20 tiles at 4 tiles a second: round in 5 seconds.
    const s = createState(street({}, ROAD));
    wait(s, 3500);
    expect(s.cars[0]!.pos).toBeLessThan(0);
    wait(s, 2500);
    expect(s.cars[0]!.pos).toBeCloseTo(3, 6);
  });

  it('wait before a crosswalk while someone stands on it, and go on once it is clear', () => {
    const s = createState(street({ start: { x: 4, y: 1 } }));
    const events = wait(s, 3000);
    const car = s.cars[0]!;
    expect(car.pos).toBeLessThan(4);
    expect(car.pos).toBeGreaterThan(3.9);
    expect(carTile(s.level, car)).toEqual({ x: 3, y: 1 });
    expect(eventsOfType(events, 'carHit')).toEqual([]);
    run(s, { dir: 'up' });
    expect(s.player).toMatchObject({ x: 4, y: 0 });
    wait(s, 500);
    expect(car.pos).toBeGreaterThan(5);
  });

  it('wait for anyone on the crosswalk, not only the player', () => {
    const s = createState(
      street({
        people: [{ id: 'bo', sprite: 'boy', at: { x: 4, y: 1 }, name: text('Bo') }],
      }),
    );
    wait(s, 3000);
    expect(s.cars[0]!.pos).toBeLessThan(4);
    expect(s.cars[0]!.pos).toBeGreaterThan(3.9);
  });

  it('drive over a crosswalk nobody is on when there are no lights', () => {
    const s = createState(street());
    wait(s, 2000);
    expect(s.cars[0]!.pos).toBeCloseTo(7, 9);
  });

  it("the walkers' light is green for `green` seconds, then red for `red`, and again", () => {
    const lit = street({ lights: { green: 3, red: 2 } });
    expect([0, 2999, 3000, 4999, 5000, 7999, 8000].map((t) => walkersGreen(lit, t))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
    const unlit = street();
    expect([0, 2999, 3000, 5000].map((t) => walkersGreen(unlit, t))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("wait while the walkers' light is green, and go on when it turns red", () => {
    const s = createState(street({ lights: { green: 3, red: 3 } }));
    wait(s, 3000 - TICK_MS);
    expect(walkersGreen(s.level, s.timeMs)).toBe(true);
    expect(s.cars[0]!.pos).toBeLessThan(4);
    expect(s.cars[0]!.pos).toBeGreaterThan(3.9);
    wait(s, 500);
    expect(walkersGreen(s.level, s.timeMs)).toBe(false);
    expect(s.cars[0]!.pos).toBeGreaterThan(5);
  });

  it('at a red light, still wait while someone is on the crosswalk', () => {
    const s = createState(street({ start: { x: 4, y: 1 }, lights: { green: 1, red: 10 } }));
    wait(s, 4000);
    expect(walkersGreen(s.level, s.timeMs)).toBe(false);
    expect(s.cars[0]!.pos).toBeLessThan(4);
    run(s, { dir: 'down' });
    wait(s, 500);
    expect(s.cars[0]!.pos).toBeGreaterThan(5);
  });

  it('keep their distance when they queue before a crosswalk', () => {
    const s = createState(
      street({ start: { x: 4, y: 1 }, traffic: [{ row: 1, dir: 'right', speed: 8, spacing: 3 }] }),
    );
    for (let i = 0; i < 200; i++) {
      steps(s, 1);
      const cars = laneCars(s);
      for (let k = 1; k < cars.length; k++) {
        expect(cars[k - 1]!.pos - cars[k]!.pos).toBeGreaterThanOrEqual(GAP - 1e-9);
      }
    }
    // They stand bumper to bumper behind the first, which waits before the crosswalk.
    const [first, second, third] = laneCars(s);
    expect(first!.pos).toBeGreaterThan(3.9);
    expect(first!.pos - second!.pos).toBeCloseTo(GAP, 6);
    expect(second!.pos - third!.pos).toBeCloseTo(GAP, 6);
  });

  it("on a clear road every car moves at the lane's speed every step", () => {
    const s = createState(
      street({ traffic: [{ row: 1, dir: 'right', speed: 4, spacing: 4 }] }, ROAD),
    );
    for (let i = 0; i < 200; i++) {
      const before = new Map(s.cars.map((c) => [c.id, c.pos]));
      steps(s, 1);
      for (const car of s.cars) {
        const moved = car.pos - before.get(car.id)!;
        if (moved > 0)
          expect(moved).toBeCloseTo(0.1, 9); // a wrap jumps back a whole loop
        else expect(moved).toBeCloseTo(0.1 - 12, 9);
      }
    }
  });
});

describe('a car and the player', () => {
  // The player stands on the road at (6,1); one car comes from the left at 4 tiles a second.
  const onRoad = (traffic?: unknown[]) =>
    createState(street({ start: { x: 6, y: 1 }, ...(traffic ? { traffic } : {}) }, ROAD));

  it('a car reaching the player on the road bumps them once and dazes them', () => {
    const s = onRoad();
    const events = untilHit(s);
    expect(eventsOfType(events, 'carHit')).toEqual([{ type: 'carHit', at: { x: 6, y: 1 } }]);
    expect(carTile(s.level, s.cars[0]!)).toEqual({ x: 6, y: 1 });
    expect(s.player.stunMs).toBe(STUN_MS);
    // The car drives on through; the player is not hit again by it.
    const after = wait(s, 500);
    expect(s.cars[0]!.pos).toBeGreaterThan(7);
    wait(s, STUN_MS - 500 - TICK_MS, after);
    expect(eventsOfType(after, 'carHit')).toEqual([]);
  });

  it('a player beside the road is never bumped', () => {
    const s = createState(street({ start: { x: 6, y: 0 } }, ROAD));
    const events = wait(s, 10_000);
    expect(eventsOfType(events, 'carHit')).toEqual([]);
    expect(s.player.stunMs).toBe(0);
  });

  it('while dazed the player cannot walk, and can again after STUN_MS', () => {
    const s = onRoad();
    untilHit(s);
    const dazed = steps(s, STUN_MS / TICK_MS, { dir: 'up' });
    expect(eventsOfType(dazed, 'moved')).toEqual([]);
    expect(s.player).toMatchObject({ x: 6, y: 1, stunMs: 0 });
    const free = steps(s, 1, { dir: 'up' });
    expect(eventsOfType(free, 'moved')).toEqual([
      { type: 'moved', who: 'player', from: { x: 6, y: 1 }, to: { x: 6, y: 0 } },
    ]);
  });

  it('while dazed a tap does not start a walk; after the daze it does', () => {
    const s = onRoad();
    untilHit(s);
    const dazed = steps(s, 1, { tap: { x: 2, y: 0 } });
    steps(s, STUN_MS / TICK_MS - 1, {}, dazed);
    expect(eventsOfType(dazed, 'moved')).toEqual([]);
    expect(s.player).toMatchObject({ x: 6, y: 1, path: [] });
    const free = run(s, { tap: { x: 2, y: 0 } });
    expect(eventsOfType(free, 'moved').length).toBeGreaterThan(0);
    expect(s.player).toMatchObject({ x: 2, y: 0 });
  });

  it('a bump cancels the walk the player was on', () => {
    // Walking along the road towards the car, the player meets it halfway.
    const s = onRoad();
    steps(s, 1, { tap: { x: 0, y: 1 } });
    expect(s.player.path.length).toBeGreaterThan(0);
    untilHit(s);
    expect(s.player).toMatchObject({ path: [], pendingInteract: null });
    const stoppedAt = s.player.x;
    expect(stoppedAt).toBeGreaterThan(0);
    wait(s, STUN_MS + MOVE_MS);
    expect(s.player.x).toBe(stoppedAt);
  });

  it('no second bump while dazed, even when the next car comes through', () => {
    // Cars 3 tiles apart at 4 tiles a second: the next one reaches the player 0.75 s later.
    const s = onRoad([{ row: 1, dir: 'right', speed: 4, spacing: 3 }]);
    untilHit(s);
    const hitBy = laneCars(s).find((c) => carTile(s.level, c).x === 6)!;
    const events: SimEvent[] = [];
    let otherCarOnPlayer = false;
    for (let i = 0; i < STUN_MS / TICK_MS - 1; i++) {
      steps(s, 1, {}, events);
      otherCarOnPlayer ||= s.cars.some((c) => c !== hitBy && carTile(s.level, c).x === 6);
    }
    expect(otherCarOnPlayer).toBe(true);
    expect(eventsOfType(events, 'carHit')).toEqual([]);
    expect(s.player.stunMs).toBeGreaterThan(0);
    // Once the daze is over, still on the road, the player can be bumped again.
    wait(s, 2000, events);
    expect(eventsOfType(events, 'carHit').length).toBeGreaterThan(0);
  });
});

describe('the checker', () => {
  const base = {
    map: { rows: CROSSING, legend: LEGEND },
    people: [{ id: 'bo', sprite: 'boy', at: { x: 9, y: 2 }, name: text('Bo') }],
    items: [{ id: 'hat', sprite: 'hat', at: { x: 0, y: 2 }, name: text('hat') }],
    deeds: [
      { id: 'd', kind: 'return', item: 'hat', owner: 'bo', need: text('n'), thanks: text('t') },
    ],
  };

  /** The problems with a lane, as the checker prints them, for a file spread over lines. */
  function problems(traffic: unknown[]): string[] {
    const r = parseLevel(levelText({ ...base, traffic }, 2));
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.problems.map((p) => formatProblem('street.json', p));
  }

  it('rejects a lane that crosses tiles that are not road', () => {
    const message =
      'the lane crosses "grass" at tile 0: a lane must be road or crosswalk all along';
    const [first, ...more] = problems([{ row: 0, dir: 'right' }]);
    expect(more).toEqual([]);
    expect(first).toMatch(/^street\.json:\d+:\d+ {2}\/traffic\/0 {2}/);
    expect(first).toContain(message);
    expect(problems([{ column: 4, dir: 'down' }])[0]).toContain(message);
    expect(
      problems([
        { row: 1, dir: 'left' },
        { row: 2, dir: 'left' },
      ]),
    ).toEqual([expect.stringContaining(`/traffic/1  ${message}`)]);
  });

  it('points at the lane in the file, by line and column', () => {
    const file = levelText({ ...base, traffic: [{ row: 2, dir: 'left' }] }, 2);
    const r = parseLevel(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lane = file.indexOf('{', file.indexOf('"traffic"'));
    const before = file.slice(0, lane).split('\n');
    expect(r.problems).toEqual([
      {
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        path: '/traffic/0',
        message: 'the lane crosses "grass" at tile 0: a lane must be road or crosswalk all along',
        severity: 'error',
      },
    ]);
  });

  it('rejects a lane that names both a row and a column, or neither', () => {
    const message = '/traffic/0  a lane needs either "row" or "column", not both or neither';
    expect(problems([{ row: 1, column: 4, dir: 'right' }])).toEqual([
      expect.stringContaining(message),
    ]);
    expect(problems([{ dir: 'right' }])).toEqual([expect.stringContaining(message)]);
  });

  it('rejects a lane whose direction does not run along its row or column', () => {
    expect(problems([{ row: 1, dir: 'up' }])).toEqual([
      expect.stringContaining('/traffic/0/dir  cars driving "up" need a "column", not a "row"'),
    ]);
  });

  it('accepts a lane along a road with a crosswalk in it', () => {
    const r = parseLevel(levelText({ ...base, traffic: [{ row: 1, dir: 'left' }] }));
    expect(r.ok).toBe(true);
  });
});

describe('carPosition', () => {
  //      012345
  // y0   ..=...     a road along row 1 and one down column 2, a lane each way on both
  // y1   ======
  // y2   ..=...
  // y3   ..=...
  // y4   ..=...
  const level = makeLevel({
    map: { rows: ['..=...', '======', '..=...', '..=...', '..=...'], legend: LEGEND },
    people: [{ id: 'bo', sprite: 'boy', at: { x: 5, y: 4 }, name: text('Bo') }],
    deeds: [
      { id: 'd', kind: 'escort', person: 'bo', to: 'corner', need: text('n'), thanks: text('t') },
    ],
    places: [{ id: 'corner', at: { x: 0, y: 4 }, name: text('corner') }],
    traffic: [
      { row: 1, dir: 'right' },
      { row: 1, dir: 'left' },
      { column: 2, dir: 'down' },
      { column: 2, dir: 'up' },
    ],
  });
  const RIGHT = 0;
  const LEFT = 1;
  const DOWN = 2;
  const UP = 3;
  const at = (lane: number, pos: number) => carPosition(level, { id: 0, lane, pos });
  const POSITIONS = [-1, 0, 0.25, 0.5, 0.75, 2, 3.6, 6.5];

  it('cars are drawn on the middle of their lane, facing the way they drive', () => {
    for (const pos of POSITIONS) {
      expect(at(RIGHT, pos)).toMatchObject({ y: 1.5, dir: 'right' });
      expect(at(LEFT, pos)).toMatchObject({ y: 1.5, dir: 'left' });
      expect(at(DOWN, pos)).toMatchObject({ x: 2.5, dir: 'down' });
      expect(at(UP, pos)).toMatchObject({ x: 2.5, dir: 'up' });
    }
  });

  it('cars are drawn moving the way they drive, one tile for one tile along the lane', () => {
    expect(at(RIGHT, 3).x - at(RIGHT, 2).x).toBe(1);
    expect(at(LEFT, 3).x - at(LEFT, 2).x).toBe(-1);
    expect(at(DOWN, 3).y - at(DOWN, 2).y).toBe(1);
    expect(at(UP, 3).y - at(UP, 2).y).toBe(-1);
  });

  it('left is right seen in a mirror, up is down seen in a mirror', () => {
    for (const pos of POSITIONS) {
      expect(at(LEFT, pos).x).toBeCloseTo(level.width - at(RIGHT, pos).x, 9);
      expect(at(UP, pos).y).toBeCloseTo(level.height - at(DOWN, pos).y, 9);
      expect(at(DOWN, pos).y).toBeCloseTo(at(RIGHT, pos).x, 9);
    }
  });

  it("the drawn car's front is in the tile the rules put it in, in all four directions", () => {
    for (const pos of POSITIONS) {
      // Indexed by lane: the edge of the car's body that leads, along the lane.
      const front = [
        at(RIGHT, pos).x + 0.5,
        at(LEFT, pos).x - 0.5,
        at(DOWN, pos).y + 0.5,
        at(UP, pos).y - 0.5,
      ];
      for (const lane of [RIGHT, LEFT, DOWN, UP]) {
        const tile = carTile(level, { id: 0, lane, pos });
        const along = lane === RIGHT || lane === LEFT ? tile.x : tile.y;
        expect(front[lane]).toBeGreaterThanOrEqual(along);
        expect(front[lane]).toBeLessThanOrEqual(along + 1);
      }
    }
  });

  it('a car waiting before a crosswalk is drawn clear of it', () => {
    const s = createState(street({ start: { x: 4, y: 1 } }));
    wait(s, 3000);
    const drawn = carPosition(s.level, s.cars[0]!);
    expect(drawn.x + 0.5).toBeLessThanOrEqual(4);
  });
});
