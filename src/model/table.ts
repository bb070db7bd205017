import type { z } from 'zod';
import type { TableKindSchema, ColumnKeySchema, ColumnSchema, RowKindSchema, FunctionLevelSchema, LineKeySchema, RowSchema, TableSchema } from './table.schema.js';

/** The shapes, fields documented: table.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

/** What a table is, recognised from its title and header (never from its position). */
export const TABLE_KINDS = [
  'summary', // 收支总表 (表1)
  'income', // 收入总表 (表2)
  'expenditure', // 支出总表 (表3)
  'fiscal-summary', // 财政拨款收支总表 (表4)
  'general-budget-expenditure', // 一般公共预算支出表 (表5)
  'basic-expenditure-economic', // 一般公共预算基本支出 经济分类 (表6)
  'government-fund-income', // 政府性基金预算收入表 (Shanxi 表7)
  'government-fund-expenditure', // 政府性基金预算支出表 (表7/8)
  'state-capital', // 国有资本经营预算 (表9)
  'three-public', // “三公”经费 (表10; Shanghai adds 机关运行经费 lines)
  'operating-costs', // 机关运行经费 (表11)
  'project-current', // 项目支出表 本年
  'project-carryover', // 项目支出表 上年结转
  'performance-target', // 项目支出绩效目标表
  'other',
] as const;
export type TableKind = z.infer<typeof TableKindSchema>;

export type ColumnKey = z.infer<typeof ColumnKeySchema>;

export type Column = z.infer<typeof ColumnSchema>;

export type RowKind = z.infer<typeof RowKindSchema>;
export type FunctionLevel = z.infer<typeof FunctionLevelSchema>; // 类 / 款 / 项

/** Income-source lines of a 收支总表 (and the fund lines of a 财政拨款收支总表), in print order. */
export const INCOME_SOURCE_LINES = [
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
  'fiscalAppropriation',
  'businessIncome',
  'operatingIncome',
  'superiorSubsidy',
  'affiliateRemittance',
  'otherIncome',
] as const;

/** The three fiscal funds: 一般公共预算, 政府性基金, 国有资本经营. */
export const FUND_LINES = ['generalBudget', 'governmentFund', 'stateCapital'] as const;

export type LineKey = z.infer<typeof LineKeySchema>;

export type Row = z.infer<typeof RowSchema>;

export type Table = z.infer<typeof TableSchema>;
