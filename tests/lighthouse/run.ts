/**
 * `npm run lighthouse [-- --runs 3] [-- --view overview] [-- --cpu-slowdown 4]`: Lighthouse 12's mobile preset on the
 * explorer's main views, served by the built server over a fresh SQLite database with the seed
 * story, in Debian's Chromium. Prints the median of the runs per view as a Markdown table (the
 * README quotes it) and exits 1 when a median is below `--min` (default 85). The CPU slowdown is
 * calibrated to the host unless `--cpu-slowdown` fixes it (4 is Lighthouse's own default).
 */
import { startServer } from '@parley/test-support';
import { parseArgs } from 'node:util';
import { MEASURED_VIEWS, measureView, TABLE_HEAD, tableRow, type ViewName, type ViewResult } from './lighthouse.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '85' },
    view: { type: 'string', multiple: true },
    'cpu-slowdown': { type: 'string' },
  },
});
const runs = Number(options.runs);
const min = Number(options.min);
const fixedSlowdown = options['cpu-slowdown'] === undefined ? undefined : Number(options['cpu-slowdown']);
const views = (options.view ?? Object.keys(MEASURED_VIEWS)) as ViewName[];
for (const view of views) {
  if (!(view in MEASURED_VIEWS))
    throw new Error(`unknown view "${view}": one of ${Object.keys(MEASURED_VIEWS).join(', ')}`);
}

const server = await startServer('sqlite');
const results: ViewResult[] = [];
try {
  for (const view of views) {
    const result = await measureView(server.url, view, runs, fixedSlowdown);
    results.push(result);
    console.error(`${view}: ${result.scores.join(', ')}`);
  }
} finally {
  await server.stop();
}
console.log(
  [`Median of ${runs} run(s), Lighthouse mobile preset:`, '', ...TABLE_HEAD, ...results.map(tableRow)].join('\n'),
);
const failing = results.filter((result) => result.median.score < min);
if (failing.length) {
  console.error(`below ${min}: ${failing.map((result) => `${result.view} ${result.median.score}`).join(', ')}`);
  process.exitCode = 1;
}
