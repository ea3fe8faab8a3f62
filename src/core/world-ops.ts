// The operations deed rules use to look at and change the simulation state during a step.
import type { Point } from './geometry';
import type { DeedDef } from './deeds/deed-defs';
import { deedModule } from './deeds/deed-registry';
import { relayFor } from './scoring';
import type { DeedState, PersonState, PlaceDef, SimEvent, SimState } from './sim-types';

export class WorldOps {
  constructor(
    readonly state: SimState,
    private readonly events: SimEvent[],
  ) {}

  emit(event: SimEvent): void {
    this.events.push(event);
  }

  person(id: string): PersonState {
    const p = this.state.people.find((q) => q.id === id);
    if (!p) throw new Error(`no person "${id}" (the level checker should have caught this)`);
    return p;
  }

  personAt(at: Point): PersonState | null {
    return this.state.people.find((p) => p.x === at.x && p.y === at.y) ?? null;
  }

  /** True when the person with this id stands on `target`. */
  isPersonAt(id: string, target: Point): boolean {
    return this.personAt(target)?.id === id;
  }

  place(id: string): PlaceDef {
    const p = this.state.level.places.find((q) => q.id === id);
    if (!p) throw new Error(`no place "${id}" (the level checker should have caught this)`);
    return p;
  }

  isPlace(id: string): boolean {
    return this.state.level.places.some((p) => p.id === id);
  }

  placeContains(id: string, at: Point): boolean {
    const p = this.place(id);
    return at.x >= p.at.x && at.y >= p.at.y && at.x < p.at.x + p.width && at.y < p.at.y + p.height;
  }

  /** True when `target` is the person with this id, or a tile of the place with this id. */
  isTarget(id: string, target: Point): boolean {
    const person = this.personAt(target);
    if (person) return person.id === id;
    return this.state.level.places.some((p) => p.id === id) && this.placeContains(id, target);
  }

  /** True when the player stands on a road tile (not a crosswalk). */
  onRoad(): boolean {
    const { level, player } = this.state;
    return level.tiles[player.y * level.width + player.x] === 'road';
  }

  isCarrying(itemId: string): boolean {
    return this.state.player.carrying.includes(itemId);
  }

  handOver(itemId: string, to: string): void {
    const player = this.state.player;
    player.carrying = player.carrying.filter((i) => i !== itemId);
    const item = this.state.items.find((i) => i.id === itemId);
    if (item) item.holder = { kind: 'given', to };
    this.emit({ type: 'handedOver', itemId, to });
  }

  startFollowing(personId: string, deedId: string): void {
    this.person(personId).following = true;
    this.emit({ type: 'following', personId, deedId });
  }

  stopFollowing(personId: string): void {
    this.person(personId).following = false;
  }

  startWork(deedId: string): void {
    this.state.player.workingOn = deedId;
    this.emit({ type: 'working', deedId });
  }

  stopWork(): void {
    this.state.player.workingOn = null;
  }

  isWorkingOn(deedId: string): boolean {
    return this.state.player.workingOn === deedId;
  }

  /** Marks the deed done, records its points and relay bonus, and thanks the player. */
  completeDeed(deed: DeedDef, ds: DeedState, at: Point, points: number = deed.points): void {
    ds.status = 'done';
    const atMs = this.state.timeMs;
    const relay = relayFor(this.state.records, atMs);
    this.state.records.push({ deedId: deed.id, kind: deed.kind, points, atMs, relay });
    const personId = deedModule(deed).person(deed);
    const helped = personId ? this.state.people.find((p) => p.id === personId) : undefined;
    if (helped) helped.helped = true;
    this.emit({ type: 'deedDone', deedId: deed.id, points, relay, at });
    // Thanked, the player may answer "It's my duty" or accept the reward on offer.
    if (deed.reward) this.openDialog('thanks', deed.id);
  }

  /** The chance for this deed has passed. */
  missDeed(deed: DeedDef, ds: DeedState): void {
    ds.status = 'missed';
    this.emit({ type: 'deedMissed', deedId: deed.id });
  }

  openDialog(kind: 'teach' | 'choose' | 'thanks', deedId: string): void {
    this.state.dialog = { kind, deedId };
    this.emit({ type: 'dialog', kind, deedId });
  }

  closeDialog(): void {
    this.state.dialog = null;
  }

  /** The items of `itemIds` the player carries. */
  carriedOf(itemIds: readonly string[]): string[] {
    return this.state.player.carrying.filter((id) => itemIds.includes(id));
  }

  /** Whether `target` is the person or place `id`, or the player stands inside place `id`. */
  reaches(id: string, target: Point): boolean {
    const inside = this.isPlace(id) && this.placeContains(id, this.state.player);
    return inside || this.isTarget(id, target);
  }

  tileKind(at: Point): string | null {
    const { level } = this.state;
    if (at.x < 0 || at.y < 0 || at.x >= level.width || at.y >= level.height) return null;
    return level.tiles[at.y * level.width + at.x]!;
  }
}
