// What every deed kind provides. A new kind is one file with a schema and these rules,
// registered in `deed-registry.ts`.
import type { Point } from '../geometry';
import type { DeedState, SimState } from '../sim-types';
import type { WorldOps } from '../world-ops';

/** One id a deed refers to, and the deed's field that holds it. */
export interface DeedRef {
  readonly field: string;
  readonly id: string;
}

/** Ids a deed refers to, so the checker can resolve them and the view can find its people. */
export interface DeedRefs {
  readonly people: readonly DeedRef[];
  readonly items: readonly DeedRef[];
  readonly places: readonly DeedRef[];
  /** Ids that may name either a person or a place. */
  readonly peopleOrPlaces: readonly DeedRef[];
}

/** What to show over the one who needs help. */
export interface NeedView {
  /** The tile the bubble stands over. */
  readonly anchor: Point;
  /** Atlas frame drawn in the bubble. */
  readonly icon: string;
  /** 0..1 when the deed is under way, else null. */
  readonly progress: number | null;
  /** A tile to highlight as the destination, if any. */
  readonly target: Point | null;
}

export interface DeedModule<D extends { kind: string; id: string }> {
  readonly kind: D['kind'];
  refs(deed: D): DeedRefs;
  /** The player pressed interact facing `target`. Returns true when this deed used the press. */
  interact(world: WorldOps, deed: D, ds: DeedState, target: Point): boolean;
  /** Called every step for deeds that are not done. */
  tick(world: WorldOps, deed: D, ds: DeedState, dtMs: number): void;
  /** The bubble for an open or active deed, or null when nothing is to be shown. */
  need(state: SimState, deed: D, ds: DeedState): NeedView | null;
  /** The person this deed is about, if any (used for talking). */
  person(deed: D): string | null;
  /** The player picked `option` in this deed's dialogue (teach, choose). */
  answer?(world: WorldOps, deed: D, ds: DeedState, option: number): void;
}
