import { describe, expect, it } from 'vitest';
import { findingsOf, findingsOn, seedWith } from './helpers.js';

const RULE = 'wording/years';

describe('wording/years (seed 004 is the 2026 部门预算)', () => {
  it.each([
    ['2026年，本部门“三公”经费预算安排1.80万元，比2026年预算减少0.80万元。', '2026', 'comparison'],
    ['公务接待费0.50万元，较2024年度预算持平。', '2024', 'comparison'],
    ['机关运行经费53.94万元，与2027年预算相比增加1.00万元。', '2027', 'comparison'],
    ['2025年度本部门预算收入总计2,013.86万元，全部为财政拨款。', '2025', 'stated'],
    ['2025年当年预算执行数为10万元，2027年预算安排12万元，比2025年预算执行数增加20%。', '2027', 'stated'],
    ['截至2026年12月31日，本部门共有车辆2辆。', '2026', 'asOf'],
  ])('fires on “%s”', (sentence, year, kind) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', actual: year, location: { excerpt: sentence, line: expect.any(Number) } });
    expect(findings[0].message).toContain(year);
    expect(findings[0].message).toContain(kind === 'asOf' ? '截止日期' : kind === 'stated' ? '所述年度' : '比较');
  });

  it('reports each wrong year of the self-contained item sentence', () => {
    const findings = findingsOn('004', '2024年当年预算执行数为10万元，2026年预算安排12万元，比2024年预算执行数增加20%。', RULE);
    expect(findings.map((f) => f.actual)).toEqual(['2024', '2024']);
  });

  it.each([
    '2026年，本部门“三公”经费预算安排1.80万元，比2025年预算减少0.80万元。',
    '公务接待费0.50万元，与2025年预算持平。',
    '2025年当年预算执行数为10万元，2026年预算安排12万元，比2025年预算执行数增加20%。',
    '截至2025年12月31日，本部门共有车辆2辆。',
    '截至2026年3月1日，本部门共有车辆2辆。',
    '根据《2024年重点工作任务书》安排本年工作。',
    '拟从2020年起实施的项目继续执行。',
  ])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });

  it('checks a project period printed under its heading or after a label', () => {
    const doc = seedWith('004', ['五、实施周期', '2024年1月1日至2024年12月31日', '项目实施周期：2023年1月至2025年12月。', '项目期限：2025年—2027年。', '起止时间：2026.1.1-2026.12.31。']);
    const findings = findingsOf(doc, RULE);
    expect(findings.map((f) => [f.actual, f.location.excerpt])).toEqual([
      ['2024–2024', '2024年1月1日至2024年12月31日'],
      ['2023–2025', '项目实施周期：2023年1月至2025年12月。'],
    ]);
  });
});

describe('wording/years on a 决算 (final accounts: the year is the accounts year)', () => {
  it('allows the same year’s budget as a comparison and wants the as-of date at the end of the accounts year', () => {
    const doc = seedWith('004', ['2026年度本部门支出决算2,013.86万元，比2026年年初预算减少10.00万元，比2025年决算增加5.00万元。', '截至2025年12月31日，本部门共有车辆2辆。', '截至2026年12月31日，本部门共有车辆2辆。']);
    doc.kind = '部门决算';
    const findings = findingsOf(doc, RULE).filter((f) => f.location.line! > 505);
    expect(findings.map((f) => [f.actual, f.message.slice(0, 4)])).toEqual([['2025', '截止日期']]);
  });
});
