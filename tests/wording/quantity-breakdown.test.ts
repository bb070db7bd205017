import { describe, expect, it } from 'vitest';
import { findingsOn } from './helpers.js';

const RULE = 'wording/quantity-breakdown';

describe('wording/quantity-breakdown', () => {
  it.each([
    ['办公用房总面积1,200平方米，其中地上800平方米，地下300平方米。', '1100', '100'],
    ['共有公务用车5辆，其中：执法执勤用车3辆、特种专业技术用车3辆。', '6', '1'],
    ['在编人员20人，其中：行政编制12人，事业编制5人，其他2人。', '19', '1'],
    ['业务用房建筑面积2807.68平方米，其中：办公室1500.25平方米，附属用房1307.50平方米。', '2807.75', '0.07'],
    ['专用设备10台（套），其中：检测设备6台（套），办公设备5台/套。', '11', '1'],
  ])('fires on “%s”', (sentence, sum, difference) => {
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { excerpt: sentence } });
    expect(findings[0].message).toContain(`合计${sum}`);
    expect(findings[0].message).toContain(`相差${difference}`);
  });

  it('reports a figure that fits neither its own parts nor the total once, with the value both imply', () => {
    const sentence = '总建筑面积5000平方米，其中地上3100平方米（其中计容面积2000平方米，不计容面积1000平方米），地下2000平方米。';
    const findings = findingsOn('004', sentence, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('“地上3100平方米”');
    expect(findings[0].message).toContain('也应为3000平方米');
    expect(findings[0].related).toHaveLength(1);
  });

  it('applies the rounding rule where decimals are printed: a difference inside the band is info', () => {
    const findings = findingsOn('004', '总面积100.0平方米，其中地上60.04平方米，地下39.98平方米。', RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('info');
  });

  it.each([
    '共有车辆7辆，其中：执法执勤用车4辆、一般公务用车3辆。',
    '职工50人，其中：党员20人、女职工18人。',
    '共有车辆3辆，其中：新能源汽车2辆。',
    '政府采购预算100万元，其中：货物60万元、服务50万元。',
    '地上主楼7层，裙房3层，地下2层。',
  ])('stays silent on “%s”', (sentence) => {
    expect(findingsOn('004', sentence, RULE)).toEqual([]);
  });
});
