/**
 * Fault-isolation fuzz run: `npm run build && node dist/scripts/fuzz.js [--count=2600] [--seed=10]
 * [--out=DIR] [--sample=40] [--timeout=120] [--huge]`.
 *
 * Writes `count` damaged copies of the fixture PDFs (80 %) and texts (20 %) — the damage kinds of
 * fuzz-damage.ts — then checks the folder with the real CLI twice: `--jobs 1` in name order and
 * `--jobs 2` in reverse order. It counts
 * - crashes: a run that exits with a code other than 0/1/2, or whose report misses or repeats a file;
 * - hangs: a run killed by the watchdog, or a file that hit `--timeout`;
 * - misattributed: a file whose batch result differs from its result checked alone (every file that
 *   failed with WORKER_CRASHED / TIMEOUT / OUT_OF_MEMORY / INTERNAL_ERROR, plus a seeded sample);
 * - job-count differences: a file whose result differs between the two runs;
 * - decoding misses: a UTF-16 / CR-only / CRLF copy of a seed whose findings differ from the seed's.
 * Prints a JSON summary and exits 1 when any of these is not 0.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/refdata/index.js';
import { HUGE_TEXT, PDF_DAMAGE, seededRandom, TEXT_DAMAGE } from './fuzz-damage.js';

interface Args {
  count: number;
  seed: number;
  out: string;
  sample: number;
  timeout: number;
  huge: boolean;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const seed = Number(get('seed') ?? 10);
  return {
    count: Number(get('count') ?? 2600),
    seed,
    out: get('out') ?? join(tmpdir(), `budgetlint-fuzz-${seed}`),
    sample: Number(get('sample') ?? 40),
    timeout: Number(get('timeout') ?? 120),
    huge: argv.includes('--huge'),
  };
}

/** One file's result as the harness keeps it: the findings only as a digest (a damaged copy can carry tens of thousands). */
interface Result {
  path: string;
  status: string;
  error?: { code: string; message: string };
  findingsDigest: string;
}

/** A `--format ndjson` file line, reduced to what the comparisons need. */
function resultOf(line: string): Result | undefined {
  const record = JSON.parse(line) as { type: string; path: string; status: string; error?: { code: string; message: string }; findings?: unknown[] };
  if (record.type !== 'file') return undefined;
  const findingsDigest = createHash('sha256').update(JSON.stringify(record.findings ?? [])).digest('hex');
  return { path: record.path, status: record.status, error: record.error, findingsDigest };
}

const fixture = (...parts: string[]) => join(PACKAGE_ROOT, 'fixtures', ...parts);
const listPdfs = (dir: string) => readdirSync(fixture(dir)).filter((f) => f.endsWith('.pdf')).map((f) => fixture(dir, f));

/** Small PDFs are damaged more often than the 2 MB Chromium prints, to keep a full run affordable. */
function sourcePdfs(): string[] {
  const all = [...listPdfs('realdocs'), ...listPdfs('pdfs'), ...listPdfs('pdfs/crash')];
  return all.filter((p) => readFileSync(p).length < 1_000_000).concat(all.filter((p) => readFileSync(p).length >= 1_000_000).slice(0, 1));
}

/** Writes the damaged copies; returns, per copy, its kind and (for decoding kinds) the seed it should read as. */
function generate(args: Args): Map<string, { kind: string; readsAs?: string }> {
  rmSync(args.out, { recursive: true, force: true });
  mkdirSync(args.out, { recursive: true });
  const random = seededRandom(args.seed);
  const pdfs = sourcePdfs().map((p) => ({ name: p.split('/').pop()!.replace(/\.pdf$/, '').slice(0, 12), data: readFileSync(p) }));
  const texts = readdirSync(fixture('seeds')).map((f) => ({ name: f.slice(0, 3), path: fixture('seeds', f), text: readFileSync(fixture('seeds', f), 'utf8') }));
  const pdfKinds = Object.keys(PDF_DAMAGE);
  const textKinds = Object.keys(TEXT_DAMAGE);
  const made = new Map<string, { kind: string; readsAs?: string }>();
  const textCount = Math.max(1, Math.round(args.count * 0.2));
  for (let i = 0; i < args.count; i++) {
    const id = String(i).padStart(5, '0');
    if (i % Math.round(args.count / textCount) === 1) {
      const source = texts[i % texts.length];
      const kind = textKinds[Math.floor(random() * textKinds.length)];
      const path = join(args.out, `${id}_${kind}_${source.name}.txt`);
      writeFileSync(path, TEXT_DAMAGE[kind](source.text, random));
      made.set(path, { kind, readsAs: /^(utf16|cr)/.test(kind) ? source.path : undefined });
    } else {
      const source = pdfs[Math.floor(random() * pdfs.length)];
      const kind = pdfKinds[Math.floor(random() * pdfKinds.length)];
      const path = join(args.out, `${id}_${kind}_${source.name}.pdf`);
      writeFileSync(path, PDF_DAMAGE[kind](source.data, random));
      made.set(path, { kind });
    }
  }
  if (args.huge) {
    const path = join(args.out, `99999_huge-rows_004.txt`);
    writeFileSync(path, HUGE_TEXT(texts[3].text, random));
    made.set(path, { kind: 'huge-rows' });
  }
  return made;
}

interface Run {
  code: number | null;
  killed: boolean;
  results: Result[];
  stderr: string;
  seconds: number;
}

/**
 * Runs the CLI with a watchdog (a run that outlives it is a hang). The report is read as NDJSON, line by
 * line: one JSON report of a folder with many-rows copies is larger than V8's longest string.
 */
function runCli(args: string[], watchdogSeconds: number): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'budgetlint.js'), 'check', '--format', 'ndjson', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const results: Result[] = [];
    let unreadable = 0;
    let stderr = '';
    let killed = false;
    const watchdog = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, watchdogSeconds * 1000);
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    const linesRead = new Promise<void>((done) => lines.on('close', done));
    lines.on('line', (line) => {
      try {
        const result = resultOf(line);
        if (result) results.push(result);
      } catch {
        unreadable++; // a torn or non-JSON line: the file it belonged to is missing below
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on('close', async (code) => {
      clearTimeout(watchdog);
      await linesRead;
      if (unreadable > 0) stderr += `\n${unreadable} unreadable report line(s)`;
      resolve({ code, killed, results, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const key = (r: Result | undefined) => (r ? JSON.stringify([r.status, r.error?.code ?? null, r.findingsDigest]) : 'missing');
const SUSPECT = new Set(['WORKER_CRASHED', 'TIMEOUT', 'OUT_OF_MEMORY', 'INTERNAL_ERROR']);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const made = generate(args);
  const files = [...made.keys()].sort();
  const watchdog = Math.max(600, files.length * 10);
  const common = ['--timeout', String(args.timeout)];
  const serial = await runCli([...common, '--jobs', '1', ...files], watchdog);
  const parallel = await runCli([...common, '--jobs', '2', ...[...files].reverse()], watchdog);

  const crashes: string[] = [];
  const hangs: string[] = [];
  const byPath = (run: Run, name: string) => {
    if (run.killed) hangs.push(`${name}: killed by the watchdog after ${watchdog} s`);
    else if (run.code === null || run.code > 2) crashes.push(`${name}: exit ${run.code}: ${run.stderr.slice(-500)}`);
    const map = new Map(run.results.map((r) => [r.path, r]));
    if (!run.killed && (run.results.length !== files.length || map.size !== files.length)) {
      crashes.push(`${name}: ${run.results.length} results (${map.size} distinct) for ${files.length} files`);
    }
    for (const r of run.results) if (r.error?.code === 'TIMEOUT') hangs.push(`${name}: ${r.path} timed out`);
    return map;
  };
  const one = byPath(serial, '--jobs 1');
  const two = byPath(parallel, '--jobs 2');
  const jobDifferences = files.filter((f) => key(one.get(f)) !== key(two.get(f)));

  const random = seededRandom(args.seed + 1);
  const sample = new Set(files.filter((f) => SUSPECT.has(one.get(f)?.error?.code ?? '') || SUSPECT.has(two.get(f)?.error?.code ?? '')));
  for (let i = 0; i < args.sample && i < files.length; i++) sample.add(files[Math.floor(random() * files.length)]);
  const misattributed: string[] = [];
  for (const file of sample) {
    const alone = await runCli([...common, '--jobs', '1', file], watchdog);
    if (key(alone.results[0]) !== key(one.get(file)) || key(alone.results[0]) !== key(two.get(file))) misattributed.push(file);
  }

  const decodingMisses: string[] = [];
  const originals = new Map<string, string>();
  for (const [file, info] of made) {
    if (!info.readsAs) continue;
    if (!originals.has(info.readsAs)) originals.set(info.readsAs, (await runCli(['--jobs', '1', info.readsAs], watchdog)).results[0]?.findingsDigest ?? 'missing');
    if (originals.get(info.readsAs) !== one.get(file)?.findingsDigest) decodingMisses.push(`${file} (${one.get(file)?.error?.code ?? 'findings differ'})`);
  }

  const outcomes: Record<string, Record<string, number>> = {};
  for (const [file, info] of made) {
    const r = one.get(file);
    const outcome = r ? (r.status === 'checked' ? 'checked' : (r.error?.code ?? 'failed')) : 'missing';
    outcomes[info.kind] ??= {};
    outcomes[info.kind][outcome] = (outcomes[info.kind][outcome] ?? 0) + 1;
  }
  const report = {
    seed: args.seed,
    files: files.length,
    pdfs: files.filter((f) => f.endsWith('.pdf')).length,
    texts: files.filter((f) => f.endsWith('.txt')).length,
    seconds: { jobs1: serial.seconds, jobs2: parallel.seconds },
    exitCodes: { jobs1: serial.code, jobs2: parallel.code },
    crashes,
    hangs,
    misattributed,
    checkedAlone: sample.size,
    jobDifferences,
    decodingMisses,
    outcomes,
  };
  console.log(JSON.stringify(report, null, 2));
  const bad = crashes.length + hangs.length + misattributed.length + jobDifferences.length + decodingMisses.length;
  process.exitCode = bad === 0 ? 0 : 1;
}

await main();
