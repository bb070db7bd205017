import { beforeAll, describe, expect, it } from 'vitest';
import { signedChange, valueInWan } from '../../src/model/claim.js';
import type { Table } from '../../src/model/table.js';
import { errors, findingsOf, narrativeDoc, realdoc } from './helpers.js';

/**
 * Units per number (issue 7 item 6, NARRATIVE.md “Units per number”): every amount carries the unit
 * it was printed in through the narrative stage; the rules convert with Decimal before comparing,
 * and each number's tolerance is half a unit of its own last printed place (DOMAIN.md): 836.38万元
 * is ±0.005万元, 8,363,800.00元 is ±0.005元. Sentences written for this test (no fixture has them).
 */
const rules = ['narrative/change-consistency', 'narrative/change-direction', 'narrative/change-breakdown', 'narrative/composition', 'narrative/duplicate-amount', 'narrative/amount-matches-table', 'narrative/share-of-total'];
const allErrors = (lines: string[], tables: Table[] = [], year = 2026) => errors(rules.flatMap((r) => findingsOf(narrativeDoc(lines, { tables, year }), r)));

describe('a change printed in another unit than the amount it qualifies', () => {
  it('减少X元 after an amount in 万元 (the 元 narrative-only text once read 8,925,200.00元 as 万元)', () => {
    const doc = narrativeDoc(['2026年度本局部门预算支出总计2,013.86万元，比上年减少8,925,200.00元，下降30.71%。']);
    const delta = doc.claims.find((c) => c.kind === 'change' && c.unit === '元')!;
    expect(signedChange(delta).toFixed(2)).toBe('-892.52');
    expect(allErrors(['2026年度本局部门预算支出总计2,013.86万元，比上年减少8,925,200.00元，下降30.71%。'])).toEqual([]);
    const wrong = allErrors(['2026年度本局部门预算支出总计2,013.86万元，比上年减少8,925,200.00元，下降31.71%。']);
    expect(wrong.map((f) => f.ruleCode)).toEqual(['BL102']);
    // The message states last year's figure in 万元, converted (not 8927213.86).
    expect(wrong[0].message).toContain('上年应为2906.38万元');
  });
  it('增加X万元 after an amount in 亿元', () => {
    expect(allErrors(['本部门2026年收入预算1.5亿元，比上年增加3,000万元，增长25%。'])).toEqual([]);
    expect(allErrors(['本部门2026年收入预算1.5亿元，比上年增加3,000万元，增长20%。']).map((f) => f.ruleCode)).toEqual(['BL102']);
  });
  it('a breakdown of a change in 元 under a change in 万元', () => {
    const line = (p: string) => `2026年支出预算比上年增加259.70万元，其中：基本支出增加218,600.00元，项目支出增加${p}元。`;
    expect(allErrors([line('2,378,400.00')])).toEqual([]);
    expect(allErrors([line('2,478,400.00')]).map((f) => f.ruleCode)).toEqual(['BL104']);
  });
  it('an increase in 元 larger than this year’s amount in 万元 puts last year below zero', () => {
    expect(allErrors(['政府性基金拨款支出预算12.00万元，比上年增加100,000.00元。'])).toEqual([]);
    const found = allErrors(['政府性基金拨款支出预算12.00万元，比上年增加1,421,250.00元。']);
    expect(found.map((f) => f.ruleCode)).toEqual(['BL107']);
    expect(found[0].actual).toBe('142.125');
  });
});

describe('each number is compared at its own printed precision', () => {
  // 761.20 + 75.17 = 836.37 against 836.38: in 万元 each figure is ±0.005万元, so this is 尾差;
  // printed in 元 to the fen the same figures are ±0.005元 and the 100元 gap is a real difference.
  it('the same figures are 尾差 in 万元 and an error in 元 to the fen', () => {
    expect(allErrors(['基本支出836.38万元，其中：人员经费761.20万元，公用经费75.17万元。'])).toEqual([]);
    const inYuan = allErrors(['基本支出8,363,800.00元，其中：人员经费7,612,000.00元，公用经费751,700.00元。']);
    expect(inYuan.map((f) => f.ruleCode)).toEqual(['BL105']);
  });
  it('a total in 万元 and parts in 元: the total’s half-unit (0.005万元) decides', () => {
    expect(allErrors(['基本支出836.38万元，其中：人员经费7,612,000.00元，公用经费751,800.00元。'])).toEqual([]);
    // Parts add up to 836.37万元 exactly; 836.38 means [836.375, 836.385]: outside.
    expect(allErrors(['基本支出836.38万元，其中：人员经费7,612,000.00元，公用经费751,700.00元。']).map((f) => f.ruleCode)).toEqual(['BL105']);
    // Parts in 万元 to one decimal (±0.05 each) cover the same gap.
    expect(allErrors(['基本支出836.38万元，其中：人员经费761.2万元，公用经费75.2万元。'])).toEqual([]);
  });
  it('a share of amounts printed in 元 is the ratio of the converted values', () => {
    expect(allErrors(['2026年支出预算20,138,600.00元，其中：基本支出8,363,800.00元，占41.53%；项目支出11,774,800.00元，占58.47%。'])).toEqual([]);
    expect(allErrors(['2026年支出预算20,138,600.00元，其中：基本支出8,363,800.00元，占42.53%；项目支出11,774,800.00元，占58.47%。']).map((f) => f.ruleCode)).toEqual(['BL101']);
  });
});

describe('against tables', () => {
  let r06: Table[];
  beforeAll(async () => {
    r06 = (await realdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf')).tables;
  }, 60_000);
  const item = (restated: string) => ['财政拨款支出主要内容如下：', `1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于机关运转。2025年预算安排${restated}。`];

  it('an item that restates its amount in 元 restates the same figure (no duplicate, no mismatch)', () => {
    const doc = narrativeDoc(item('12,029,500.00元'), { tables: r06, year: 2025 });
    expect(doc.claims.filter((c) => c.kind === 'amount').map((c) => valueInWan(c).toFixed(2))).toEqual(['1202.95', '1202.95']);
    expect(allErrors(item('12,029,500.00元'), r06, 2025)).toEqual([]);
  });
  it('a restatement in 元 that differs is one finding, naming both as printed', () => {
    const found = allErrors(item('12,129,500.00元'), r06, 2025);
    expect(found.map((f) => f.ruleCode)).toEqual(['BL106']);
    expect(found[0].message).toContain('先写作1,202.95万元，又写作12,129,500.00元');
  });
});
