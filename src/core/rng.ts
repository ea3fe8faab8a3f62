// A small seeded random generator (mulberry32) whose whole state is one number, so it can
// live inside the simulation state, be copied with it and be replayed exactly.

/** Returns the next state and a float in [0, 1). */
export function nextRandom(seed: number): { seed: number; value: number } {
  const next = (seed + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { seed: next, value };
}
