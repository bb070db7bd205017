import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { hasQpdf, replaceNumberInPdf } from './pdf-mutate.js';
import { REAL, run } from './helpers.js';

if (!hasQpdf) console.warn('tests/crossfile/text-level: qpdf or pdftotext missing, PDF copies skipped');

type File = { path: string; findings: Finding[] };
const ownErrors = (f: File) => f.findings.filter((x) => !x.ruleId.startsWith('cross-filing/') && x.severity === 'error').map((x) => `${x.ruleId} p${x.location.page} ${x.location.row}`);
const crossErrors = (f: File, ruleId: string) => f.findings.filter((x) => x.ruleId === ruleId && x.severity === 'error');

describe('a real filing changed consistently inside itself (PDF copies made with qpdf)', () => {
  it.skipIf(!hasQpdf)('R07 with its 公务接待费 28.50 → 31.50 and 三公 total 867.50 → 870.50 everywhere: clean alone, above its department R06', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlint-r07-'));
    // Printed twice each: the 三公 table and the narrative (`公务接待费28.50万元`, `预算数为867.50万元`).
    const copy = replaceNumberInPdf(replaceNumberInPdf(REAL.R07, '28.50', '31.50', dir, 2), '867.50', '870.50', dir, 2);
    const before = JSON.parse((await run('check', '--format', 'json', REAL.R06, REAL.R07)).stdout);
    const after = JSON.parse((await run('check', '--format', 'json', REAL.R06, copy)).stdout);
    const [r06, r07] = before.files as File[];
    const [department, unit] = after.files as File[];
    expect(ownErrors(unit)).toEqual(ownErrors(r07));
    expect(crossErrors(r06, 'cross-filing/unit-within-department')).toEqual([]);
    const above = crossErrors(department, 'cross-filing/unit-within-department');
    expect(above.map((f) => [f.location.row, f.expected, f.actual]).sort()).toEqual([
      ['“三公”经费预算数/公务接待费', '28.50', '31.50'],
      ['“三公”经费预算数/合计', '867.50', '870.50'],
    ]);
    for (const f of above) expect(f.related[0]).toMatchObject({ path: copy, table: '2025年单位“三公”经费和机关运行经费预算表', page: 20 });
    expect(crossErrors(department, 'cross-filing/department-sum-of-units')).toHaveLength(2);
  }, 300_000);
  it.skipIf(!hasQpdf)('R04 with every “比2023年预算减少876.75万元” printed as 866.75: invisible inside R04, an error against R03', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlint-r04-'));
    const copy = replaceNumberInPdf(REAL.R04, '876.75', '866.75', dir, 3);
    const before = JSON.parse((await run('check', '--format', 'json', REAL.R03, REAL.R04)).stdout);
    const after = JSON.parse((await run('check', '--format', 'json', REAL.R03, copy)).stdout);
    const [, r04] = before.files as File[];
    const [, changed] = after.files as File[];
    // Consistent inside the document: the single-document rules find the same errors as on the original.
    expect(ownErrors(changed)).toEqual(ownErrors(r04));
    expect(r04.findings.filter((f) => f.ruleId.startsWith('cross-filing/') && f.severity === 'error')).toEqual([]);
    const cross = crossErrors(changed, 'cross-filing/stated-change');
    expect(cross.map((f) => [f.location.row, f.actual, f.expected]).sort()).toEqual([
      ['一般公共预算拨款支出预算', '-866.75', '-876.7517'],
      ['财政拨款支出预算', '-866.75', '-876.7517'],
      ['财政拨款收入', '-866.75', '-876.7517'],
    ]);
    for (const f of cross) expect(f.related[0]).toMatchObject({ path: REAL.R03, page: expect.any(Number) });
  }, 300_000);
});
