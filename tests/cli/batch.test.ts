import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the compiled CLI (npm test builds it first): worker threads load dist/src/batch/worker.js. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/budgetlint.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('batch runs', () => {
  it('gives the same report with two workers as in one process, every file accounted for', () => {
    const paths = ['fixtures/bad-text', 'fixtures/pdfs/bad', 'fixtures/seeds', 'fixtures/pdfs/lo_001_docx.pdf'];
    const serial = cli('check', '--format', 'json', ...paths);
    const parallel = cli('check', '--format', 'json', '--jobs', '2', '--progress', ...paths);
    expect(parallel.code).toBe(2);
    expect(parallel.stdout).toBe(serial.stdout);
    const report = JSON.parse(parallel.stdout);
    expect(report.summary).toMatchObject({ files: 16, checked: 7, failed: 9 });
    expect(parallel.stderr.trim().split('\n')).toHaveLength(16);
  });

  it('rejects a bad --jobs value as a usage error', () => {
    expect(cli('check', '--jobs', '0', 'fixtures/seeds').code).toBe(2);
  });
});
