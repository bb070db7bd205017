import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import { valueInWan } from '../../src/model/claim.js';
import { lineOf, mutateLine, parseText, seedText } from '../helpers.js';
import { errors, findingsOf, realdoc, seedDoc } from './helpers.js';
import { rules } from '../../rules/index.js';
import { runRules } from '../../src/engine/run.js';

const byRaw = (claims: Claim[], raw: string, from = 0) => claims.filter((c) => c.raw === raw).slice(from)[0];
const byId = (claims: Claim[], id: string | undefined) => claims.find((c) => c.id === id);

describe('claim extraction on the seeds', () => {
  it('001: a 其中 list, its shares and the total they are shares of', () => {
    const { claims } = seedDoc('001');
    const basic = claims.find((c) => c.subject === 'expenditure.basic' && c.raw === '304.88')!;
    expect(basic).toMatchObject({ kind: 'amount', unit: '万元', position: { line: 414 }, section: '三、支出预算情况说明' });
    expect(byId(claims, basic.partOf)).toMatchObject({ subject: 'expenditure.total', raw: '2399.21' });
    const share = claims.find((c) => c.kind === 'share' && c.about === basic.id)!;
    expect(share).toMatchObject({ raw: '12.71', unit: '%', scope: 'expenditure.total' });
    const examined = new Set<string>();
    runRules(seedDoc('001'), rules, { lang: 'zh', examined });
    expect(examined.has(basic.id)).toBe(true);
  });

  it('001: a change after a `，` list is about the list’s total, not its last item', () => {
    const { claims } = seedDoc('001');
    const change = byRaw(claims, '1693.17');
    expect(change).toMatchObject({ kind: 'change', direction: 'decrease', year: 2023, subject: 'income.total' });
    expect(byId(claims, change.about)?.raw).toBe('2,399.21');
    expect(claims.find((c) => c.raw === '41.37')).toMatchObject({ kind: 'change', unit: '%', about: change.about });
  });

  it('001: “占部门（单位）项目支出总额的87.3%” is a share of this year’s project money', () => {
    const share = seedDoc('001').claims.find((c) => c.raw === '87.3')!;
    expect(share).toMatchObject({ kind: 'share', subject: 'projects.published', scope: 'projects.all' });
  });

  it('002: a 其中 breakdown of a change ends with its sentence (NARRATIVE.md): one part is not a breakdown', () => {
    const { claims } = seedDoc('002');
    const total = byRaw(claims, '259.70');
    const parts = claims.filter((c) => c.partOf === total.id);
    // `其中：基本支出增加21.86万元，主要为…。项目支出增加237.84万元…` — the author goes on after the full stop.
    expect(parts.map((p) => [p.subject, p.raw])).toEqual([['expenditure.basic', '21.86']]);
    expect(byRaw(claims, '237.84')).toMatchObject({ kind: 'change', subject: 'expenditure.project' });
    expect(byRaw(claims, '237.84').partOf).toBeUndefined();
    expect(errors(findingsOf(seedDoc('002'), 'narrative/change-breakdown'))).toEqual([]);
  });

  it('002: a zero stated in words and 三公 parts in brackets', () => {
    const { claims } = seedDoc('002');
    const none = claims.find((c) => c.wording === 'none')!;
    expect(none).toMatchObject({ raw: '我部门无专项资金预算', value: expect.anything() });
    const vehicle = claims.find((c) => c.subject === 'threePublic.vehicle')!;
    expect(claims.filter((c) => c.partOf === vehicle.id).map((c) => c.subject)).toEqual(['threePublic.vehiclePurchase', 'threePublic.vehicleOperation']);
  });

  it('004: the same class name is a 表4 figure in the 财政拨款 sentence and a 表5 figure in the 一般公共预算 one', () => {
    const { claims } = seedDoc('004');
    expect(claims.find((c) => c.raw === '758.33')).toMatchObject({ subject: 'fiscal.code:210' });
    expect(claims.find((c) => c.raw === '651.81')).toMatchObject({ subject: 'generalBudget.code:210' });
  });

  it('004: a sentence broken over two lines (`支出包括：一般公共` / `服务支出1.36万元`) keeps each number’s own line', () => {
    const claim = seedDoc('004').claims.find((c) => c.subject === 'fiscal.code:201')!;
    expect(claim).toMatchObject({ raw: '1.36', position: { line: 449 } });
    expect(claim.sentence).toContain('支出包括：一般公共服务支出1.36万元');
  });

  it('004: 公务用车运行维护费 after a full stop is not a part of 公务用车购置及运行费 (a 其中 list ends with its sentence)', () => {
    const { claims } = seedDoc('004');
    const operation = claims.find((c) => c.subject === 'threePublic.vehicleOperation')!;
    expect(operation.partOf).toBeUndefined();
    // …while `其中：` opening a sentence continues the total stated before it: the 三公 lines are its parts.
    const abroad = claims.find((c) => c.subject === 'threePublic.abroad')!;
    expect(byId(claims, abroad.partOf)).toMatchObject({ subject: 'threePublic.total', raw: '1.80' });
  });

  it('004: last year’s figure stated in the sentence is the change’s prior', () => {
    const { claims } = seedDoc('004');
    const pct = byRaw(claims, '12.8');
    expect(byId(claims, pct.prior)).toMatchObject({ raw: '61.83', year: 2025, basis: 'budget' });
  });
});

describe('tolerance for how the narrative is typed', () => {
  const line = lineOf(seedText('001'), ['支出预算2399.21万元', '基本支出304.88万元']);
  const variants: [string, string][] = [
    ['half-width punctuation and stray spaces', '2024年度稷山县医疗保障局支出预算 2,399.21 万元, 其中: 基本支出304.88万元, 占12.71 %; 项目支出2094.33万元, 占87.29%.'],
    ['full-width percent and thousands separators', '2024年度稷山县医疗保障局支出预算2,399.21万元，其中：基本支出304.88万元，占12.71％；项目支出2,094.33万元，占87.29％。'],
    ['元 instead of 万元', '2024年度稷山县医疗保障局支出预算23,992,100元，其中：基本支出3,048,800元，占12.71%；项目支出20,943,300元，占87.29%。'],
    ['a share with one decimal', '2024年度稷山县医疗保障局支出预算2399.21万元，其中：基本支出304.88万元，占12.7%；项目支出2094.33万元，占87.3%。'],
  ];
  for (const [name, sentence] of variants) {
    it(name, () => {
      const text = mutateLine(seedText('001'), line, seedText('001').split('\n')[line - 1], sentence);
      const doc = parseText(text);
      const basic = doc.claims.find((c) => c.subject === 'expenditure.basic' && c.position.line === line)!;
      expect(valueInWan(basic).toFixed(2)).toBe('304.88');
      expect(doc.claims.find((c) => c.kind === 'share' && c.about === basic.id)?.scope).toBe('expenditure.total');
      const narrative = runRules(doc, rules.filter((r) => r.meta.id.startsWith('narrative/')), { lang: 'zh' }).filter((f) => f.location.line === line);
      expect(errors(narrative)).toEqual([]);
      expect(narrative.filter((f) => f.ruleId === 'narrative/unchecked-claim')).toEqual([]);
    });
  }
});

describe('Shanghai per-item sentences', () => {
  it('R06: “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目 is 2010301', async () => {
    const doc = await realdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf');
    const item = doc.claims.find((c) => c.raw === '1,202.95')!;
    expect(item).toMatchObject({ subject: 'fiscalExpenditure.code:2010301', printed: { form: 'hyphen' } });
    expect(errors(findingsOf(doc, 'narrative/amount-matches-table'))).toEqual([]);
  });

  it('R03: 执行数, 预算安排 and the rate of one item form one year-on-year statement', async () => {
    const doc = await realdoc('R03_上海市普陀区万里街道办事处_2023_部门预算.pdf');
    const rate = doc.claims.find((c) => c.raw === '77.70')!;
    expect(rate).toMatchObject({ kind: 'change', unit: '%', basis: 'executed', year: 2022, direction: 'increase' });
    expect(byId(doc.claims, rate.prior)).toMatchObject({ raw: '1.48', basis: 'executed' });
    expect(byId(doc.claims, rate.about)).toMatchObject({ raw: '2.63', year: 2023 });
  });
});
