import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main.js';

/**
 * `node dist/scripts/bench-crosscheck.js saved.json N`: how `crosscheck` scales. The records of a
 * saved run are copied N times as other districts (普陀区 → a made-up district per copy, so each copy
 * is its own set of organisations), written as NDJSON, and cross-checked in this process; prints
 * the filings, groups, seconds and peak RSS.
 */
const DISTRICT_CHARS = '东南西北中上下左右前后春夏秋冬金木水火土';
const district = (k: number) => {
  let name = '';
  for (let n = k; name.length === 0 || n > 0; n = Math.floor(n / DISTRICT_CHARS.length)) name = DISTRICT_CHARS[n % DISTRICT_CHARS.length] + name;
  return `${name}区`;
};

const [source, copiesArg] = process.argv.slice(2);
const copies = Number(copiesArg ?? 100);
const saved = JSON.parse(readFileSync(source, 'utf8')) as { files: { path: string }[] };
const lines: string[] = [];
for (let k = 0; k < copies; k++) {
  for (const file of saved.files) lines.push(JSON.stringify(file).replaceAll('普陀区', district(k)).replace(`"path":"`, `"path":"copy${k}/`));
}
const path = join(mkdtempSync(join(tmpdir(), 'budgetlint-bench-')), 'results.ndjson');
writeFileSync(path, lines.join('\n') + '\n');
let out = '';
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const start = performance.now();
const code = await main(['crosscheck', '--format', 'json', path], { stdout: (t) => (out += t), stderr: () => {} });
const seconds = (performance.now() - start) / 1000;
clearInterval(timer);
const report = JSON.parse(out) as { crossFiling: { yearPairs: unknown[]; consolidations: unknown[]; unpaired: unknown[] } };
console.log(
  `${lines.length} filings (${(Buffer.byteLength(lines.join('\n')) / 1e6).toFixed(1)} MB NDJSON): ${report.crossFiling.yearPairs.length} year pairs, ` +
    `${report.crossFiling.consolidations.length} consolidations, ${report.crossFiling.unpaired.length} unpaired; ${seconds.toFixed(1)} s, peak RSS ${(peak / 1e6).toFixed(0)} MB, exit ${code}`,
);
