import type { TableKind } from './table.js';

/** Short Chinese and English names of each table kind, for messages and reports. */
export const TABLE_NAMES: Record<TableKind, { zh: string; en: string }> = {
  summary: { zh: '收支总表', en: 'summary' },
  income: { zh: '收入总表', en: 'income' },
  expenditure: { zh: '支出总表', en: 'expenditure' },
  'fiscal-summary': { zh: '财政拨款收支总表', en: 'fiscal summary' },
  'general-budget-expenditure': { zh: '一般公共预算支出表', en: 'general budget expenditure' },
  'basic-expenditure-economic': { zh: '一般公共预算基本支出表', en: 'basic expenditure (economic)' },
  'government-fund-income': { zh: '政府性基金预算收入表', en: 'government fund income' },
  'government-fund-expenditure': { zh: '政府性基金预算支出表', en: 'government fund expenditure' },
  'state-capital': { zh: '国有资本经营预算支出表', en: 'state capital' },
  'three-public': { zh: '“三公”经费支出表', en: 'three public costs' },
  'operating-costs': { zh: '机关运行经费表', en: 'operating costs' },
  'project-current': { zh: '项目支出表（本年）', en: 'projects (current)' },
  'project-carryover': { zh: '项目支出表（上年结转）', en: 'projects (carry-over)' },
  'performance-target': { zh: '项目绩效目标表', en: 'performance targets' },
  other: { zh: '其他表', en: 'other' },
};
