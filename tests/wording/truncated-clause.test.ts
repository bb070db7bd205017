import { describe, expect, it } from 'vitest';
import { findingsOf, findingsOn, seedWith } from './helpers.js';

const RULE = 'wording/truncated-clause';

describe('wording/truncated-clause', () => {
  it.each([
    ['公务接待费比上年增加0.50万元，主要原因是。', '主要原因是'],
    ['委托业务费共计安排57.00万元，主要用于：。', '主要用于'],
    ['机关运行经费减少，原因为；其他项目保持不变。', '原因为'],
    ['项目支出主要包括。', '主要包括'],
  ])('fires on a clause with nothing after it: “%s”', (sentence, words) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${words}”之后没有内容`);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { excerpt: sentence } });
  });

  it.each([
    ['2026年政府采购预算安排万元。', '万元'],
    ['一般公共预算支出比上年增长%。', '%'],
    ['公务接待费为万元，与上年持平。', '万元'],
  ])('fires on a blank figure: “%s”', (sentence, unit) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${unit}”前缺少数字`);
  });

  it.each(['比上年增加5.00万元，主要原因是新增人员。', '主要用于：日常办公、设备维护。', '本表金额单位为万元。', '主要原因是，根据上级要求调整了预算。'])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });

  it('stays silent on a lead-in followed by its list', () => {
    const doc = seedWith('004', ['增加的主要原因如下：', '1、人员增加。', '2、项目调整。']);
    expect(findingsOf(doc, RULE)).toEqual([]);
  });
});
