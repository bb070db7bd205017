import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL, run, type RealId, type SavedFile } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlint-crosscheck-'));
const shardA: RealId[] = ['R03', 'R06', 'R08'];
const shardB: RealId[] = ['R04', 'R07', 'R09'];

/** R07's 公务接待费 raised 28.50 → 31.50 and its 三公 total with it, in a saved record (figures level). */
function raiseR07(report: { files: SavedFile[] }) {
  const r07 = report.files.find((f) => f.path === REAL.R07)!;
  const three = r07.figures!.tables.find((t) => t.kind === 'three-public')!;
  const cells = (key: string) => three.rows.find((r) => r.key === key)!.cells as Record<string, string>;
  expect([cells('l::reception').total, cells('total').total]).toEqual(['28.50', '867.50']);
  cells('l::reception').total = '31.50';
  cells('total').total = '870.50';
}

async function save(name: string, ids: RealId[], mutate = false): Promise<string> {
  const { stdout } = await run('check', '--format', 'json', ...ids.map((id) => REAL[id]));
  const report = JSON.parse(stdout);
  if (mutate) raiseR07(report);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(report));
  return path;
}

/** The same records one per line, as `--format ndjson` writes them (file lines, then a summary line). */
function asNdjson(jsonPath: string, report: { files: SavedFile[]; summary: unknown }): string {
  const path = jsonPath.replace(/\.json$/, '.ndjson');
  writeFileSync(path, [...report.files.map((f) => JSON.stringify(f)), JSON.stringify({ summary: report.summary })].join('\n') + '\n');
  return path;
}

let whole: string;
let a: string;
let b: string;

beforeAll(async () => {
  // Two shards checked separately, and the unsharded run, each saved as the JSON report.
  [a, b, whole] = await Promise.all([save('a.json', shardA), save('b.json', shardB, true), save('all.json', [...shardA, ...shardB], true)]);
}, 300_000);

describe('budgetlint crosscheck over saved results', () => {
  it('gives the same findings and groups over two shards as over the unsharded run, in either order', async () => {
    // R03 is in one shard and R04 in the other: BL203 (stated change vs last year's filing) pairs them
    // across the shard files (three rounding-residue infos on R04).
    const sharded = await run('crosscheck', '--format', 'json', a, b);
    const reversed = await run('crosscheck', '--format', 'json', b, a);
    const unsharded = await run('crosscheck', '--format', 'json', whole);
    expect(sharded.stdout).toBe(unsharded.stdout);
    expect(reversed.stdout).toBe(unsharded.stdout);
    expect(sharded.code).toBe(1);
    const report = JSON.parse(sharded.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([REAL.R04, REAL.R06]);
    expect(report.files[0].findings.map((f: { ruleCode: string; severity: string }) => `${f.ruleCode} ${f.severity}`)).toEqual(['BL203 info', 'BL203 info', 'BL203 info']);
    const rules = report.files[1].findings.map((f: { ruleId: string; related: { path?: string }[] }) => [f.ruleId, f.related[0].path]);
    expect(rules.sort()).toEqual([
      ['cross-filing/department-sum-of-units', REAL.R07],
      ['cross-filing/department-sum-of-units', REAL.R07],
      ['cross-filing/unit-within-department', REAL.R07],
      ['cross-filing/unit-within-department', REAL.R07],
    ]);
  });

  it('reads NDJSON records (one file per line, a summary line skipped) the same as the JSON report', async () => {
    const { readFileSync } = await import('node:fs');
    const ndA = asNdjson(a, JSON.parse(readFileSync(a, 'utf8')));
    const ndB = asNdjson(b, JSON.parse(readFileSync(b, 'utf8')));
    const fromNd = await run('crosscheck', '--format', 'json', ndA, ndB);
    const fromJson = await run('crosscheck', '--format', 'json', a, b);
    expect(fromNd.stdout).toBe(fromJson.stdout);
  });

  it('matches the cross-filing findings of `check` when the files are checked together (clean fixtures)', async () => {
    const clean = await save('clean.json', [...shardA, ...shardB]);
    const report = JSON.parse((await run('crosscheck', '--format', 'json', clean)).stdout);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.crossFiling.consolidations).toHaveLength(2);
    expect(report.crossFiling.yearPairs).toHaveLength(1);
  });

  it('uses --reference results for the checks without reporting them', async () => {
    // BL203 left out as above (R04's stated changes against the reference R03 are info residues).
    const { stdout, code } = await run('crosscheck', '--format', 'json', '--disable', 'BL203', b, '--reference', a);
    const report = JSON.parse(stdout);
    expect(report.crossFiling.references).toEqual([REAL.R03, REAL.R06, REAL.R08]);
    // The department (R06) is a reference: the findings move to the unit's file and name the department's.
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([REAL.R07]);
    expect(report.files[0].findings.every((f: { related: { path?: string }[] }) => f.related[0].path === REAL.R06)).toBe(true);
    expect(code).toBe(1);
  });

  it('exits 2 on a file that is not saved results', async () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, 'not json\n');
    expect((await run('crosscheck', bad)).code).toBe(2);
  });
});
