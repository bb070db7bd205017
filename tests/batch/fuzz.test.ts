import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

/**
 * The fuzz run of scripts/fuzz.ts with a small count (the full run is by hand; its numbers are in
 * the README): damaged copies of the fixture PDFs and texts, checked with --jobs 1 and --jobs 2.
 */
describe('fuzz (small)', () => {
  it('has no crash, hang, misattributed file, job-count difference or decoding miss', () => {
    const out = join(tmpdir(), `budgetlint-fuzz-ci-${process.pid}`);
    const run = spawnSync(process.execPath, ['dist/scripts/fuzz.js', '--count=10', '--seed=7', '--sample=2', '--timeout=300', `--out=${out}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(run.stdout);
    expect(report.files).toBe(10);
    expect({ crashes: report.crashes, hangs: report.hangs, misattributed: report.misattributed, jobDifferences: report.jobDifferences, decodingMisses: report.decodingMisses }).toEqual({
      crashes: [],
      hangs: [],
      misattributed: [],
      jobDifferences: [],
      decodingMisses: [],
    });
    expect(report.checkedAlone).toBeGreaterThanOrEqual(1);
    expect(run.status).toBe(0);
  }, 900_000);
});
