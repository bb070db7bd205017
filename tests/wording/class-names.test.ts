import { describe, expect, it } from 'vitest';
import { findingsOn } from './helpers.js';

const RULE = 'wording/class-names';

// Seed 004's tables: 210 卫生健康支出 / 21011 行政事业单位医疗 / 2101101 行政单位医疗, 21015 医疗保障管理事务 / 2101501 行政运行 …
describe('wording/class-names (seed 004 tables)', () => {
  it.each([
    ['医疗卫生与计划生育支出（210类）758.33万元，占39.76%。', '医疗卫生与计划生育支出', '卫生健康支出'],
    ['“医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）”10.00万元。', '医疗卫生与计划生育支出', '卫生健康支出'],
    ['“卫生健康支出（类）医疗保障事务（款）行政运行（项）”5.00万元，主要用于机关运行。', '医疗保障事务', '医疗保障管理事务'],
    ['卫生健康支出（210类）行政事业单位医疗（11款）公务员医疗补助（01项）3.00万元。', '公务员医疗补助', '行政单位医疗'],
    ['“卫生健康支出-医疗保障管理-行政运行”科目5.00万元。', '医疗保障管理', '医疗保障管理事务'],
  ])('fires on “%s”', (sentence, printed, tableName) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', actual: printed, expected: tableName, location: { excerpt: sentence } });
    expect(findings[0].message).toContain(`“${tableName}”`);
  });

  it('names the 款 the tables put a 项 under when the narrative gives it to another 款', () => {
    const findings = findingsOn('004', '“卫生健康支出（类）行政事业单位医疗（款）行政运行（项）”5.00万元。', RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('2101501');
    expect(findings[0].message).toContain('医疗保障管理事务');
  });

  it.each([
    '“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”10.00万元。',
    '“住房保障支出（类）住房改革支出（款）住房公积金（项）”64.38万元。',
    '“卫生健康支出-医疗保障管理事务-行政运行”科目5.00万元。',
    '“教育支出（类）普通教育（款）小学教育（项）”1.00万元。',
    '“一般公共服务支出（类）组织事务（款）其它组织事务支出（项）”1.36万元。',
    '其中（01项）为行政运行。',
  ])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });
});
