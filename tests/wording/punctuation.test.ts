import { describe, expect, it } from 'vitest';
import { findingsOf, findingsOn, seedWith } from './helpers.js';

const RULE = 'wording/punctuation';

describe('wording/punctuation', () => {
  it.each([
    ['委托业务费安排20.00万元，主要用于日常办公支出。。', '。。'],
    ['机关运行经费比上年增加，。', '，。'],
    ['公务接待费与上年持平；。', '；。'],
    ['主要包括水费、电费、。', '、。'],
  ])('fires on doubled punctuation in “%s”', (sentence, marks) => {
    const findings = findingsOn('004', sentence, RULE).filter((f) => f.message.startsWith('标点重复'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${marks}”`);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { line: expect.any(Number) } });
  });

  it.each([
    ['本部门“三公”经费预算1.80万元，其中公务接待费”0.50万元。', '”', '多余'],
    ['公务用车运行费（含燃料费1.80万元，比上年持平。', '（', '未闭合'],
    ['依据《预算法执行各项支出，确保资金安全。', '《', '未闭合'],
    ['本年政府采购预算2.00万元）全部为服务。', '）', '多余'],
  ])('fires on an unbalanced mark in “%s”', (sentence, char, kind) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(`“${char}”`);
    expect(findings[0].message).toContain(kind);
  });

  it('fires on a paragraph that runs into the next heading without 。', () => {
    const doc = seedWith('004', ['本部门2026年政府采购预算安排2.00万元，全部为服务类采购', '十三、其他需要说明的事项', '本部门无其他需要说明的事项。']);
    const findings = findingsOf(doc, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ location: { excerpt: '本部门2026年政府采购预算安排2.00万元，全部为服务类采购' } });
    expect(findings[0].message).toContain('缺少句号');
  });

  it.each([
    '“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”12.50万元。',
    '“卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元。',
    '通知要求“一、严格控制支出。二、压减一般性支出。”本部门已落实。',
    '主要用于：1)日常办公；2)设备维护。',
    '根据晋财综〔2023〕47号文件执行。',
  ])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });

  it('stays silent on a list lead-in, a bracketed note and a one-word answer', () => {
    const doc = seedWith('004', ['本部门所属单位具体包括：', '1、阳泉市医疗保障局机关。', '（详见附表）', '十三、其他', '无']);
    expect(findingsOf(doc, RULE).filter((f) => f.location.line! > 505)).toEqual([]);
  });
});
