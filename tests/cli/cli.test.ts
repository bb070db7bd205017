import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

describe('budgetlint check', () => {
  it('exits 1 on a seed with a real error and reports it in the JSON contract', async () => {
    const { code, stdout } = await run('check', '--format', 'json', SEEDS['001']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool).toEqual({ name: 'budgetlint', version: expect.any(String) });
    expect(report.summary).toMatchObject({ files: 1, checked: 1, failed: 0, errors: expect.any(Number) });
    const [file] = report.files;
    expect(file).toMatchObject({ path: SEEDS['001'], status: 'checked', document: { department: '稷山县医疗保障局', year: 2024, kind: '部门预算', template: 'shanxi' } });
    expect(file.document.tables.find((t: { kind: string }) => t.kind === 'summary')).toEqual({ id: 't02', kind: 'summary', title: '2024年预算收支总表' });
    // The table of contents is kept as an untitled `other` table, not dropped.
    expect(file.document.tables[0]).toMatchObject({ id: 't01', kind: 'other', title: '' });
    const error = file.findings.find((f: { ruleId: string }) => f.ruleId === 'completeness/empty-contradicted');
    expect(error).toMatchObject({ severity: 'error', expected: '0.00', actual: '2094.33', location: { table: '2024年项目支出预算表（本年预算）', line: 375 } });
  });

  it('exits 0 once no error-severity finding is left (warnings and infos do not fail a run)', async () => {
    const first = JSON.parse((await run('check', '--format', 'json', SEEDS['004'])).stdout);
    const failing = [...new Set(first.files[0].findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string }) => f.ruleId))] as string[];
    const again = await run('check', '--format', 'json', ...failing.flatMap((id) => ['--disable', id]), SEEDS['004']);
    const report = JSON.parse(again.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.infos).toBeGreaterThan(0);
    expect(again.code).toBe(0);
  });

  it('reports unreadable files as failed with a reason, exits 2, and still checks the rest', async () => {
    const { code, stdout } = await run('check', '--format', 'json', 'fixtures/bad-text', 'no/such/file.txt', SEEDS['003']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    const status = Object.fromEntries(report.files.map((f: { path: string; status: string; error?: { code: string } }) => [f.path, f.error?.code ?? f.status]));
    expect(status).toEqual({
      'fixtures/bad-text/binary.txt': 'NOT_TEXT',
      'fixtures/bad-text/empty.txt': 'EMPTY_FILE',
      'fixtures/bad-text/not-a-budget.txt': 'NOT_A_BUDGET',
      'no/such/file.txt': 'FILE_NOT_FOUND',
      [SEEDS['003']]: 'checked',
    });
    expect(report.summary).toMatchObject({ files: 5, checked: 1, failed: 4 });
  });

  it('reports a readable PDF that is not a budget disclosure as such', async () => {
    const { code, stdout } = await run('check', '--format', 'json', 'fixtures/not-budget/meeting-minutes.pdf', SEEDS['004']);
    expect(code).toBe(2);
    const [minutes, seed] = JSON.parse(stdout).files;
    expect(minutes).toMatchObject({ status: 'failed', error: { code: 'NOT_A_BUDGET', message: expect.stringContaining('not a budget disclosure') } });
    expect(seed.status).toBe('checked');
  });

  it('reads GB18030-encoded text the same as UTF-8', async () => {
    const [gbk, utf8] = await Promise.all([
      run('check', '--format', 'json', 'fixtures/encodings/003_gb18030.txt'),
      run('check', '--format', 'json', SEEDS['003']),
    ]);
    const findings = (out: string) => JSON.parse(out).files[0].findings.map((f: { message: string }) => f.message);
    expect(findings(gbk.stdout)).toEqual(findings(utf8.stdout));
  });

  it('gives the same output twice (stable order)', async () => {
    const a = await run('check', '--format', 'json', 'fixtures/seeds');
    const b = await run('check', '--format', 'json', 'fixtures/seeds');
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints a terminal report with a header per file, findings and a summary, in English on request', async () => {
    const { stdout } = await run('check', '--lang', 'en', SEEDS['001']);
    expect(stdout).toContain('稷山县医疗保障局 · 2024 · 部门预算 · 13 tables');
    expect(stdout).toContain('BL022 completeness/empty-contradicted');
    expect(stdout).toMatch(/1 files: 1 checked, 0 failed; \d+ errors, \d+ warnings, \d+ infos/);
  });

  it('--quiet hides warnings and infos', async () => {
    const loud = await run('check', SEEDS['004']);
    const quiet = await run('check', '-q', SEEDS['004']);
    expect(loud.stdout).toMatch(/另有 \d+ 条提示/);
    expect(loud.stdout).toContain('⚠ 警告');
    expect(quiet.stdout).not.toContain('提示');
    expect(quiet.stdout).not.toContain('⚠ 警告');
  });

  it('exits 2 on bad usage', async () => {
    expect((await run('check', '--format', 'xml', SEEDS['001'])).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', 'fixtures/bad-text/../../src/nothing-here')).code).toBe(2);
  });
});

describe('budgetlint parse / rules', () => {
  it('parse prints the model with exact amounts as strings', async () => {
    const { code, stdout } = await run('parse', SEEDS['002']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.department).toBe('晋州市医疗保障局');
    expect(doc.tables[1].rows[0].cells.total.value).toBe('7272.94');
  });

  it('rules lists every rule with code and description', async () => {
    const { stdout } = await run('rules', '--lang', 'en');
    expect(stdout).toMatch(/BL001 +table\/hierarchy-sum +error +Function classification/);
    expect(stdout).toContain('BL022  completeness/empty-contradicted');
  });
});

describe('CI formats', () => {
  it('--format sarif gives SARIF 2.1.0 with the rules, the results and the files that failed', async () => {
    const { code, stdout } = await run('check', '--format', 'sarif', SEEDS['001'], 'fixtures/bad-text/empty.txt');
    expect(code).toBe(2);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const [runInfo] = sarif.runs;
    expect(runInfo.tool.driver.rules.map((r: { name: string }) => r.name)).toContain('BL022');
    const error = runInfo.results.find((r: { ruleId: string }) => r.ruleId === 'completeness/empty-contradicted');
    expect(error).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: SEEDS['001'] }, region: { startLine: 375 } }, logicalLocations: [{ fullyQualifiedName: '2024年项目支出预算表（本年预算）' }] }],
      properties: { actual: '2094.33' },
    });
    expect(runInfo.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: '[EMPTY_FILE] the file is empty' } }),
    ]);
  });

  it('--format junit gives one failing case per error and an error case per unreadable file', async () => {
    const { stdout } = await run('check', '--format', 'junit', SEEDS['001'], SEEDS['003'], 'fixtures/bad-text/empty.txt');
    const errors = JSON.parse((await run('check', '--format', 'json', SEEDS['001'])).stdout).summary.errors;
    expect(errors).toBeGreaterThan(0);
    expect(stdout).toMatch(/^<\?xml/);
    expect(stdout).toContain(`<testsuite name="${SEEDS['001']}" tests="${errors}" failures="${errors}" errors="0">`);
    expect(stdout).toContain('name="BL022 completeness/empty-contradicted"><failure message="2024年项目支出预算表（本年预算）为空表');
    expect(stdout).toContain('<error type="EMPTY_FILE" message="the file is empty"/>');
  });
});
