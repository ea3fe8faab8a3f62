// A value made the first time it is asked for, then kept: for what costs time to build at start
// and is not always needed (the saves' schemas: a first visit has no save to check).

/** Returns a function that builds the value with `build` on its first call and keeps it. */
export function lazily<T>(build: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: build() }).value;
}
