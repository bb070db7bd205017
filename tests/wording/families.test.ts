import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ruleFamily, rulesByFamily } from '../../src/engine/families.js';
import { rules } from '../../rules/index.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: () => undefined });
  return { code, stdout };
}

describe('rule families', () => {
  it('put every rule in a family: the five of the budgets first, then the 决算 identities', () => {
    expect(rulesByFamily(rules).map((g) => g.family).slice(0, 5)).toEqual(['tables', 'cross-table', 'completeness', 'narrative-numbers', 'wording']);
    expect(rulesByFamily(rules).flatMap((g) => g.rules)).toHaveLength(rules.length);
    expect(ruleFamily(rules.find((r) => r.meta.id === 'wording/years')!)).toBe('wording');
    expect(ruleFamily(rules.find((r) => r.meta.id === 'consistency/code-name')!)).toBe('tables');
  });

  it('`budgetlint rules` prints the rules under their family, the rules across filings last', async () => {
    const { stdout } = await run('rules', '--lang', 'en');
    expect(stdout).toMatch(/\ncross-filing \(\d+\)\n {2}BL2\d\d/);
    const wording = stdout.slice(stdout.indexOf('\nwording ('));
    expect(wording).toMatch(/^\nwording \(8\)\n {2}BL300 {2}wording\/years/);
    expect(stdout.indexOf('\ntables (')).toBeLessThan(stdout.indexOf('BL001'));
  });

  it('`--disable wording` switches the whole family off, and nothing else', async () => {
    const all = JSON.parse((await run('check', '--format', 'json', SEEDS['001'])).stdout).files[0].findings as { ruleId: string }[];
    const without = JSON.parse((await run('check', '--format', 'json', '--disable', 'wording', SEEDS['001'])).stdout).files[0].findings as { ruleId: string }[];
    expect(all.filter((f) => f.ruleId.startsWith('wording/'))).toHaveLength(1);
    expect(without).toEqual(all.filter((f) => !f.ruleId.startsWith('wording/')));
  });
});
