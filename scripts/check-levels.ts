// `npm run levels [files…]`: checks level files and prints each problem as
// `levels/name.json:LINE:COL  /json/path  message`, then a summary. Exits 1 on any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { checkLevelText } from '../src/core/level-check';
import { formatProblem } from '../src/core/level-parse';

const LEVELS = 'levels';
const NOT_LEVELS = new Set(['campaign.json', 'level.schema.json']);

function levelFiles(): string[] {
  return readdirSync(LEVELS)
    .filter((f) => f.endsWith('.json') && !NOT_LEVELS.has(f))
    .sort()
    .map((f) => `${LEVELS}/${f}`);
}

const args = process.argv.slice(2);
const files = args.length ? args : levelFiles();
let errors = 0;
let warnings = 0;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`${name}:1:1  /  no such file`);
    errors++;
    continue;
  }
  const result = checkLevelText(readFileSync(file, 'utf8'));
  for (const p of result.problems) {
    console.error(formatProblem(name, p));
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  const id = result.level?.id;
  if (id && id !== basename(file, '.json')) {
    console.error(
      `${name}:1:1  /id  warning: the id "${id}" differs from the file name "${basename(file, '.json')}"`,
    );
    warnings++;
  }
  if (result.solution?.passed) {
    const s = result.solution;
    console.info(
      `${name}  ok: passed in ${(s.timeMs / 1000).toFixed(1)} s, best score ${s.score} (${s.stars} stars)`,
    );
  }
}
if (args.length === 0) {
  const campaign = JSON.parse(readFileSync(`${LEVELS}/campaign.json`, 'utf8')) as {
    chapters: { levels: string[] }[];
  };
  for (const id of campaign.chapters.flatMap((c) => c.levels)) {
    if (!existsSync(`${LEVELS}/${id}.json`)) {
      console.error(
        `${LEVELS}/campaign.json:1:1  /chapters  the campaign names "${id}", but there is no ${LEVELS}/${id}.json`,
      );
      errors++;
    }
  }
}
console.info(`${files.length} level file(s) checked: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
