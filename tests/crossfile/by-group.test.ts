import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossFilingRules } from '../../rules/index.js';
import { crossCheck, crossCheckByGroup } from '../../src/crossfile/index.js';
import { readSavedResults } from '../../src/crossfile/saved.js';
import { checkJson, REAL, type SavedFile } from './helpers.js';

/**
 * `crosscheck` loads saved NDJSON records group by group (src/crossfile/index.ts crossCheckByGroup):
 * only the records' heads are kept while grouping. The result must be exactly that of crossCheck over
 * the whole records in memory — on the six paired real filings, with R07's 三公 figures raised above its
 * department's (BL200/BL201 errors) and R04 paired with R03 (BL203).
 */
const dir = mkdtempSync(join(tmpdir(), 'budgetlint-by-group-'));
let files: SavedFile[];
let ndjson: string;

beforeAll(async () => {
  files = (await checkJson('R03', 'R04', 'R06', 'R07', 'R08', 'R09', 'R10', 'R12')).files;
  const r07 = files.find((f) => f.path === REAL.R07)!;
  const three = r07.figures!.tables.find((t) => t.kind === 'three-public')!;
  const cells = (key: string) => three.rows.find((r) => r.key === key)!.cells as Record<string, string>;
  cells('l::reception').total = '31.50';
  cells('total').total = '870.50';
  ndjson = join(dir, 'run.ndjson');
  // Shuffled, so that a group's records are far apart in the file; a summary line at the end.
  const order = [5, 0, 7, 2, 4, 1, 6, 3].map((i) => files[i]);
  writeFileSync(ndjson, [...order.map((f) => JSON.stringify(f)), JSON.stringify({ type: 'summary' })].join('\n') + '\n');
}, 600_000);

describe('cross-checking saved records group by group', () => {
  it('keeps only the heads of NDJSON records until a group is checked', async () => {
    const saved = await readSavedResults(ndjson);
    expect(saved).toHaveLength(8);
    for (const r of saved) {
      expect(r.figures!.tables).toEqual([]);
      const whole = await r.load!();
      expect(whole).toEqual(files.find((f) => f.path === r.path)!.figures);
    }
  });

  it('finds what the whole records in memory give, findings, groups and coverage alike', async () => {
    const options = { lang: 'zh' as const };
    const inMemory = crossCheck(files.map((f) => ({ path: f.path, figures: f.figures!, reference: false })), crossFilingRules, options);
    const saved = await readSavedResults(ndjson);
    const byGroup = await crossCheckByGroup(saved.map((r) => ({ path: r.path, figures: r.figures!, load: r.load!, reference: false })), crossFilingRules, options);
    expect(byGroup.findings).toEqual(inMemory.findings);
    expect(byGroup.coverage).toEqual(inMemory.coverage);
    const paths = (g: typeof inMemory.grouping) => ({
      yearPairs: g.yearPairs.map((p) => [p.prior.path, p.current.path]),
      consolidations: g.consolidations.map((c) => [c.department.path, ...c.units.map((u) => u.path)]),
      unpaired: g.unpaired.map((u) => u.filing.path),
    });
    expect(paths(byGroup.grouping)).toEqual(paths(inMemory.grouping));
    // Not a comparison of two empty results: R06 has the errors of its raised unit, R04 its residues.
    const codes = [...byGroup.findings].map(([path, list]) => [path, list.map((f) => `${f.ruleCode} ${f.severity}`).sort()]);
    expect(codes).toEqual([
      [REAL.R04, ['BL203 info', 'BL203 info', 'BL203 info']],
      [REAL.R06, ['BL200 error', 'BL200 error', 'BL201 error', 'BL201 error']],
    ]);
  });
});
