import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PACKAGE_ROOT } from '../src/refdata/index.js';

/**
 * `node dist/scripts/bench-crosscheck.js saved.json N`: how `crosscheck` scales. The records of a
 * saved run are copied N times as other districts (普陀区 → a made-up district per copy, so each copy
 * is its own set of organisations), written as NDJSON, and cross-checked by the CLI in a child
 * process; prints the filings, groups, seconds and the child's peak RSS (its own, not this script's).
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
const dir = mkdtempSync(join(tmpdir(), 'budgetlint-bench-'));
const path = join(dir, 'results.ndjson');
const out = openSync(path, 'w');
let filings = 0;
for (let k = 0; k < copies; k++) {
  for (const file of saved.files) {
    writeSync(out, JSON.stringify(file).replaceAll('普陀区', district(k)).replace(`"path":"`, `"path":"copy${k}/`) + '\n');
    filings++;
  }
}
closeSync(out);
// The child reports its own peak RSS when it exits.
const probe = join(dir, 'maxrss.cjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));\n");
const start = performance.now();
const run = spawnSync(process.execPath, ['--require', probe, join(PACKAGE_ROOT, 'bin', 'budgetlint.js'), 'crosscheck', '--format', 'json', path], {
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
});
const seconds = (performance.now() - start) / 1000;
const peakKb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN);
const report = JSON.parse(run.stdout) as { crossFiling: { yearPairs: unknown[]; consolidations: unknown[]; unpaired: unknown[] } };
console.log(
  `${filings} filings (${(statSync(path).size / 1e6).toFixed(1)} MB NDJSON): ${report.crossFiling.yearPairs.length} year pairs, ` +
    `${report.crossFiling.consolidations.length} consolidations, ${report.crossFiling.unpaired.length} unpaired; ${seconds.toFixed(1)} s, ` +
    `peak RSS ${(peakKb / 1024).toFixed(0)} MB, exit ${run.status}`,
);
