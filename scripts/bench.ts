/**
 * `npm run build && npm run bench [-- --pairs=7 --jobs=1,2]` — the whole check against
 * `pdftotext -layout`, side by side, on the 16 PDFs of fixtures/pdfs and fixtures/realdocs:
 *
 * 1. paired runs, alternating which goes first: one `budgetlint check --format json` process over
 *    all 16 files, and a shell loop running `pdftotext -layout` once per file; wall and CPU time
 *    (user + system of the whole process tree), medians and their ratios, the machine's load
 *    average before each pair;
 * 2. start-up: both on one small PDF (fixtures/not-budget/meeting-minutes.pdf, one page);
 * 3. throughput for `--jobs 1…N`: files/s, pages/s, peak memory (RSS of the process, sampled);
 * 4. the projection for 20,000 filings of ~25 pages, on this machine and on 16 cores.
 *
 * `--cli=PATH` runs another build's bin/budgetlint.js instead (before/after comparisons);
 * `--v8-defaults` adds a third arm to every round: the check with V8's own compiler settings
 * (BUDGETLINT_V8_DEFAULTS=1, see src/cli/v8-flags.ts).
 * CPU time is read from /proc (Linux); elsewhere only wall time is shown. No thresholds: this
 * measures, README.md records.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/refdata/index.js';

interface Run {
  wallMs: number;
  /** User + system CPU of the process and everything it waited for; undefined off Linux. */
  cpuMs?: number;
  /** Highest RSS seen (sampled every 20 ms), MB; undefined off Linux. */
  peakRssMb?: number;
  stdout: string;
  status: number | null;
}

/** `--cli=PATH` measures another build's bin/budgetlint.js (e.g. a checkout before a change) on the same files. */
const CLI = process.argv.find((a) => a.startsWith('--cli='))?.slice(6) ?? join(PACKAGE_ROOT, 'bin', 'budgetlint.js');
const SMALL = join(PACKAGE_ROOT, 'fixtures', 'not-budget', 'meeting-minutes.pdf');
const MB = 1024 * 1024;
const PROC = existsSync('/proc/self/stat');
const TICK_MS = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100);

function benchFiles(): string[] {
  return ['fixtures/pdfs', 'fixtures/realdocs'].flatMap((dir) =>
    readdirSync(join(PACKAGE_ROOT, dir))
      .filter((f) => f.toLowerCase().endsWith('.pdf'))
      .sort()
      .map((f) => join(PACKAGE_ROOT, dir, f)),
  );
}

/** CPU time of this process's waited-for children so far (cutime + cstime), ms. */
function childrenCpuMs(): number | undefined {
  if (!PROC) return undefined;
  // Fields after the command name (which may contain spaces): cutime, cstime are fields 16, 17.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

function rssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // already gone
  }
}

function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], env: env ? { ...process.env, ...env } : process.env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    let peak: number | undefined;
    const sample = () => {
      const rss = child.pid === undefined ? undefined : rssMb(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
    };
    const timer = PROC ? setInterval(sample, 20) : undefined;
    child.on('error', reject);
    child.on('close', (status) => {
      if (timer) clearInterval(timer);
      const wallMs = performance.now() - start;
      const cpuAfter = childrenCpuMs();
      resolve({
        wallMs,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
        peakRssMb: peak,
        stdout: Buffer.concat(chunks).toString('utf8'),
        status,
      });
    });
  });
}

const checkRun = (files: string[], jobs = 1, env?: NodeJS.ProcessEnv) =>
  run(process.execPath, [CLI, 'check', '--format', 'json', '--jobs', String(jobs), ...files], env);
/** The same check with V8's own compiler settings instead of src/cli/v8-flags.ts (`--v8-defaults`). */
const defaultsRun = (files: string[]) => checkRun(files, 1, { BUDGETLINT_V8_DEFAULTS: '1' });
/** One pdftotext process per file, as a user would loop over a folder; text to /dev/null. */
const pdftotextRun = (files: string[]) => run('sh', ['-c', 'for f in "$@"; do pdftotext -layout "$f" /dev/null || exit 1; done', 'sh', ...files]);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (v: number | undefined, digits = 0) => (v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits));
const load = () => loadavg().map((v) => v.toFixed(2)).join(' ');

/** Pages of the checked files, from the JSON report. */
function pagesOf(report: string): { files: number; pages: number; failed: number } {
  const parsed = JSON.parse(report) as { files: { status: string; document?: { pageCount?: number } }[] };
  return {
    files: parsed.files.length,
    pages: parsed.files.reduce((n, f) => n + (f.document?.pageCount ?? 0), 0),
    failed: parsed.files.filter((f) => f.status !== 'checked').length,
  };
}

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const pairs = Number(option('pairs') ?? 5);
  const maxJobs = Math.min(4, cpus().length);
  const jobsList = (option('jobs') ?? Array.from({ length: maxJobs }, (_, i) => i + 1).join(',')).split(',').map(Number);
  const files = benchFiles();
  if (spawnSync('pdftotext', ['-v']).error) {
    console.log('pdftotext not found (apt-get install poppler-utils): nothing to compare against');
    process.exitCode = 2;
    return;
  }

  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB; load average at start ${load()}`);
  // Warm-up (file cache, JIT caches): one of each, not counted; the report gives the page count.
  const warm = await checkRun(files);
  await pdftotextRun(files);
  const { pages, failed } = pagesOf(warm.stdout);
  console.log(`${files.length} PDFs, ${pages} pages (${failed} not checked), exit status ${warm.status}\n`);

  const withDefaults = process.argv.includes('--v8-defaults');
  console.log('## Paired runs (whole check of all files in one process vs. a pdftotext -layout loop)\n');
  if (withDefaults) console.log('(`--v8-defaults`: each round also runs the check with V8\'s own compiler settings, BUDGETLINT_V8_DEFAULTS=1; the order rotates)\n');
  console.log(`| pair | load (1/5/15 min) | first | check wall s | pdftotext wall s | wall ratio | check CPU s | pdftotext CPU s | CPU ratio |${withDefaults ? ' V8 defaults CPU s | CPU ratio |' : ''}`);
  console.log(`|---|---|---|---|---|---|---|---|---|${withDefaults ? '---|---|' : ''}`);
  const check: Run[] = [];
  const poppler: Run[] = [];
  const defaults: Run[] = [];
  for (let i = 0; i < pairs; i++) {
    const before = load();
    const arms: { name: string; go: () => Promise<Run>; into: Run[] }[] = [
      { name: 'check', go: () => checkRun(files), into: check },
      { name: 'pdftotext', go: () => pdftotextRun(files), into: poppler },
      ...(withDefaults ? [{ name: 'V8 defaults', go: () => defaultsRun(files), into: defaults }] : []),
    ];
    // Alternate which goes first (rotate through the arms).
    const order = arms.map((_, k) => arms[(k + i) % arms.length]);
    for (const arm of order) arm.into.push(await arm.go());
    const c = check[i];
    const p = poppler[i];
    const cpuRatio = c.cpuMs !== undefined && p.cpuMs ? c.cpuMs / p.cpuMs : undefined;
    const d = defaults[i];
    const extra = d ? ` ${fmt(d.cpuMs === undefined ? undefined : d.cpuMs / 1000, 2)} | ${fmt(d.cpuMs !== undefined && p.cpuMs ? d.cpuMs / p.cpuMs : undefined, 2)} |` : '';
    console.log(
      `| ${i + 1} | ${before} | ${order[0].name} | ${fmt(c.wallMs / 1000, 2)} | ${fmt(p.wallMs / 1000, 2)} | ${fmt(c.wallMs / p.wallMs, 2)} | ${fmt(c.cpuMs === undefined ? undefined : c.cpuMs / 1000, 2)} | ${fmt(p.cpuMs === undefined ? undefined : p.cpuMs / 1000, 2)} | ${fmt(cpuRatio, 2)} |${extra}`,
    );
  }
  const wallRatios = check.map((c, i) => c.wallMs / poppler[i].wallMs);
  const hasCpu = check.every((c) => c.cpuMs !== undefined) && poppler.every((p) => p.cpuMs);
  const cpuRatios = hasCpu ? check.map((c, i) => (c.cpuMs as number) / (poppler[i].cpuMs as number)) : [];
  const checkWall = median(check.map((c) => c.wallMs));
  const checkCpu = hasCpu ? median(check.map((c) => c.cpuMs as number)) : undefined;
  console.log('');
  console.log(`median wall: check ${fmt(checkWall / 1000, 2)} s, pdftotext ${fmt(median(poppler.map((p) => p.wallMs)) / 1000, 2)} s; median of the paired ratios ${fmt(median(wallRatios), 2)}× (range ${fmt(Math.min(...wallRatios), 2)}–${fmt(Math.max(...wallRatios), 2)})`);
  if (hasCpu) {
    console.log(`median CPU:  check ${fmt((checkCpu as number) / 1000, 2)} s, pdftotext ${fmt(median(poppler.map((p) => p.cpuMs as number)) / 1000, 2)} s; median of the paired ratios ${fmt(median(cpuRatios), 2)}× (range ${fmt(Math.min(...cpuRatios), 2)}–${fmt(Math.max(...cpuRatios), 2)})`);
  }
  if (defaults.length > 0 && hasCpu && defaults.every((d) => d.cpuMs !== undefined)) {
    const ratios = defaults.map((d, i) => (d.cpuMs as number) / (poppler[i].cpuMs as number));
    const wall = defaults.map((d, i) => d.wallMs / poppler[i].wallMs);
    console.log(`with V8's defaults: CPU ${fmt(median(defaults.map((d) => d.cpuMs as number)) / 1000, 2)} s, median paired CPU ratio ${fmt(median(ratios), 2)}× (range ${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}), wall ratio ${fmt(median(wall), 2)}×`);
  }
  console.log(`whole check: ${fmt(checkWall / pages, 1)} ms/page wall${checkCpu === undefined ? '' : `, ${fmt(checkCpu / pages, 1)} ms/page CPU`}; peak RSS ${fmt(median(check.map((c) => c.peakRssMb ?? NaN)))} MB (median)\n`);

  console.log('## Start-up: one small PDF (1 page)\n');
  const smallCheck: Run[] = [];
  const smallPoppler: Run[] = [];
  for (let i = 0; i < 5; i++) {
    if (i % 2) smallPoppler.push(await pdftotextRun([SMALL]));
    smallCheck.push(await checkRun([SMALL]));
    if (!(i % 2)) smallPoppler.push(await pdftotextRun([SMALL]));
  }
  console.log(`check: ${fmt(median(smallCheck.map((r) => r.wallMs)))} ms wall${hasCpu ? `, ${fmt(median(smallCheck.map((r) => r.cpuMs as number)))} ms CPU` : ''}; pdftotext -layout: ${fmt(median(smallPoppler.map((r) => r.wallMs)), 1)} ms wall (medians of 5, load ${load()})\n`);

  console.log('## Throughput by --jobs (one run each over the 16 PDFs)\n');
  console.log('| --jobs | load before | wall s | files/s | pages/s | CPU s | peak RSS MB | per worker MB |');
  console.log('|---|---|---|---|---|---|---|---|');
  let best = { jobs: 1, pagesPerSecond: 0 };
  let cpuPerPageMs: number | undefined;
  for (const jobs of jobsList) {
    const before = load();
    const r = await checkRun(files, jobs);
    const pps = pages / (r.wallMs / 1000);
    if (pps > best.pagesPerSecond) best = { jobs, pagesPerSecond: pps };
    if (jobs === 1 && r.cpuMs !== undefined) cpuPerPageMs = r.cpuMs / pages;
    console.log(
      `| ${jobs} | ${before} | ${fmt(r.wallMs / 1000, 2)} | ${fmt(files.length / (r.wallMs / 1000), 2)} | ${fmt(pps, 1)} | ${fmt(r.cpuMs === undefined ? undefined : r.cpuMs / 1000, 2)} | ${fmt(r.peakRssMb)} | ${fmt(r.peakRssMb === undefined ? undefined : r.peakRssMb / jobs)} |`,
    );
  }
  console.log('');
  console.log('(one process; with --jobs N it runs N worker threads, so "per worker" is the process peak ÷ N)\n');

  const PROJECT_PAGES = 20_000 * 25;
  console.log('## Projection: 20,000 filings of ~25 pages (500,000 pages)\n');
  console.log(`this machine (${cpus().length} cores, best --jobs ${best.jobs}, ${fmt(best.pagesPerSecond, 1)} pages/s): ${fmt(PROJECT_PAGES / best.pagesPerSecond / 3600, 1)} h`);
  if (cpuPerPageMs !== undefined) {
    console.log(`16 cores, CPU-bound at ${fmt(cpuPerPageMs, 1)} ms CPU/page (--jobs 1 above), all 16 busy: ${fmt((PROJECT_PAGES * cpuPerPageMs) / 1000 / 16 / 3600, 2)} h`);
  }
}

await main();
