import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../src/engine/merge.js';
import type { Finding } from '../../src/model/finding.js';
import { check, errorsOf, lineOf, mutateLine, seedText } from '../helpers.js';

/**
 * One mistake, one finding (issue 7, item 7). Seed 001 prints its function rows twice, in the
 * 支出总表 and in the 一般公共预算支出表 (all its money is 一般公共预算). Mistyping 2101101
 * 行政单位医疗's 合计 (66.92 → 69.92) in both tables used to give six errors: 2×BL002 (合计 ≠ 基本 +
 * 项目), 2×BL001 (its 款 no longer adds up), BL012 and BL013 (the income table disagrees).
 */
describe('a row mistyped in two tables', () => {
  const text = seedText('001');
  const expenditureRow = lineOf(text, ['2101101', '行政单位医疗', '66.92', '3.02']);
  const generalBudgetRow = lineOf(text, ['2101101', '行政单位医疗', '66.92', '3.02'], expenditureRow);
  let mutated = mutateLine(text, expenditureRow, '66.92', '69.92');
  mutated = mutateLine(mutated, generalBudgetRow, '66.92', '69.92');
  const published = errorsOf(check(text));
  const errors = errorsOf(check(mutated)).filter((f) => !published.some((p) => p.message === f.message));

  it('is one error, at the mistyped cell of the first table', () => {
    expect(errors).toHaveLength(1);
    const [lead] = errors;
    expect(lead.ruleCode).toBe('BL002');
    expect(lead.location.line).toBe(expenditureRow);
    expect(lead.location.row).toContain('2101101');
    expect(lead.location.figure?.value).toBe('69.92');
  });

  it('lists the five other findings about it, each with its rule and place', () => {
    const merged = errors[0].related.filter((r) => r.ruleCode);
    expect(merged.map((r) => `${r.ruleCode}@${r.line}`).sort()).toEqual(
      [`BL001@${expenditureRow - 1}`, `BL001@${generalBudgetRow - 1}`, `BL002@${generalBudgetRow}`, 'BL012@140', `BL013@${generalBudgetRow}`].sort(),
    );
    expect(merged.every((r) => r.message && r.messageId && r.data && r.severity === 'error')).toBe(true);
  });
});

describe('the merge itself', () => {
  const base = (over: Partial<Finding>): Finding => ({
    ruleId: 'x/y',
    ruleCode: 'BL000',
    severity: 'error',
    message: 'm',
    messageId: 'm',
    data: {},
    location: {},
    related: [],
    ...over,
  });
  const at = (id: string, echo?: string) => ({ figure: { id, ...(echo ? { echo } : {}) } });

  it('merges two rules on one figure and leads with the earlier rule in the catalogue', () => {
    const a = base({ ruleCode: 'BL106', location: at('claim:n1') });
    const b = base({ ruleCode: 'BL100', location: at('claim:n1') });
    const out = mergeFindings([
      { finding: a, ruleIndex: 30 },
      { finding: b, ruleIndex: 24 },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].ruleCode).toBe('BL100');
    expect(out[0].related.map((r) => r.ruleCode)).toEqual(['BL106']);
  });

  it('needs the same error to merge findings that only share a figure', () => {
    const a = base({ location: at('cell:t1:A:total'), related: [at('cell:t1:B:total')], difference: '3.00', tolerance: '0.015', unit: '万元' });
    const b = base({ location: at('cell:t1:B:total'), difference: '-2.99', tolerance: '0.01', unit: '万元' });
    const c = base({ location: at('cell:t1:B:total'), difference: '5.00', tolerance: '0.01', unit: '万元' });
    expect(mergeFindings([{ finding: a, ruleIndex: 0 }, { finding: b, ruleIndex: 1 }])).toHaveLength(1);
    // 5.00 is not 3.00 within rounding: two mistakes, two findings (b and c share their location, so they merge).
    expect(mergeFindings([{ finding: a, ruleIndex: 0 }, { finding: c, ruleIndex: 1 }])).toHaveLength(2);
  });

  it('compares 元 and 万元 differences on one scale, and never merges infos', () => {
    const a = base({ location: at('cell:t1:A:total'), related: [at('x', 'row:1:total:5')], difference: '30000', tolerance: '0.01', unit: '元' });
    const b = base({ location: at('cell:t2:A:total', 'row:1:total:5'), difference: '3', tolerance: '0.005', unit: '万元' });
    expect(mergeFindings([{ finding: a, ruleIndex: 0 }, { finding: b, ruleIndex: 0 }])).toHaveLength(1);
    const info = { ...b, severity: 'info' as const };
    expect(mergeFindings([{ finding: a, ruleIndex: 0 }, { finding: info, ruleIndex: 0 }])).toHaveLength(2);
  });
});
