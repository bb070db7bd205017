/**
 * Extraction speed and memory over the PDF fixtures: `npm run build && npm run bench [-- --rounds=5]`.
 *
 * For every PDF in fixtures/pdfs and fixtures/realdocs: milliseconds per page for extractPdf
 * (median over the rounds, the first round included: it pays for loading pdf.js once), for
 * `pdftotext -layout` when poppler is installed (wall time of the process, a reference point),
 * and memory: peak RSS, RSS after each file, and the heap after a full GC at the end of each round.
 * The whole list runs several times so that a leak shows as growth from round to round.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractPdf } from '../src/extract/pdf/index.js';
import { PACKAGE_ROOT } from '../src/refdata/index.js';
import { checkFile as checkOneFile } from '../src/batch/check-file.js';
import { rules } from '../rules/index.js';

/** The whole check of one file, as `budgetlint check` runs it: extract, parse, claims, every rule. */
const checkFile: ((path: string) => Promise<unknown>) | undefined = (path) => checkOneFile(path, rules, { lang: 'zh' });

const MB = 1024 * 1024;

interface FileResult {
  path: string;
  pages: number;
  tables: number;
  extractMs: number[];
  checkMs: number[];
  rssAfter: number[];
  pdftotextMs?: number;
}

function pdfFiles(): string[] {
  return ['fixtures/pdfs', 'fixtures/realdocs'].flatMap((dir) =>
    readdirSync(join(PACKAGE_ROOT, dir))
      .filter((f) => f.toLowerCase().endsWith('.pdf'))
      .sort()
      .map((f) => join(PACKAGE_ROOT, dir, f)),
  );
}

/** A full GC without --expose-gc on the command line (npm run bench passes no flags). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function pdftotextMs(path: string): number | undefined {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync('pdftotext', ['-layout', path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.error || result.status !== 0) return undefined; // not installed, or failed: no reference
    runs.push(performance.now() - start);
  }
  return median(runs);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (v: number | undefined, digits = 1) => (v === undefined ? '—' : v.toFixed(digits));

async function main(): Promise<void> {
  const rounds = Number(/^--rounds=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--rounds=')) ?? '')?.[1] ?? 3);
  const files = pdfFiles();
  const results = new Map<string, FileResult>(
    files.map((path) => [path, { path, pages: 0, tables: 0, extractMs: [], checkMs: [], rssAfter: [] }]),
  );
  const heapAfterRound: number[] = [];
  const rssAfterRound: number[] = [];

  for (let round = 0; round < rounds; round++) {
    for (const path of files) {
      const result = results.get(path) as FileResult;
      const data = readFileSync(path);
      const start = performance.now();
      const doc = await extractPdf(path, data);
      result.extractMs.push(performance.now() - start);
      result.pages = doc.pageCount ?? 0;
      result.tables = doc.blocks.filter((b) => b.kind === 'table').length;
      if (checkFile) {
        const checkStart = performance.now();
        await checkFile(path);
        result.checkMs.push(performance.now() - checkStart);
      }
      result.rssAfter.push(process.memoryUsage().rss / MB);
    }
    collectGarbage();
    heapAfterRound.push(process.memoryUsage().heapUsed / MB);
    rssAfterRound.push(process.memoryUsage().rss / MB);
  }
  for (const result of results.values()) result.pdftotextMs = pdftotextMs(result.path);

  const hasPoppler = [...results.values()].some((r) => r.pdftotextMs !== undefined);
  const header = ['file', 'pages', 'tables', 'extract ms/page (median)', 'extract ms (min–max)'];
  if (checkFile) header.push('check ms/page');
  header.push('pdftotext -layout ms/page', 'RSS after file, MB (per round)');
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  let totalPages = 0;
  let totalMs = 0;
  let totalCheckMs = 0;
  let totalPdftotextMs = 0;
  for (const r of results.values()) {
    const pages = Math.max(1, r.pages);
    totalPages += pages;
    totalMs += median(r.extractMs);
    if (checkFile) totalCheckMs += median(r.checkMs);
    totalPdftotextMs += r.pdftotextMs ?? 0;
    const cells = [
      basename(r.path),
      String(r.pages),
      String(r.tables),
      fmt(median(r.extractMs) / pages),
      `${fmt(Math.min(...r.extractMs), 0)}–${fmt(Math.max(...r.extractMs), 0)}`,
    ];
    if (checkFile) cells.push(fmt(median(r.checkMs) / pages));
    cells.push(fmt(r.pdftotextMs === undefined ? undefined : r.pdftotextMs / pages), r.rssAfter.map((v) => v.toFixed(0)).join(' / '));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  console.log(lines.join('\n'));
  console.log('');
  console.log(`${files.length} files, ${totalPages} pages, ${rounds} rounds, Node ${process.version}`);
  console.log(`extraction, all files: ${fmt(totalMs, 0)} ms (median per file, summed) = ${fmt(totalMs / totalPages)} ms/page`);
  if (checkFile) console.log(`whole check, all files: ${fmt(totalCheckMs, 0)} ms = ${fmt(totalCheckMs / totalPages)} ms/page`);
  if (hasPoppler) {
    console.log(`pdftotext -layout, all files: ${fmt(totalPdftotextMs, 0)} ms = ${fmt(totalPdftotextMs / totalPages)} ms/page`);
    if (checkFile) console.log(`whole check / pdftotext -layout: ${fmt(totalCheckMs / totalPdftotextMs)}×`);
  }
  if (!hasPoppler) console.log('pdftotext not found (apt-get install poppler-utils): no reference column');
  console.log(`peak RSS (maxRSS): ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
  console.log(`RSS after each round: ${rssAfterRound.map((v) => v.toFixed(0)).join(' / ')} MB`);
  console.log(`heap after GC, after each round: ${heapAfterRound.map((v) => v.toFixed(1)).join(' / ')} MB`);
}

await main();
