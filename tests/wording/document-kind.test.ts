import { describe, expect, it } from 'vitest';
import { findingsOf as ruleFindings, mutatedRealdoc, realdoc } from '../narrative/helpers.js';
import { findingsOn } from './helpers.js';

const RULE = 'wording/document-kind';

describe('wording/document-kind', () => {
  it.each([
    ['2026年部门预算安排购置车辆1辆，其中其他用车1辆。', '部门预算安排'],
    ['本部门2026年无政府采购预算。', '本部门'],
    ['我部门机关运行经费财政拨款预算155.85万元。', '我部门'],
    ['2026年编报部门整体支出绩效目标，涉及资金4,667.54万元。', '部门整体支出绩效目标'],
  ])('fires on department wording in a 单位预算 (seed 003): “%s”', (sentence, text) => {
    const findings = findingsOn('003', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${text}”`);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { excerpt: sentence } });
  });

  it.each(['公开项目绩效目标8个，占部门（单位）项目支出总额的100%。', '按照主管部门要求编制本单位预算。', '根据财政部门批复执行。', '本单位无“三公”经费预算。'])(
    'stays silent in a 单位预算 on “%s”',
    (sentence) => {
      expect(findingsOn('003', sentence, RULE)).toEqual([]);
    },
  );

  it('stays silent on department wording in a 部门预算 (seed 004) and on 本单位 in a Shanxi 部门预算', () => {
    expect(findingsOn('004', '本部门2026年无政府采购预算。', RULE)).toEqual([]);
    expect(findingsOn('004', '本单位机关运行经费财政拨款预算34.61万元。', RULE)).toEqual([]);
  });

  it('fires on 本单位 in the Shanghai 部门预算 template, silent on the filing as published (R06)', async () => {
    expect(ruleFindings(await realdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf'), RULE)).toEqual([]);
    const doc = await mutatedRealdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf', '2025年本部门政府采购预算', '2025年本单位政府采购预算');
    const findings = ruleFindings(doc, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { page: 21 } });
    expect(findings[0].message).toContain('“本单位”');
  });
});
