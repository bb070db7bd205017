import { describe, expect, it } from 'vitest';
import { findingsOn } from './helpers.js';

const RULE = 'wording/template-residue';

describe('wording/template-residue', () => {
  it.each([
    ['一般公共预算支出比上年增加（减少）10.00万元。', '增加（减少）', '备选词'],
    ['“三公”经费预算比上年下降(增长)5%。', '下降(增长)', '备选词'],
    ['机关运行经费比上年（减少）3.00万元。', '（减少）', '备选词'],
    ['XX局2026年预算收入100.00万元。', 'XX', '占位符'],
    ['公务接待费××万元，与上年持平。', '××', '占位符'],
    ['政府采购预算（如有）2.00万元。', '（如有）', '提示'],
    ['【请填写项目名称】经费10.00万元。', '【请填写项目名称】', '提示'],
    ['增加的主要原因是此处填写原因。', '此处填写', '提示'],
  ])('fires on “%s”', (sentence, text, kind) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${text}”`);
    expect(findings[0].message).toContain(kind);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { excerpt: sentence } });
  });

  it.each([
    '根据沪府规【2016】168号文关于同意控制性详细规划的批复执行。',
    '地块编号为X101、X102的街坊项目。',
    '如有变化，以财政部门批复为准。',
    '比上年增加10.00万元，增长5.00%。',
    '增减变化的主要原因是厉行节俭。',
  ])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });
});
