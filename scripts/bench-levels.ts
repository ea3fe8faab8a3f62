// `npm run bench:levels`: how long checking and solving levels takes, against plain JSON.parse
// of the same text in the same run (the floor any checker sits on), on this machine. The same
// measurements as the levels part of `npm run bench` (scripts/bench/levels.ts), on their own.
import { benchLevels, stress } from './bench/levels';

const level = stress();
console.info(
  `stress level: ${level.people} people, ${level.items} items, ${level.cars} cars (generated)`,
);
console.info('| what | ms (median) | baseline ms | ratio | baseline |');
console.info('| --- | ---: | ---: | ---: | --- |');
for (const row of benchLevels(level.text)) {
  const ratio = (row.ms / row.baselineMs).toFixed(1);
  console.info(
    `| ${row.what} | ${row.ms.toFixed(3)} | ${row.baselineMs.toFixed(3)} | ${ratio}× | ${row.baseline} |`,
  );
}
