// Says what a stored record's first problem is, in plain words, for the save and the list of
// players (read with `zod/mini`, which carries no message texts of its own: the first screen
// loads it, and messages would double its size).
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** What was wrong, without the place: "expected a boolean", "at least 0", "not a profile id". */
export function issueText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} entries`
        : `at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${issue.maximum} entries`
        : `at most ${issue.maximum}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

/** "the save is damaged at levels.one.bestStars: at most 3" (`what` names the record). */
export function damagedAt(what: string, issues: readonly Issue[]): string {
  const first = issues[0];
  const where = first?.path.join('.') || 'the top level';
  return `${what} is damaged at ${where}: ${first ? issueText(first) : 'unknown'}`;
}
