import type { SeedId } from '../helpers.js';

/**
 * One case per identity rule: the seeds where it must stay silent (no error), and a copy of a seed
 * with one number changed where it must fire, with the table, row and column of the finding.
 */
export interface RuleCase {
  rule: string;
  silentOn: SeedId[];
  mutation: { seed: SeedId; line: string[]; after?: number; from: string; to: string };
  expect: { table: string; row?: string; column?: string; severity?: 'error' | 'warning' };
}

export const CASES: RuleCase[] = [
  {
    rule: 'table/hierarchy-sum',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['2101101', '行政单位医疗', '66.92\t66.92\t\t'], from: '66.92\t66.92', to: '60.92\t60.92' },
    expect: { table: '2024年预算收入总表', row: '21011 行政事业单位医疗', column: '本年收入/合计' },
  },
  {
    rule: 'table/row-split',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['21015', '288.37\t239.37\t49.00'], from: '239.37', to: '230.37' },
    expect: { table: '2024年预算支出总表', row: '21015 医疗保障管理事务', column: '2024年预算数/合计' },
  },
  {
    rule: 'table/summary-balance',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['本年收入合计\t2399.21\t本年支出合计\t2399.21\t2399.21\t'], from: '本年收入合计\t2399.21', to: '本年收入合计\t2390.21' },
    expect: { table: '2024年预算收支总表', row: '本年收入合计', column: '收入/2024年' },
  },
  {
    rule: 'table/three-public-composition',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '004', line: ['公务用车购置及运行费\t1.80\t1.80'], from: '1.80\t1.80', to: '2.80\t2.80' },
    expect: { table: '2026年财政拨款安排“三公”经费支出预算表', row: '公务用车购置及运行费', column: '2026年预算数/合计' },
  },
  {
    rule: 'table/economic-class-sum',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['办公费\t办公经费\t6.50\t\t6.50'], from: '6.50\t\t6.50', to: '7.50\t\t7.50' },
    expect: { table: '2024年一般公共预算安排基本支出分经济科目表（不含上年结转）', row: '商品和服务支出', column: '2024年预算数/公用经费' },
  },
  {
    rule: 'table/project-unit-sum',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '004', line: ['临时人员聘用\t5.81\t5.81'], from: '5.81\t5.81', to: '6.81\t6.81' },
    expect: { table: '2026年项目支出预算表（本年预算）', row: '阳泉市医疗保障局', column: '合计' },
  },
  {
    rule: 'table/operating-cost-units',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '004', line: ['阳泉市医疗保险中心\t34.48\t34.48'], from: '34.48\t34.48', to: '35.48\t35.48' },
    expect: { table: '2026年财政拨款安排机关运行经费预算表', row: '部门合计', column: '2026预算数/合计' },
  },
  {
    rule: 'cross-table/summary-income',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['合计\t\t2399.21\t2399.21\t\t\t\t\t'], from: '2399.21\t2399.21', to: '2390.21\t2390.21' },
    expect: { table: '2024年预算收支总表', row: '本年收入合计', column: '收入/2024年' },
  },
  {
    rule: 'cross-table/summary-expenditure',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['\t\t八、社会保障和就业支出\t30.60\t30.60\t'], from: '30.60\t30.60', to: '31.60\t31.60' },
    expect: { table: '2024年预算收支总表', row: '八、社会保障和就业支出', column: '支出/2024年合计' },
  },
  {
    rule: 'cross-table/income-expenditure-by-code',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['2101301\t城乡医疗救助\t394.87\t394.87\t\t'], from: '394.87\t394.87', to: '395.87\t395.87' },
    expect: { table: '2024年预算收入总表', row: '2101301 城乡医疗救助', column: '本年收入/合计' },
  },
  {
    rule: 'cross-table/general-budget-by-code',
    silentOn: ['001', '003', '004'],
    mutation: { seed: '001', line: ['2101301\t城乡医疗救助\t394.87\t\t394.87'], after: 230, from: '394.87\t\t394.87', to: '399.87\t\t399.87' },
    expect: { table: '2024年一般公共预算支出预算表（不含上年结转）', row: '2101301 城乡医疗救助', column: '2024年预算数/合计' },
  },
  {
    rule: 'cross-table/fiscal-summary',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['一、一般公共预算\t2399.21\t一、一般公共服务支出\t\t\t\t'], from: '2399.21', to: '2390.21' },
    expect: { table: '2024年财政拨款收支总表', row: '一、一般公共预算', column: '收入/金额' },
  },
  {
    rule: 'cross-table/basic-expenditure-total',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['合计\t\t304.88\t270.26\t34.61'], from: '304.88', to: '314.88' },
    expect: { table: '2024年一般公共预算安排基本支出分经济科目表（不含上年结转）', row: '合计', column: '2024年预算数/合计' },
  },
  {
    rule: 'cross-table/operating-costs',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '001', line: ['部门合计\t34.61\t34.61'], from: '34.61\t34.61', to: '44.61\t44.61' },
    expect: { table: '2024年财政拨款安排机关运行经费预算表', row: '部门合计', column: '2024预算数/合计' },
  },
  {
    rule: 'cross-table/project-total',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '003', line: ['山西省医疗保险管理服务中心\t3496.25\t3496.25'], from: '3496.25\t3496.25', to: '3497.25\t3497.25' },
    expect: { table: '2026年预算支出总表', row: '合计', column: '2026年预算数/项目支出' },
  },
  {
    rule: 'cross-table/vehicle-operation',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '002', line: ['\t10.18'], after: 1327, from: '10.18', to: '5.18' },
    expect: { table: '部门预算财政拨款“三公”经费支出表', row: '公务用车运行维护费', column: '资金性质/合计' },
  },
  {
    rule: 'cross-table/carryover-projects',
    silentOn: ['001', '002', '003', '004'],
    mutation: { seed: '004', line: ['阳泉市医疗保障局\t106.52\t106.52'], from: '106.52\t106.52', to: '116.52\t116.52' },
    expect: { table: '2026年项目支出预算表（上年结转）', row: '阳泉市医疗保障局', column: '合计', severity: 'warning' },
  },
];
