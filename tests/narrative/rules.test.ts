import { describe, expect, it } from 'vitest';
import type { SeedId } from '../helpers.js';
import { errors, findingsOf, mutatedRealdoc, mutatedSeed, realdoc, seedDoc } from './helpers.js';

/**
 * One case per claim rule: a copy of a seed (or of a real filing's extracted text) with one
 * narrative number changed, where the rule must fire and quote the sentence; and the unchanged
 * documents, where it must not report an error.
 */
interface Case {
  rule: string;
  /** What was changed: an amount, a share, a year-on-year percentage or amount, a count … */
  what: string;
  seed?: { id: SeedId; line: string[]; from: string; to: string };
  realdoc?: { file: string; from: string; to: string };
  /** The sentence the finding must quote (after the change). */
  quotes: string;
  cleanOn: SeedId[];
}

const CASES: Case[] = [
  {
    rule: 'narrative/amount-matches-table',
    what: 'an amount (基本支出 304.88 → 314.88)',
    seed: { id: '001', line: ['支出预算2399.21万元', '基本支出304.88万元'], from: '基本支出304.88万元', to: '基本支出314.88万元' },
    quotes: '其中：基本支出314.88万元，占12.71%',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/share-of-total',
    what: 'a share (占12.71% → 占13.71%)',
    seed: { id: '001', line: ['支出预算2399.21万元', '占12.71%'], from: '占12.71%', to: '占13.71%' },
    quotes: '基本支出304.88万元，占13.71%',
    cleanOn: ['002', '003', '004'],
  },
  {
    rule: 'narrative/change-consistency',
    what: 'a year-on-year percentage (下降41.37% → 下降43.37%)',
    seed: { id: '001', line: ['一般公共预算当年支出2,399.21万元,比上年减少'], from: '下降41.37%', to: '下降43.37%' },
    quotes: '比上年减少1693.17万元,下降43.37%',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/change-consistency',
    what: 'a year-on-year amount (减少1.15万元 → 减少2.15万元, 下降3.2% kept)',
    seed: { id: '001', line: ['机关运行经费财政拨款预算34.61万元'], from: '减少1.15万元', to: '减少2.15万元' },
    quotes: '比2023年预算减少2.15万元,下降3.2%',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/prior-year-agreement',
    what: 'the 支出总计 change (减少1693.17 → 减少1793.17) next to the same change of 收入总计',
    seed: { id: '001', line: ['预算收入总计2,399.21万元'], from: '其中：本年预算安排2,399.21万元，上年结转0万元，比上年减少1693.17万元', to: '其中：本年预算安排2,399.21万元，上年结转0万元，比上年减少1793.17万元' },
    quotes: '比上年减少1793.17万元',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/change-breakdown',
    what: 'a part of a change (基本支出增加21.86 → 31.86, with 项目支出 brought into the same sentence)',
    seed: { id: '002', line: ['较2025年预算增加259.70万元'], from: '基本支出增加21.86万元，主要为 有新调入和职级晋升人员。项目支出', to: '基本支出增加31.86万元，项目支出' },
    quotes: '较2025年预算增加259.70万元',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/composition',
    what: 'a part of a 其中 list (政府采购服务预算24.91 → 25.91)',
    seed: { id: '001', line: ['政府采购预算总额26.41万元'], from: '服务预算24.91万元', to: '服务预算25.91万元' },
    quotes: '政府采购预算总额26.41万元',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/composition',
    what: 'a count of a project group (特定目标类项目7个 → 8个)',
    seed: { id: '004', line: ['纳入绩效目标管理的二级项目13个'], from: '特定目标类项目7个', to: '特定目标类项目8个' },
    quotes: '纳入绩效目标管理的二级项目13个',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/change-direction',
    what: 'a direction (与2025年预算61.83万元相比，减少7.89万元 → 增加7.89万元)',
    seed: { id: '004', line: ['与2025年预算61.83万元相比'], from: '减少7.89万元', to: '增加7.89万元' },
    quotes: '与2025年预算61.83万元相比，增加7.89万元',
    cleanOn: ['001', '002', '003', '004'],
  },
  {
    rule: 'narrative/stated-zero',
    what: 'an amount made zero (公务用车购置及运行费1.80 → 0)',
    seed: { id: '004', line: ['公务用车购置及运行费1.80万元，与上年预算数相同'], from: '公务用车购置及运行费1.80万元', to: '公务用车购置及运行费0万元' },
    quotes: '公务用车购置及运行费0万元',
    cleanOn: ['001', '003', '004'],
  },
  {
    rule: 'narrative/performance-sheets',
    what: 'the count of published targets (13个 → 12个)',
    seed: { id: '004', line: ['公开项目绩效目标13个'], from: '公开项目绩效目标13个', to: '公开项目绩效目标12个' },
    quotes: '公开项目绩效目标12个',
    cleanOn: ['002', '004'],
  },
];

describe('narrative rules fire on a changed number and stay silent on the seeds', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.what}`, async () => {
      const doc = c.seed ? mutatedSeed(c.seed.id, c.seed.line, c.seed.from, c.seed.to) : await mutatedRealdoc(c.realdoc!.file, c.realdoc!.from, c.realdoc!.to);
      const found = errors(findingsOf(doc, c.rule));
      expect(found.length, JSON.stringify(findingsOf(doc, c.rule).map((f) => f.message))).toBeGreaterThan(0);
      expect(found.some((f) => f.location.excerpt?.includes(c.quotes) && f.location.line !== undefined)).toBe(true);
      for (const seed of c.cleanOn) expect(errors(findingsOf(seedDoc(seed), c.rule)), `${c.rule} on ${seed}`).toEqual([]);
    });
  }
});

describe('rules that need last year’s figure or a sheet, on real filings and seeds', () => {
  it('narrative/duplicate-amount: an item restated with another amount in its paragraph (R12, 53.84 → 54.84)', async () => {
    const file = 'R12_上海市普陀区社会福利院_2024_单位预算.pdf';
    const doc = await mutatedRealdoc(file, '2024年预算安排53.84万元', '2024年预算安排54.84万元');
    const found = errors(findingsOf(doc, 'narrative/duplicate-amount'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('先写作53.84万元，又写作54.84万元');
    expect(found[0].location.page).toBeDefined();
    expect(errors(findingsOf(await realdoc(file), 'narrative/duplicate-amount'))).toEqual([]);
  });

  it('narrative/stated-unchanged: 持平 against a changed prior-year figure (R03, 执行数10.00 → 11.00)', async () => {
    const file = 'R03_上海市普陀区万里街道办事处_2023_部门预算.pdf';
    const doc = await mutatedRealdoc(file, '2022年当年预算执行数为10.00', '2022年当年预算执行数为11.00');
    const found = errors(findingsOf(doc, 'narrative/stated-unchanged'));
    expect(found).toHaveLength(1);
    expect(found[0].location.excerpt).toContain('比2022年预算执行数持平');
    expect(errors(findingsOf(await realdoc(file), 'narrative/stated-unchanged'))).toEqual([]);
  });

  it('narrative/performance-sheet-amount: a sheet whose 年度资金总额 differs from its project (004, 58,100 → 68,100)', () => {
    const doc = mutatedSeed('004', ['年度资金总额：', '58,100'], '58,100', '68,100');
    const found = errors(findingsOf(doc, 'narrative/performance-sheet-amount'));
    expect(found).toHaveLength(1);
    expect(found[0].location.row).toBe('临时人员聘用');
    expect(found[0].expected).toBe('5.81');
    for (const seed of ['001', '002', '003', '004'] as const) expect(errors(findingsOf(seedDoc(seed), 'narrative/performance-sheet-amount'))).toEqual([]);
  });
});
