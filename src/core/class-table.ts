// The teacher's class table: progress codes pasted one per line (each with the student's name
// before it, if the teacher likes) turned into rows, and the rows into a CSV file.
import { decodeProgress, type CodeProblem, type Progress } from './progress-code';

export type ClassRow =
  | {
      readonly ok: true;
      /** The name typed before the code, or "" for a code alone. */
      readonly name: string;
      /** The code as the game writes it. */
      readonly code: string;
      readonly progress: Progress;
    }
  | {
      readonly ok: false;
      /** The line as it was pasted (trimmed). */
      readonly line: string;
      readonly problem: CodeProblem;
    };

/**
 * One row per line that is not blank. A line is a code alone, or a name and a code: split at
 * the last comma, semicolon or tab when there is one (`Li Wei, 1ABC-DEFG`), else the code is
 * the shortest run of words at the end that reads as a code (`Li Wei 1ABC DEFG`).
 */
export function readClassCodes(text: string): ClassRow[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(readLine);
}

function readLine(line: string): ClassRow {
  const cut = Math.max(line.lastIndexOf(','), line.lastIndexOf(';'), line.lastIndexOf('\t'));
  if (cut >= 0) {
    const read = decodeProgress(line.slice(cut + 1));
    const name = cleanName(line.slice(0, cut));
    return read.ok
      ? { ok: true, name, code: read.code, progress: read.progress }
      : { ok: false, line, problem: read.problem };
  }
  const words = line.split(/\s+/);
  const problems: CodeProblem[] = [];
  for (let k = 1; k <= words.length; k++) {
    const read = decodeProgress(words.slice(-k).join(''));
    if (read.ok) {
      return {
        ok: true,
        name: cleanName(words.slice(0, -k).join(' ')),
        code: read.code,
        progress: read.progress,
      };
    }
    problems.push(read.problem);
  }
  // A failed check means a code with a typo in it; otherwise say what was wrong with the last word.
  const problem = problems.includes('check') ? 'check' : (problems[0] ?? 'empty');
  return { ok: false, line, problem };
}

function cleanName(name: string): string {
  return name.replace(/[,;:\t]+$/, '').trim();
}

/** Column headings and level names for the CSV, in the teacher's language. */
export interface CsvLabels {
  readonly name: string;
  readonly code: string;
  readonly passed: string;
  readonly stars: string;
  readonly score: string;
  /** One heading per campaign level, in order. */
  readonly levels: readonly string[];
  /** What a level cell says: passed with `stars` stars, or not passed. */
  readonly cell: (passed: boolean, stars: number) => string;
}

/** How many levels a row passed and how many stars it has in all. */
export function rowTotals(progress: Progress): { passed: number; stars: number } {
  let passed = 0;
  let stars = 0;
  for (const l of progress.levels) {
    if (l.passed) passed++;
    stars += l.stars;
  }
  return { passed, stars };
}

/**
 * The table as CSV (RFC 4180: commas, quotes doubled, CRLF line ends), one line per readable
 * code. A cell that a spreadsheet would run as a formula (starting with =, +, -, @) is written
 * with a leading apostrophe, so a name can never become a formula.
 */
export function classTableCsv(rows: readonly ClassRow[], labels: CsvLabels): string {
  const head = [
    labels.name,
    labels.code,
    labels.passed,
    labels.stars,
    labels.score,
    ...labels.levels,
  ];
  const lines = [head];
  for (const row of rows) {
    if (!row.ok) continue;
    const totals = rowTotals(row.progress);
    lines.push([
      row.name,
      row.code,
      String(totals.passed),
      String(totals.stars),
      String(row.progress.totalScore),
      ...labels.levels.map((_, i) => {
        const mark = row.progress.levels[i];
        return labels.cell(mark?.passed ?? false, mark?.stars ?? 0);
      }),
    ]);
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
