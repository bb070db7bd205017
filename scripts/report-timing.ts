/**
 * How much of a folder run the report itself costs: `npm run build && node dist/scripts/report-timing.js`.
 *
 * Checks fixtures/seeds and fixtures/realdocs once (extract, parse, rules: what every format pays),
 * then times each formatter on those results, median of 5 runs. The HTML report is shown in two
 * parts: rendering the pages that carry findings (pdf.js + canvas, a real cost) and writing the
 * HTML. Prints a markdown table for the README.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { checkFile } from '../src/batch/check-file.js';
import { discoverFiles } from '../src/batch/discover.js';
import { PACKAGE_ROOT } from '../src/refdata/index.js';
import { checklistCsv, checklistXlsx } from '../src/report/checklist/index.js';
import { htmlReport } from '../src/report/html/index.js';
import { loadSources } from '../src/report/html/sources.js';
import { jsonReport } from '../src/report/json.js';
import { stylishReport } from '../src/report/stylish.js';
import { summarize } from '../src/report/summary.js';

const ROUNDS = 5;

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

const files = await discoverFiles([join(PACKAGE_ROOT, 'fixtures/seeds'), join(PACKAGE_ROOT, 'fixtures/realdocs')]);
const start = performance.now();
const results: Awaited<ReturnType<typeof checkFile>>[] = [];
for (const file of files) results.push(await checkFile(file, rules, { lang: 'zh' }));
const checkMs = performance.now() - start;
const summary = summarize(results);
const tool = { name: 'budgetlint', version: 'timing' };
let sources = await loadSources(results);

const rows: [string, number][] = [
  ['stylish (terminal)', await time(() => stylishReport(results, summary, { lang: 'zh', width: 80 }))],
  ['json', await time(() => jsonReport(tool, summary, results))],
  ['checklist .csv', await time(() => checklistCsv(results))],
  ['checklist .xlsx', await time(() => checklistXlsx(results))],
  ['html: render the pages with findings', await time(async () => (sources = await loadSources(results)))],
  ['html: write the report', await time(() => htmlReport(results, summary, { lang: 'zh', tool, sources }))],
];
const html = htmlReport(results, summary, { lang: 'zh', tool, sources });
writeFileSync(join(PACKAGE_ROOT, 'dist', 'timing-report.html'), html);
const pages = [...sources.values()].reduce((n, s) => n + (s.pages?.length ?? 0), 0);

console.log(`${files.length} files checked in ${checkMs.toFixed(0)} ms (extract, parse, rules)\n`);
console.log('| report | ms (median of 5) | share of the check |');
console.log('|---|---:|---:|');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${((ms / checkMs) * 100).toFixed(1)} % |`);
console.log(`\nHTML report: ${pages} pages rendered, ${(html.length / 1024 / 1024).toFixed(2)} MB`);
