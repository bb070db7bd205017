import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { rules } from '../../rules/index.js';
import { tableFigureOf } from '../../src/narrative/links.js';
import { errors, findingsOf, narrativeDoc, seedDoc } from './helpers.js';

/**
 * Two forms found while classifying the misses of the real-PDF mutation eval (session 3), each
 * written as sentences that occur in no fixture:
 * - a `其中` list of projects by name under a total of projects (R10 p22 has one): each member is
 *   that project (`projects.name:<name>`), the list a composition; a name is a project only there;
 * - a bound of a category (`单价50万元（含）以上`, `500万元以上…项目`, `2000万元及以下`) is a threshold,
 *   not an amount of the budget.
 */
const subjects = (lines: string[], year = 2026) => narrativeDoc(lines, { year }).claims.map((c) => `${c.raw}${c.unit} ${c.subject ?? c.note ?? 'unresolved'}`);

describe('a 其中 list of projects by name', () => {
  const targets = (total: string) => [
    '四、绩效目标设置情况',
    `2026年度，本单位编报绩效目标的项目共3个，涉及项目预算资金${total}万元。其中：档案数字化经费60.00万元，法律顾问费20.50万元，网络安全运维费40.00万元。`,
  ];
  it('each member is the project it names, and the list adds up to the total', () => {
    expect(subjects(targets('120.50'))).toEqual([
      '3个 projects.targets',
      '120.50万元 projects.targets',
      '60.00万元 projects.name:档案数字化经费',
      '20.50万元 projects.name:法律顾问费',
      '40.00万元 projects.name:网络安全运维费',
    ]);
    expect(errors(findingsOf(narrativeDoc(targets('120.50')), 'narrative/composition'))).toEqual([]);
  });
  it('a total that the projects do not add up to is one error at the total', () => {
    const found = errors(findingsOf(narrativeDoc(targets('130.50')), 'narrative/composition'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('130.50万元');
    expect(found[0].related).toHaveLength(3);
  });
  it('the same list within one sentence (`其中` after a comma) under the published projects', () => {
    const doc = narrativeDoc(['公开项目绩效目标2个，涉及项目金额80.00万元，其中：课题研究经费30.00万元、宣传经费50.00万元。']);
    expect(doc.claims.slice(2).map((c) => c.subject)).toEqual(['projects.name:课题研究经费', 'projects.name:宣传经费']);
    expect(errors(findingsOf(doc, 'narrative/composition'))).toEqual([]);
  });
  it('a name is not a project outside a list of projects (fail closed)', () => {
    expect(subjects(['2026年支出预算120.50万元，其中：档案数字化经费60.00万元。'])).toEqual(['120.50万元 expenditure.total', '60.00万元 unresolved']);
    // A project's amount stated on its own, outside a list: unresolved, never compared with a guess.
    expect(subjects(['六、年度预算安排', '档案数字化经费60.00万元，法律顾问费20.50万元。'])).toEqual(['60.00万元 unresolved', '20.50万元 unresolved']);
  });
  it('the same name stated again later in the document is that project, and must agree', () => {
    const later = (a: string) => [...targets('120.50'), '六、年度预算安排', `法律顾问费${a}万元，网络安全运维费40万元。`];
    const doc = narrativeDoc(later('20.50'));
    expect(doc.claims.slice(5).map((c) => c.subject)).toEqual(['projects.name:法律顾问费', 'projects.name:网络安全运维费']);
    const all = runRules(doc, rules, { lang: 'zh' });
    expect(errors(all)).toEqual([]);
    // Compared with the list's statement of the same project: not listed as unchecked.
    expect(all.filter((f) => f.ruleId === 'narrative/unchecked-claim' && /20\.50|40万元/.test(f.message))).toEqual([]);
    const found = errors(runRules(narrativeDoc(later('26.50')), rules, { lang: 'zh' }));
    expect(found.map((f) => f.ruleCode)).toEqual(['BL106']);
    // The list adds up with 20.50: the later 26.50 is the mistake, and the finding is there.
    expect(found[0].message).toContain('20.50万元与所列各项之和一致，26.50万元有误');
    expect(found[0].location.line).toBe(4);
  });
  it('a project mistyped inside the list is one finding at the list, whatever its later statement says', () => {
    const lines = ['四、绩效目标设置情况', '2026年度，本单位编报绩效目标的项目共3个，涉及项目预算资金120.50万元。其中：档案数字化经费60.00万元，法律顾问费26.50万元，网络安全运维费40.00万元。', '六、年度预算安排', '法律顾问费20.50万元。'];
    const found = errors(runRules(narrativeDoc(lines), rules, { lang: 'zh' }));
    expect(found).toHaveLength(1);
    expect(found[0].location.line).toBe(2);
    expect(found[0].message).toContain('26.50万元有误');
  });
  it('words that explain or relate are not a name; after a project group a name is a member of that group', () => {
    expect(subjects(['公开项目绩效目标2个，涉及项目金额80.00万元，其中：课题研究经费30.00万元，主要用于调研50.00万元。'])).toEqual([
      '2个 projects.published',
      '80.00万元 projects.published',
      '30.00万元 projects.name:课题研究经费',
      '50.00万元 unresolved',
    ]);
    // After a project group, a project by name is a member of that group (a one-item list: at most the group).
    const doc = narrativeDoc(['纳入绩效目标管理的二级项目3个，共计金额90.00万元。其中：特定目标类项目3个，涉及金额90.00万元，课题研究经费30.00万元。']);
    const group = doc.claims.find((c) => c.raw === '90.00' && c.subject === 'projects.group:特定目标类')!;
    expect(doc.claims.find((c) => c.raw === '30.00')).toMatchObject({ subject: 'projects.name:课题研究经费', partOf: group.id });
    expect(errors(findingsOf(doc, 'narrative/composition'))).toEqual([]);
  });
  it('words that say how much, not which project, are not a name (`涉及金额`)', () => {
    expect(subjects(['纳入绩效目标管理的二级项目4个，共计金额88.00万元。其中：特定目标类项目4个，涉及金额88.00万元。'])).toEqual([
      '4个 projects.all',
      '88.00万元 projects.all',
      '4个 projects.group:特定目标类',
      '88.00万元 projects.group:特定目标类',
    ]);
  });
  it('with a project table, a project printed once is compared with its row; one printed twice is not (no row of its own)', () => {
    const tables = seedDoc('004').tables;
    const lines = (a: string, b: string) => [`本单位编报绩效目标的项目2个，涉及项目预算资金${a}万元。其中：医疗保障基金监管工作经费${b}万元，临时人员聘用5.81万元。`];
    const ok = narrativeDoc(lines('15.81', '10.00'), { tables, year: 2026 });
    expect(ok.claims.slice(2).map((c) => c.subject)).toEqual(['projects.name:医疗保障基金监管工作经费', 'projects.name:临时人员聘用']);
    expect(errors(findingsOf(ok, 'narrative/amount-matches-table'))).toEqual([]);
    const bad = narrativeDoc(lines('16.81', '11.00'), { tables, year: 2026 });
    const found = errors(findingsOf(bad, 'narrative/amount-matches-table'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('医疗保障基金监管工作经费');
    expect(found[0].related[0].table).toMatch(/项目支出/);
    // 临时人员聘用 is printed under two units of the table: not one row.
    const [named, hired] = ['10.00', '5.81'].map((raw) => ok.claims.find((c) => c.raw === raw)!);
    expect(tableFigureOf(tables, named)?.value.toFixed(2)).toBe('10.00');
    expect(tableFigureOf(tables, hired)).toBeUndefined();
    // Every number of the list was compared (the list's sum, and the table where there is one row).
    expect(runRules(ok, rules, { lang: 'zh' }).filter((f) => f.ruleId === 'narrative/unchecked-claim' && f.location.claim !== ok.claims[0].id)).toEqual([]);
  });
});

describe('a bound of a category is a threshold, not an amount', () => {
  it('单价…以上, …以上 / 及以下 / 以内 after the amount', () => {
    expect(subjects(['部门预算安排购置单价50万元（含）以上设备（不含车辆）2台（套）。'])).toEqual(['50万元 threshold', '2台 assets.equipment']);
    expect(subjects(['拟由本单位申请500万元以上基本建设项目的评审经费，投资2000.00万元及以下的项目由本单位审计。'])).toEqual(['500万元 threshold', '2000.00万元 threshold']);
    expect(subjects(['单笔5万元以内的零星采购。'])).toEqual(['5万元 threshold']);
  });
  it('is listed as unchecked with that reason', () => {
    const found = findingsOf(narrativeDoc(['拟由本单位申请500万元以上基本建设项目的评审经费。']), 'narrative/unchecked-claim');
    expect(found.map((f) => f.message)).toEqual(['未核对：500万元（金额标准（单价、“…以上/以下”），不是预算金额）']);
  });
  it('an amount followed by other words is not a bound', () => {
    expect(subjects(['2026年支出预算500.00万元，以上均为财政拨款。'])).toEqual(['500.00万元 expenditure.total']);
  });
});
