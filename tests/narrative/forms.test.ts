import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import { valueInWan } from '../../src/model/claim.js';
import type { Table } from '../../src/model/table.js';
import { errors, findingsOf, narrativeDoc, realdoc } from './helpers.js';

/**
 * One test per subject form of NARRATIVE.md (“How subjects are written”, “Amounts, years and
 * changes”), each written as a sentence that occurs in no fixture. The tables are R06's (2025,
 * 2010301 行政运行 = 1,202.95万元) or R04's (where 一般行政管理事务 is seven different 项): a form is
 * understood when its figure is resolved to the right row *and* compared with it (a wrong amount is
 * then an error naming that row).
 */
let r06: Table[];
let r04: Table[];
beforeAll(async () => {
  r06 = (await realdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf')).tables;
  r04 = (await realdoc('R04_上海市普陀区万里街道办事处_2024_部门预算.pdf')).tables;
}, 60_000);

const LEAD_IN = '财政拨款支出主要内容如下：';
const inItem = (sentence: string, tables = r06, year = 2025) => narrativeDoc([LEAD_IN, `1. ${sentence}`], { year, tables });
const amount = (claims: Claim[], raw: string) => claims.find((c) => c.raw === raw && c.kind === 'amount')!;

/** The form resolves to `subject`; the right amount is clean and a wrong one is an error about that row. */
function resolvesAndCompares(make: (amount: string) => string, subject: string, right = '1,202.95', wrong = '1,212.95'): void {
  const doc = inItem(make(right));
  expect(amount(doc.claims, right)).toMatchObject({ subject });
  expect(errors(findingsOf(doc, 'narrative/amount-matches-table'))).toEqual([]);
  const bad = errors(findingsOf(inItem(make(wrong)), 'narrative/amount-matches-table'));
  expect(bad).toHaveLength(1);
  expect(bad[0].message).toContain(subject.split(':')[1]);
}

describe('function classification: every form names 2010301', () => {
  const ROW = 'fiscalExpenditure.code:2010301';
  it('quoted path with level marks', () => resolvesAndCompares((a) => `“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”${a}万元，用于机关日常运转。`, ROW));
  it('codes inside the marks, no quotes; （01项） is a mark, not a count', () => {
    resolvesAndCompares((a) => `一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）${a}万元，用于机关日常运转。`, ROW);
    const doc = inItem('一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）1,202.95万元。');
    expect(doc.claims.filter((c) => c.kind === 'count')).toEqual([]);
    expect(amount(doc.claims, '1,202.95').printed).toMatchObject({ form: 'marks', code: '2010301', names: ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行'] });
  });
  it('codes decide the row when printed, whatever the names say', () => {
    const doc = inItem('一般公共服务支出（201类）办公厅事务（03款）机关运行（01项）1,202.95万元。');
    expect(amount(doc.claims, '1,202.95')).toMatchObject({ subject: ROW, printed: { names: ['一般公共服务支出', '办公厅事务', '机关运行'] } });
  });
  it('hyphen path + 科目', () => resolvesAndCompares((a) => `“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目${a}万元，主要用于机关运转。`, ROW));
  it('full code before or after the name', () => {
    resolvesAndCompares((a) => `2010301行政运行${a}万元，比上年略有增加。`, ROW);
    resolvesAndCompares((a) => `行政运行（2010301）${a}万元，比上年略有增加。`, ROW);
  });
  it('marks without brackets', () => resolvesAndCompares((a) => `一般公共服务支出类政府办公厅（室）及相关机构事务款行政运行项${a}万元。`, ROW));
  it('plain name in a sentence, when the tables print it once', () => resolvesAndCompares((a) => `其中行政运行${a}万元，主要用于保障机关运转。`, ROW));
  it('class only + 科目', () => resolvesAndCompares((a) => `“一般公共服务支出”科目${a}万元，主要用于各项事务。`, 'fiscalExpenditure.code:201', '8,209.68', '8,219.68'));
  it('an obsolete class name means the row with its code (210 医疗卫生与计划生育支出 = 卫生健康支出)', () => {
    resolvesAndCompares((a) => `“医疗卫生与计划生育支出”科目${a}万元，用于医疗保险缴费。`, 'fiscalExpenditure.code:210', '109.71', '119.71');
    resolvesAndCompares((a) => `医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）${a}万元。`, 'fiscalExpenditure.code:2101101', '78.29', '88.29');
  });
  it('the item heading names the subject of the figures that do not name their own', () => {
    const doc = inItem('“住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于购房补贴。2024年当年预算执行数为180.00万元，2025年预算安排186.77万元，比2024年预算执行数增加3.76%。');
    const restated = doc.claims.filter((c) => c.raw === '186.77');
    expect(restated.map((c) => c.subject)).toEqual(['fiscalExpenditure.code:2210203', 'fiscalExpenditure.code:2210203']);
    expect(doc.claims.find((c) => c.raw === '180.00')).toMatchObject({ subject: 'fiscalExpenditure.code:2210203', basis: 'executed', year: 2024 });
    expect(errors(findingsOf(doc, 'narrative/change-consistency'))).toEqual([]);
  });
});

describe('economic classes, funds and sources', () => {
  it('301工资福利支出 and “商品和服务支出”（302）', () => {
    const doc = narrativeDoc(['一般公共预算基本支出按经济分类：301工资福利支出520.10万元；“商品和服务支出”（302）44.20万元；对个人和家庭的补助30.00万元。']);
    expect(doc.claims.map((c) => c.subject)).toEqual(['economic.code:301', 'economic.code:302', 'economic.code:303']);
  });
  it('funds and sources by their words', () => {
    const doc = narrativeDoc(['本部门一般公共预算拨款收入300万元，政府性基金预算拨款收入20万元。', '财政拨款支出预算320万元，政府性基金预算拨款支出预算20万元。']);
    expect(doc.claims.map((c) => c.subject)).toEqual(['income.generalBudget', 'income.governmentFund', 'fiscalExpenditure.total', 'fiscal.governmentFund']);
  });
});

describe('units per number', () => {
  it('元, 万元, 亿元, thousands separators and spaces', () => {
    const doc = narrativeDoc(['收入预算1.2亿元，其中：财政拨款收入2 180万元，事业收入97,820,000元。']);
    expect(doc.claims.map((c) => valueInWan(c).toFixed(2))).toEqual(['12000.00', '2180.00', '9782.00']);
    expect(errors(findingsOf(doc, 'narrative/composition'))).toEqual([]);
    const wrong = narrativeDoc(['收入预算1.3亿元，其中：财政拨款收入2 180万元，事业收入97,820,000元。']);
    expect(errors(findingsOf(wrong, 'narrative/composition'))).toHaveLength(1);
  });
});

describe('fail closed: a subject that is not certain is unchecked, with the reason, and compared with nothing', () => {
  it('a plain name the tables print under seven 款 is ambiguous', () => {
    const doc = inItem('其中一般行政管理事务42.60万元，主要用于群众团体工作。', r04, 2024);
    const claim = amount(doc.claims, '42.60');
    expect(claim.subject).toBeUndefined();
    expect(claim.unresolved).toMatch(/对应7个科目/);
    const unchecked = findingsOf(doc, 'narrative/unchecked-claim').filter((f) => f.location.claim === claim.id);
    expect(unchecked.map((f) => f.message)).toEqual([expect.stringContaining('对应7个科目')]);
  });
  it('a class named without saying whose money it is (no total, no section, no lead-in)', () => {
    const doc = narrativeDoc(['社会保障和就业支出30.60万元，卫生健康支出2,346.09万元。'], { tables: r06, year: 2025 });
    expect(doc.claims.every((c) => c.subject === undefined && /未说明是哪一类资金/.test(c.unresolved ?? ''))).toBe(true);
  });
  it('a number is never given the subject of the previous item or paragraph', () => {
    const doc = narrativeDoc([LEAD_IN, '1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元。', '2.其他事项。2025年预算安排50.00万元，比2024年预算增加10.00万元。'], { tables: r06, year: 2025 });
    const fifty = amount(doc.claims, '50.00');
    expect(fifty.subject).toBeUndefined();
    expect(fifty.unresolved).toBeDefined();
    expect(errors(findingsOf(doc, 'narrative/amount-matches-table'))).toEqual([]);
  });
  it('two changes of different items are never compared (prior-year agreement within one item)', () => {
    const doc = narrativeDoc([LEAD_IN, '1.“住房保障支出-住房改革支出-住房公积金”科目174.14万元，比2024年预算增加10.00万元。', '2.“住房保障支出-住房改革支出-购房补贴”科目186.77万元，比2024年预算增加50.00万元。'], { tables: r06, year: 2025 });
    expect(errors(findingsOf(doc, 'narrative/prior-year-agreement'))).toEqual([]);
  });
  it('a 其中 list ends with its sentence and holds one dimension', () => {
    const doc = narrativeDoc(['支出预算800万元，其中：财政拨款支出预算800万元，基本支出500万元。', LEAD_IN, '1.“一般公共服务支出”科目600万元。'], { tables: r06, year: 2025 });
    // 财政拨款支出预算 is a part of 支出预算 (by source); 基本支出 is of another dimension (by kind): the list ends.
    expect(doc.claims.filter((c) => c.partOf === doc.claims[0].id).map((c) => c.subject)).toEqual(['fiscalExpenditure.total']);
    expect(amount(doc.claims, '500').partOf).toBeUndefined();
    expect(errors(findingsOf(doc, 'narrative/composition'))).toEqual([]);
  });
});

describe('self-contained arithmetic and one finding per mistake', () => {
  it('A → B → P is checked on its own, even when the subject does not resolve', () => {
    const doc = narrativeDoc(['2025年当年预算执行数为1,200万元，2026年预算安排300万元，比2025年预算执行数增加25%。']);
    expect(doc.claims.every((c) => c.subject === undefined)).toBe(true);
    const found = errors(findingsOf(doc, 'narrative/change-consistency'));
    expect(found).toHaveLength(1);
    expect(found[0].location.excerpt).toContain('比2025年预算执行数增加25%');
    // The size contradicts the figures: that is one finding, not also a wrong direction.
    expect(errors(findingsOf(doc, 'narrative/change-direction'))).toEqual([]);
    expect(errors(findingsOf(narrativeDoc(['2025年当年预算执行数为240万元，2026年预算安排300万元，比2025年预算执行数增加25%。']), 'narrative/change-consistency'))).toEqual([]);
  });
  it('an item printing its amount twice is one finding naming both and the one that is wrong', () => {
    const doc = inItem('“住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于购房补贴。2024年当年预算执行数为180.00万元，2025年预算安排196.77万元，比2024年预算执行数增加3.76%。');
    const all = errors(['narrative/amount-matches-table', 'narrative/change-consistency', 'narrative/duplicate-amount'].flatMap((r) => findingsOf(doc, r)));
    expect(all).toHaveLength(1);
    expect(all[0].ruleId).toBe('narrative/duplicate-amount');
    expect(all[0].message).toContain('先写作186.77万元，又写作196.77万元');
    expect(all[0].message).toContain('186.77万元与表中186.768一致，与所述增减一致，196.77万元有误');
  });
});

describe('identities between statements', () => {
  it('收入预算 = 支出预算', () => {
    const ok = narrativeDoc(['2026年收入预算500.00万元。', '2026年支出预算500.00万元。']);
    expect(errors(findingsOf(ok, 'narrative/statement-identity'))).toEqual([]);
    const bad = errors(findingsOf(narrativeDoc(['2026年收入预算500.00万元。', '2026年支出预算510.00万元。']), 'narrative/statement-identity'));
    expect(bad).toHaveLength(1);
    expect(bad[0].location.line).toBe(2);
  });
  it('财政拨款收入 = 财政拨款支出, and their stated changes', () => {
    const bad = narrativeDoc(['本年财政拨款收入300.00万元，比2025年预算增加20.00万元。', '本年财政拨款支出预算300.00万元，比2025年预算增加30.00万元。']);
    expect(errors(findingsOf(bad, 'narrative/statement-identity'))).toEqual([]);
    expect(errors(findingsOf(bad, 'narrative/prior-year-agreement'))).toHaveLength(1);
  });
  it('一般公共预算 + 政府性基金 + 国有资本经营 = 财政拨款', () => {
    const lines = (fund: string) => ['财政拨款支出预算320万元。', `一般公共预算拨款支出预算300万元。政府性基金拨款支出预算${fund}万元。国有资本经营预算拨款支出预算0万元。`];
    expect(errors(findingsOf(narrativeDoc(lines('20')), 'narrative/fund-split'))).toEqual([]);
    expect(errors(findingsOf(narrativeDoc(lines('40')), 'narrative/fund-split'))).toHaveLength(1);
  });
  it('shares of one total sum to 100 % (at most 100 % when no amounts are given)', () => {
    const ok = narrativeDoc(['支出预算1,000万元，其中：基本支出占84.06%，项目支出占15.94%。']);
    expect(errors(findingsOf(ok, 'narrative/shares-sum'))).toEqual([]);
    const over = errors(findingsOf(narrativeDoc(['支出预算1,000万元，其中：基本支出占84.06%，项目支出占25.94%。']), 'narrative/shares-sum'));
    expect(over).toHaveLength(1);
    expect(over[0].actual).toBe('110.00');
  });
  it('a part stated in a sentence of its own never exceeds its total (面向中小企业预留 ≤ 政府采购预算)', () => {
    const doc = (reserved: string) =>
      narrativeDoc(['三、政府采购预算情况', '2026年度本部门政府采购预算52.40万元，其中：政府采购货物预算12.40万元、政府采购服务预算40.00万元。', `本部门面向中小企业预留政府采购项目预算金额${reserved}万元。`]);
    expect(errors(findingsOf(doc('40.00'), 'narrative/composition'))).toEqual([]);
    expect(errors(findingsOf(doc('52.40'), 'narrative/composition'))).toEqual([]);
    const over = errors(findingsOf(doc('62.40'), 'narrative/composition'));
    expect(over.map((f) => f.messageId)).toEqual(['partExceeds']);
    expect(over[0].related.map((r) => r.line)).toEqual([3]);
    // Only within one section: a total of another section bounds nothing.
    const apart = narrativeDoc(['三、政府采购预算情况', '2026年度本部门政府采购预算52.40万元。', '四、其他', '本部门面向中小企业预留政府采购项目预算金额62.40万元。']);
    expect(errors(findingsOf(apart, 'narrative/composition'))).toEqual([]);
  });
  it('a breakdown of a change sums to the change (in one sentence)', () => {
    const doc = (p: string) => narrativeDoc([`支出预算比2025年预算增加100.00万元，其中：基本支出增加40.00万元，项目支出增加${p}万元。`]);
    expect(errors(findingsOf(doc('60.00'), 'narrative/change-breakdown'))).toEqual([]);
    expect(errors(findingsOf(doc('70.00'), 'narrative/change-breakdown'))).toHaveLength(1);
  });
});
