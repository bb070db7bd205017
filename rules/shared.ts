import type { ColumnKey } from '../src/model/table.js';

/** Income sources of a 收入总表 row (本年收入), in print order. */
export const INCOME_SOURCE_KEYS: ColumnKey[] = [
  'fiscalAppropriation',
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
  'businessIncome',
  'operatingIncome',
  'superiorSubsidy',
  'affiliateRemittance',
  'otherIncome',
];

/** The three fiscal funds (财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营). */
export const FUND_KEYS: ColumnKey[] = ['generalBudget', 'governmentFund', 'stateCapital'];

/** Expenditure kinds of a 支出总表 row. */
export const EXPENDITURE_KIND_KEYS: ColumnKey[] = ['basic', 'project', 'business', 'remitToHigher', 'subsidyToAffiliates'];

/**
 * 决算 columns that are amounts but never parts of a row's 合计: the 预算数 beside a 决算数 (三公), and the
 * 年初/年末 balances and 本年收入 beside 本年支出 in the fund tables.
 */
export const FINAL_ONLY_KEYS: ColumnKey[] = ['budgetEstimate', 'openingBalance', 'currentIncome', 'closingBalance'];

/** Column keys that hold amounts. */
export const NUMERIC_KEYS = new Set<ColumnKey>([
  'total',
  'currentIncomeSubtotal',
  ...EXPENDITURE_KIND_KEYS,
  'personnel',
  'publicUse',
  ...INCOME_SOURCE_KEYS,
  'carryover',
  'currentYear',
  ...FINAL_ONLY_KEYS,
]);
