import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL, run, type RealId } from './helpers.js';

/**
 * The province recipe end to end: `check --shard i/n --format ndjson --output-file …` on n machines,
 * then `crosscheck` over the n files. The result must be the one of a single unsharded run —
 * including BL203 (stated change vs last year's filing), whose two filings (R03, R04) may land in
 * different shards.
 */
const ids: RealId[] = ['R03', 'R04', 'R06', 'R07', 'R08', 'R09'];
const dir = mkdtempSync(join(tmpdir(), 'budgetlint-shards-'));
const SHARDS = 3;
let shards: string[];
let whole: string;

beforeAll(async () => {
  const paths = ids.map((id) => REAL[id]);
  shards = [];
  for (let i = 1; i <= SHARDS; i++) {
    const out = join(dir, `shard-${i}.ndjson`);
    const { code } = await run('check', '--format', 'ndjson', '--output-file', out, '--shard', `${i}/${SHARDS}`, ...paths);
    expect(code).toBeLessThan(2);
    shards.push(out);
  }
  whole = join(dir, 'all.ndjson');
  await run('check', '--format', 'ndjson', '--output-file', whole, ...paths);
}, 600_000);

const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path?: string });

describe('crosscheck over the NDJSON of a sharded run', () => {
  it('the shards hold every filing exactly once', () => {
    const checked = shards.flatMap((s) => lines(s).flatMap((r) => (r.path ? [r.path] : [])));
    expect(checked.sort()).toEqual(ids.map((id) => REAL[id]).sort());
    // The split really splits: R03 and R04 are in different shards, so BL203 must pair across files.
    const shardOf = (id: RealId) => shards.findIndex((s) => lines(s).some((r) => r.path === REAL[id]));
    expect(shardOf('R03')).not.toBe(shardOf('R04'));
  });

  it('gives the findings and groups of one unsharded run, in any order of the shard files', async () => {
    const unsharded = await run('crosscheck', '--format', 'json', whole);
    const sharded = await run('crosscheck', '--format', 'json', ...shards);
    const reversed = await run('crosscheck', '--format', 'json', ...[...shards].reverse());
    expect(sharded.stdout).toBe(unsharded.stdout);
    expect(reversed.stdout).toBe(unsharded.stdout);
    const report = JSON.parse(unsharded.stdout);
    expect(report.crossFiling.consolidations).toHaveLength(2);
    expect(report.crossFiling.yearPairs).toHaveLength(1);
    // R04's three stated changes against R03 are rounding residue (−876.75 stated, −876.7517 computed): infos, not errors.
    const codes = report.files.flatMap((f: { findings: { ruleCode: string; severity: string }[] }) => f.findings.map((x) => `${x.ruleCode} ${x.severity}`));
    expect(codes).toEqual(['BL203 info', 'BL203 info', 'BL203 info']);
  });
});
