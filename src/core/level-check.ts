// The whole check of a level file: its shape and meaning (level-parse), then whether it can be
// passed (the solver) and whether its star scores make sense.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseLevel, type LevelProblem } from './level-parse';
import type { Level } from './sim-types';
import { solveLevel, type SolveResult } from './solver';

export interface LevelCheck {
  /** The level, when it has no errors (it may have warnings). */
  readonly level: Level | null;
  readonly problems: readonly LevelProblem[];
  readonly solution: SolveResult | null;
}

function at(text: string, path: (string | number)[]): { line: number; column: number } {
  const root = parseTree(text);
  const node = root ? findNodeAtLocation(root, path) : undefined;
  const offset = node?.offset ?? 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Checks a level file's text completely. Never throws. */
export function checkLevelText(text: string): LevelCheck {
  const parsed = parseLevel(text);
  if (!parsed.ok) return { level: null, problems: parsed.problems, solution: null };
  const level = parsed.level;
  const problems: LevelProblem[] = [...parsed.warnings];
  const problem = (
    path: (string | number)[],
    message: string,
    severity: 'error' | 'warning',
  ): void => {
    problems.push({ ...at(text, path), path: '/' + path.join('/'), message, severity });
  };
  const solution = solveLevel(level);
  if (!solution.passed) {
    const timed = solution.ranOutOfTime && level.timeLimitMs !== null;
    const limit = timed ? ` within its time limit of ${level.timeLimitMs / 1000} s` : '';
    problem(
      timed ? ['timeLimit'] : ['deeds'],
      `the solver could not pass this level${limit}: ${solution.reason ?? 'unknown reason'}`,
      'error',
    );
    return { level: null, problems, solution };
  }
  const [one, two, three] = level.stars;
  if (three > solution.score) {
    problem(
      ['stars', 2],
      `three stars need ${three}, but the best run the solver found scores ${solution.score}`,
      'warning',
    );
  }
  // The least any pass scores: the cheapest required deeds, no relay, no time bonus.
  const points = level.deeds.map((d) => d.points).sort((a, b) => a - b);
  const floor = points.slice(0, level.goal.required).reduce((s, p) => s + p, 0);
  if (two <= floor) {
    problem(
      ['stars', three <= floor ? 2 : 1],
      `${three <= floor ? 'three' : 'two'} stars come with any pass: passing scores at least ${floor}`,
      'warning',
    );
  }
  if (one > floor && one > solution.score) {
    problem(
      ['stars', 0],
      `one star needs ${one}, more than the best run found (${solution.score})`,
      'warning',
    );
  }
  const errors = problems.some((p) => p.severity === 'error');
  return { level: errors ? null : level, problems, solution };
}
