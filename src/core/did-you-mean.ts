// Suggestions for misspelt names: `did you mean "deliver"?`.
import { distance } from 'fastest-levenshtein';

/** The closest candidate to `found`, if it is close enough to be a likely typo. */
export function closest(found: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = found.toLowerCase();
  for (const c of candidates) {
    if (c === found) return null;
    const other = c.toLowerCase();
    const d = other === lower ? 0.5 : isSwap(lower, other) ? 1 : distance(lower, other);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(found.length / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** True when `a` becomes `b` by swapping two neighbouring letters ("soild" → "solid"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]] &&
    a[diff[1]] === b[diff[0]!]
  );
}

/** ` — did you mean "x"?` or an empty string. */
export function suggestion(found: string, candidates: Iterable<string>): string {
  const c = closest(found, candidates);
  return c ? ` — did you mean "${c}"?` : '';
}

/** `"a", "b" or "c"` */
export function listOr(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
