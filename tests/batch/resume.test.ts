import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/batch/resume.js';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { SEEDS } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'budgetlint.js');

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** 80 filings (copies of the seeds and two real PDFs) in a province-like tree. */
function province(): string {
  const root = mkdtempSync(join(tmpdir(), 'bl-resume-'));
  const seeds = Object.values(SEEDS);
  for (let i = 0; i < 78; i++) {
    const dir = join(root, `county-${i % 5}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(seeds[i % seeds.length], join(dir, `dept-${String(i).padStart(2, '0')}.txt`));
  }
  copyFileSync('fixtures/pdfs/rl_001_stsong.pdf', join(root, 'county-0', 'rl_001.pdf'));
  copyFileSync('fixtures/pdfs/crash/zeroed-stream_R12.pdf', join(root, 'county-1', 'zeroed.pdf'));
  return root;
}

const fileLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** Kills the run with SIGKILL as soon as `lines` result lines are in the file. */
function killAfter(args: string[], output: string, lines: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const poll = setInterval(() => {
      const written = existsSync(output) ? readFileSync(output, 'utf8').split('\n').length - 1 : 0;
      if (written >= lines) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', (_, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL') return reject(new Error('the run ended before it could be killed'));
      resolve(existsSync(output) ? readFileSync(output, 'utf8').split('\n').length - 1 : 0);
    });
  }, 600_000);
}

describe('--format ndjson --output-file --resume', () => {
  it('after a SIGKILL midway, a rerun with --resume gives exactly the full result set once', async () => {
    const root = province();
    const complete = join(root, '..', `${root.split('/').pop()}-complete.ndjson`);
    const resumed = join(root, '..', `${root.split('/').pop()}-resumed.ndjson`);
    cli(['check', '--format', 'ndjson', '--jobs', '1', '--output-file', complete, root]);
    const expected = fileLines(complete);
    expect(expected.at(-1).type).toBe('summary');
    expect(expected).toHaveLength(81);

    const args = ['check', '--format', 'ndjson', '--jobs', '2', '--output-file', resumed, root];
    const linesAtKill = await killAfter(args, resumed, 10);
    expect(linesAtKill).toBeLessThan(80);
    const rerun = cli([...args, '--resume']);
    expect(rerun.stderr).toMatch(/resuming: \d+ files already recorded/);
    const records = fileLines(resumed);
    const files = records.filter((r) => r.type === 'file');
    expect(records.filter((r) => r.type === 'summary')).toEqual([expected.at(-1)]);
    expect(records.at(-1).type).toBe('summary');
    const byPath = (list: { path: string }[]) => Object.fromEntries(list.map((r) => [r.path, r]));
    expect(files).toHaveLength(80);
    expect(byPath(files)).toEqual(byPath(expected.filter((r) => r.type === 'file')));
    expect(rerun.code).toBe(2); // the damaged PDF is not a readable budget; the rest has errors
  }, 600_000);

  it('drops a torn last line and a previous summary when reading the records back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-torn-'));
    const out = join(dir, 'r.ndjson');
    cli(['check', '--format', 'ndjson', '--output-file', out, SEEDS['001'], SEEDS['002']]);
    appendFileSync(out, '{"type":"file","path":"x.txt","stat');
    const { records, lines } = readRecords(out);
    expect(records.map((r) => r.path)).toEqual(expect.arrayContaining([SEEDS['001'], SEEDS['002']]));
    expect(records).toHaveLength(2);
    expect(lines).toBe(4);
  }, 600_000);
});

describe('--shard i/n', () => {
  it('splits the files into disjoint parts that cover them all, the same on every run', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `province/county-${i % 7}/dept-${i}.pdf`);
    const parts = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })));
    expect(parts.flat().sort()).toEqual([...paths].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(80);
    expect(paths.filter((p) => inShard(p, parseShard('2/4')))).toEqual(parts[1]);
  }, 600_000);

  it('refuses a shard outside 1..n', () => {
    expect(() => parseShard('0/3')).toThrow(/1 ≤ i ≤ n/);
    expect(cli(['check', '--shard', '4/3', 'fixtures/seeds']).code).toBe(2);
  }, 600_000);
});
