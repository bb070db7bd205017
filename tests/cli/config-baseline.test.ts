import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

const home = process.cwd();
afterEach(() => process.chdir(home));

/** A project folder with two seeds under filings/ and the config given, as a user's repository. */
function project(config?: object): string {
  const root = mkdtempSync(join(tmpdir(), 'bl-project-'));
  mkdirSync(join(root, 'filings', 'drafts'), { recursive: true });
  copyFileSync(resolve(SEEDS['001']), join(root, 'filings', '001.txt'));
  copyFileSync(resolve(SEEDS['004']), join(root, 'filings', '004.txt'));
  copyFileSync(resolve(SEEDS['002']), join(root, 'filings', 'drafts', '002.txt'));
  if (config) writeFileSync(join(root, 'budgetlint.config.json'), JSON.stringify(config));
  return root;
}

const report = (out: string) => JSON.parse(out);

describe('budgetlint.config.json', () => {
  it('is found from a subfolder upwards and applies rule severities, off switches, families and ignores', async () => {
    const root = project({ rules: { 'completeness/empty-contradicted': 'warning', BL001: 'off' }, families: { 'narrative-numbers': false }, ignore: ['filings/drafts/**'] });
    process.chdir(join(root, 'filings'));
    const { stdout } = await run('check', '--format', 'json', '.');
    const files = report(stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(['001.txt', '004.txt']);
    const findings = files.flatMap((f: { findings: { ruleId: string; severity: string }[] }) => f.findings);
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'completeness/empty-contradicted')?.severity).toBe('warning');
    expect(findings.some((f: { ruleId: string }) => f.ruleId === 'table/hierarchy-sum' || f.ruleId.startsWith('narrative/'))).toBe(false);
    process.chdir(home);
    const without = report((await run('check', '--format', 'json', join(root, 'filings', '001.txt'))).stdout).files[0].findings;
    expect(without.some((f: { ruleId: string }) => f.ruleId.startsWith('narrative/'))).toBe(true);
  }, 600_000);

  it('names the key of every mistake and exits 2', async () => {
    const root = project({ rules: { BL999: 'off' }, famlies: {} });
    const bad = await run('check', '--config', join(root, 'budgetlint.config.json'), SEEDS['004']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('famlies: unknown key');
    writeFileSync(join(root, 'budgetlint.config.json'), JSON.stringify({ rules: { BL999: 'off', BL012: 'loud' } }));
    const again = await run('check', '--config', join(root, 'budgetlint.config.json'), SEEDS['004']);
    expect(again.stderr).toContain('rules.BL012:');
    writeFileSync(join(root, 'budgetlint.config.json'), JSON.stringify({ rules: { BL999: 'off' } }));
    expect((await run('check', '--config', join(root, 'budgetlint.config.json'), SEEDS['004'])).stderr).toContain('rules.BL999: unknown rule');
  }, 600_000);
});

describe('--baseline, --update-baseline, --max-warnings', () => {
  it('accepts recorded findings, fails only on new ones, and lists entries that no longer match', async () => {
    const root = project();
    process.chdir(root);
    const baseline = join(root, 'baseline.json');
    const first = await run('check', '--format', 'json', '--baseline', baseline, '--update-baseline', 'filings/001.txt');
    expect(first.code).toBe(0);
    const recorded = JSON.parse(readFileSync(baseline, 'utf8')).findings;
    expect(recorded.length).toBeGreaterThan(0);
    expect(report(first.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });

    // Same file, one new error: only it is reported; the baseline entries of the fixed line go stale.
    const text = readFileSync('filings/001.txt', 'utf8').split('\n');
    const line = text.findIndex((l) => l.startsWith('2080505'));
    expect(line).toBeGreaterThan(0);
    text[line] = text[line].replace(/\t(\d+)\.(\d\d)/, (_, a, b) => `\t${Number(a) + 7}.${b}`);
    writeFileSync('filings/001.txt', text.join('\n'));
    const second = await run('check', '--format', 'json', '--baseline', baseline, 'filings/001.txt');
    expect(second.code).toBe(1);
    const errors = report(second.stdout).files[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f: { ruleId: string }) => f.ruleId === 'completeness/empty-contradicted')).toBe(false);
    expect(errors.some((f: { actual?: string; expected?: string }) => f.actual === '37.02' || f.expected === '37.02')).toBe(true);
    expect(second.stderr).toMatch(/findings accepted by the baseline/);
  }, 600_000);

  it('lists stale entries and exits 1 over --max-warnings', async () => {
    const root = project();
    process.chdir(root);
    const baseline = join(root, 'baseline.json');
    await run('check', '--baseline', baseline, '--update-baseline', 'filings/001.txt');
    const stored = JSON.parse(readFileSync(baseline, 'utf8'));
    stored.findings.push({ fingerprint: '0'.repeat(32), ruleId: 'table/hierarchy-sum', path: 'filings/001.txt', count: 1, where: 'a fixed row' });
    writeFileSync(baseline, JSON.stringify(stored));
    const { stderr, code } = await run('check', '--baseline', baseline, 'filings/001.txt');
    expect(code).toBe(0);
    expect(stderr).toContain('1 baseline entries no longer match');
    expect(stderr).toContain('filings/001.txt  table/hierarchy-sum  a fixed row');
    const warned = await run('check', '--format', 'json', '--max-warnings', '0', 'filings/004.txt');
    expect(report(warned.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(warned.code).toBe(1);
    expect((await run('check', '--max-warnings', '1', 'filings/004.txt')).code).toBe(0);
    expect(warned.stderr).toContain('more than --max-warnings 0');
  }, 600_000);
});
