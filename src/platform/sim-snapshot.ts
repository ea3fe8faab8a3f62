// What the test hook shows of a level being played (apart from test-hook.ts, which the first
// screen loads: this needs the rules, which load with the play screen).
import { timeLimitOf } from '../core/sim';
import type { SimState } from '../core/sim-types';
import type { SimSnapshot } from './test-hook';

export function snapshot(state: SimState, paused: boolean): SimSnapshot {
  return {
    levelId: state.level.id,
    status: state.status,
    tick: state.tick,
    timeMs: state.timeMs,
    timeLimitMs: timeLimitOf(state),
    player: {
      x: state.player.x,
      y: state.player.y,
      moving:
        state.player.moveT < 1 ||
        state.player.path.length > 0 ||
        state.player.pendingInteract !== null,
      carrying: [...state.player.carrying],
    },
    people: state.people.map((p) => ({
      id: p.id,
      x: p.x,
      y: p.y,
      following: p.following,
      helped: p.helped,
    })),
    deeds: state.deeds.map((d) => ({ id: d.id, status: d.status })),
    paused,
  };
}
