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
]);
