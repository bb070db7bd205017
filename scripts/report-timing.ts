/**
 * How much of a folder run the report itself costs: `npm run build && node dist/scripts/report-timing.js`.
 *
 * Checks fixtures/seeds and fixtures/realdocs once (extract, parse, rules: what every format pays),
 * then times each formatter on those results, median of 5 runs. The HTML report is shown in two
 * parts: reading its sources (the PDFs with findings, embedded for the browser to draw, and the
 * quoted lines of text filings) and writing the HTML (with pdf.js inline); the first round, which
 * also reads pdf.js from disk, is printed too. Then, for comparison, the same report with every
 * page drawn in Node (the fallback for PDFs over the embedding limit). Prints a markdown table for
 * the README.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { checkFile } from '../src/batch/check-file.js';
import { discoverFiles } from '../src/batch/discover.js';
import { PACKAGE_ROOT } from '../src/refdata/index.js';
import { checklistCsv, checklistXlsx } from '../src/report/checklist/index.js';
import { htmlReport, type Source } from '../src/report/html/index.js';
import { loadSources } from '../src/report/html/sources.js';
import { jsonReport } from '../src/report/json.js';
import { stylishReport } from '../src/report/stylish.js';
import { summarize } from '../src/report/summary.js';

const ROUNDS = 5;
const firstRounds = new Map<string, number>();

async function time(name: string, run: () => unknown | Promise<unknown>): Promise<[string, number]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  firstRounds.set(name, times[0]);
  return [name, times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]];
}

const files = await discoverFiles([join(PACKAGE_ROOT, 'fixtures/seeds'), join(PACKAGE_ROOT, 'fixtures/realdocs')]);
const start = performance.now();
const results: Awaited<ReturnType<typeof checkFile>>[] = [];
for (const file of files) results.push(await checkFile(file.path, rules, { lang: 'zh' }));
const checkMs = performance.now() - start;
const summary = summarize(results);
const tool = { name: 'budgetlint', version: 'timing' };
let sources = new Map<string, Source>();
let drawn = new Map<string, Source>();

const rows: [string, number][] = [
  await time('stylish (terminal)', () => stylishReport(results, summary, { lang: 'zh', width: 80 })),
  await time('json', () => jsonReport(tool, summary, results)),
  await time('checklist .csv', () => checklistCsv(results)),
  await time('checklist .xlsx', () => checklistXlsx(results)),
  await time('html: read the PDFs with findings (embedded) and quoted lines', async () => (sources = await loadSources(results))),
  await time('html: write the report (pdf.js inline)', () => htmlReport(results, summary, { lang: 'zh', tool, sources })),
  await time('(fallback, not used here: every page drawn in Node)', async () => (drawn = await loadSources(results, { embedLimit: 0 }))),
];
const html = htmlReport(results, summary, { lang: 'zh', tool, sources });
writeFileSync(join(PACKAGE_ROOT, 'dist', 'timing-report.html'), html);
const shown = [...sources.values()].reduce((n, s) => n + (s.pdf?.pages.length ?? 0), 0);
const embedded = [...sources.values()].filter((s) => s.pdf).length;
const fallbackBytes = htmlReport(results, summary, { lang: 'zh', tool, sources: drawn }).length;

console.log(`${files.length} files checked in ${checkMs.toFixed(0)} ms (extract, parse, rules)\n`);
console.log('| report | ms (median of 5) | share of the check | first round |');
console.log('|---|---:|---:|---:|');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${((ms / checkMs) * 100).toFixed(1)} % | ${firstRounds.get(name)!.toFixed(1)} |`);
console.log(`\nHTML report: ${embedded} PDFs embedded, ${shown} pages shown (drawn by the browser), ${(html.length / 1024 / 1024).toFixed(2)} MB; with the pages drawn in Node ${(fallbackBytes / 1024 / 1024).toFixed(2)} MB`);
