import { describe, expect, it } from 'vitest';
import { check, errorsOf, lineOf, mutateLine, seedText } from '../helpers.js';
import { CASES } from './cases.js';

describe.each(CASES)('$rule', ({ rule, silentOn, mutation, expect: want }) => {
  it.each(silentOn)('finds no violation on seed %s', (seed) => {
    const violations = check(seedText(seed), rule).filter((f) => f.severity !== 'info');
    expect(violations).toEqual([]);
  });

  it(`fires on seed ${mutation.seed} with one number changed`, () => {
    const text = seedText(mutation.seed);
    const changed = mutateLine(text, lineOf(text, mutation.line, mutation.after), mutation.from, mutation.to);
    const findings = check(changed, rule).filter((f) => f.severity === (want.severity ?? 'error'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: rule,
        location: expect.objectContaining({ table: want.table, ...(want.row ? { row: want.row } : {}), ...(want.column ? { column: want.column } : {}) }),
      }),
    );
    // The finding states the numbers it compared.
    const first = findings[0];
    expect(first.expected).toBeDefined();
    expect(first.actual).not.toEqual(first.expected);
  });
});

describe('seeds as published', () => {
  it('carry exactly the real table errors, and every other table difference is 尾差', () => {
    const summary = (['001', '002', '003', '004'] as const).map((seed) => {
      const findings = check(seedText(seed)).filter((f) => !f.ruleId.startsWith('narrative/'));
      for (const info of findings.filter((f) => f.severity === 'info' && f.difference)) {
        expect(Math.abs(Number(info.difference))).toBeLessThanOrEqual(Number(info.tolerance));
      }
      return errorsOf(findings).map((f) => `${seed} ${f.ruleId} ${f.location.table}`);
    });
    expect(summary.flat()).toEqual(['001 completeness/empty-contradicted 2024年项目支出预算表（本年预算）']);
  });
});
