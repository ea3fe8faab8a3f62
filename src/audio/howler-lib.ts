// Howler, fetched once when sound is first allowed (the first key press or tap), so that its
// script is not among what the page needs before the first frame.
export type HowlerLib = typeof import('howler');

let pending: Promise<HowlerLib | null> | null = null;

/** Howler, or null (with a warning) when it cannot be loaded: the game then plays silently. */
export function loadHowler(): Promise<HowlerLib | null> {
  pending ??= import('howler').catch((err: unknown) => {
    console.warn('Good Deeds: sound is not available; playing silently.', err);
    return null;
  });
  return pending;
}
