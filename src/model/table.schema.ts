/** The zod schemas of table.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';
import { AmountSchema } from './amount.schema.js';
import { PositionSchema } from './position.js';
import { INCOME_SOURCE_LINES, TABLE_KINDS } from './table.js';

/** What a table is (the kinds and their titles: TABLE_KINDS in table.ts). */
export const TableKindSchema = z.enum(TABLE_KINDS);

/**
 * Canonical column keys. Labels vary by template; the parser maps them here so that rules can say
 * "the 基本支出 column" without knowing the template.
 */
export const ColumnKeySchema = z.enum([
  'code',
  'name',
  'secondaryName', // Shanxi 政府预算支出经济科目 beside the 部门预算 item
  'label',
  'total', // 合计 / 总计 / 金额 / 预算数
  'currentIncomeSubtotal', // 本年收入 小计 (Hebei)
  'basic', // 基本支出
  'project', // 项目支出
  'business', // 事业单位经营支出
  'remitToHigher', // 上解上级支出
  'subsidyToAffiliates', // 对附属单位补助支出
  'personnel', // 人员经费
  'publicUse', // 公用经费
  'fiscalAppropriation', // 财政拨款 (sum of the three funds, Hebei/Shanghai)
  'generalBudget', // 一般公共预算
  'governmentFund', // 政府性基金预算
  'stateCapital', // 国有资本经营预算
  'specialAccount', // 财政专户管理资金
  'unitFunds', // 单位资金
  'businessIncome', // 事业收入
  'operatingIncome', // 经营收入
  'superiorSubsidy', // 上级补助收入
  'affiliateRemittance', // 附属单位上缴收入
  'otherIncome', // 其他收入
  'carryover', // 上年结转
  'currentYear', // 当年预算安排
  'priorYear', // 上年预算数: last year's budget printed beside this year's (checked against last year's filing)
  'serial', // 序号
  'budgetEstimate', // 预算数 beside 决算数 (决算 “三公” table); 决算数 itself is `total`
  'openingBalance', // 年初结转和结余 (决算 fund tables)
  'currentIncome', // 本年收入 (决算 fund tables)
  'closingBalance', // 年末结转和结余 (决算 fund tables)
  'unknown',
]);

export const ColumnSchema = z.object({
  key: ColumnKeySchema,
  /** Header labels from top to bottom, e.g. ["本年收入", "合计"]. */
  label: z.string(),
  index: z.number().int(),
  /** For two-sided tables (收支总表): which side of the table the column belongs to. */
  side: z.enum(['income', 'expenditure']).optional(),
});

export const RowKindSchema = z.enum([
  'total', // 合计 / 部门合计
  'function', // 支出功能分类 row with a code
  'economic-class', // 301 工资福利支出 …
  'economic-item', // 30101 基本工资 …
  'line', // a labelled line of a two-sided summary table or the 三公 table
  'unit', // a unit (单位) subtotal in a project or 机关运行经费 table
  'project', // a project
  'other',
]);

export const FunctionLevelSchema = z.enum(['class', 'section', 'item']); // 类 / 款 / 项

/** Semantic keys of labelled lines (收支总表 sides, 三公 lines, 机关运行经费). */
export const LineKeySchema = z.enum([
  ...INCOME_SOURCE_LINES,
  'currentIncomeTotal', // 本年收入合计
  'carryover', // 上年结转
  'incomeGrandTotal', // 收入总计
  'currentExpenditureTotal', // 本年支出合计
  'yearEndCarryover', // 年终结转
  'expenditureGrandTotal', // 支出总计
  'expenditureClass', // 一、一般公共服务支出 … (code in `code`)
  'abroad', // 因公出国（境）费
  'reception', // 公务接待费
  'vehicle', // 公务用车购置及运行费
  'vehiclePurchase', // 公务用车购置费
  'vehicleOperation', // 公务用车运行维护费
  'threePublicTotal', // 三公 合计
  'operatingCosts', // 机关运行经费
  'nonFiscalBalanceUsed', // 使用非财政拨款结余 (决算 总表)
  'balanceDistribution', // 结余分配 (决算 总表)
  'personnelTotal', // 人员经费合计 (决算 基本支出表 footer)
  'publicUseTotal', // 公用经费合计 (决算 基本支出表 footer)
]);

export const RowSchema = z.object({
  kind: RowKindSchema,
  /** The row's text as printed (code and name, or label). */
  label: z.string(),
  code: z.string().optional(),
  level: FunctionLevelSchema.optional(),
  name: z.string().optional(),
  secondaryName: z.string().optional(),
  line: LineKeySchema.optional(),
  side: z.enum(['income', 'expenditure']).optional(),
  /** Amounts by column key (numeric columns only; empty cells are zero). */
  cells: z.partialRecord(ColumnKeySchema, AmountSchema),
  position: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }),
});

export const TableSchema = z.object({
  /** Stable id within the document: `t01`, `t02`… in reading order. */
  id: z.string(),
  kind: TableKindSchema,
  title: z.string(),
  titleYear: z.number().int().optional(),
  /** Unit of the amounts as printed. */
  unit: z.enum(['万元', '元']),
  columns: z.array(ColumnSchema),
  rows: z.array(RowSchema),
  /** No amounts at all (an empty table). */
  empty: z.boolean(),
  /** The note under or in the table (`注：本表无数据`, `空表列示`), if any. */
  note: z.string().optional(),
  /** Printed cell texts row by row, kept only for form-like tables (绩效目标表) whose labels and values sit side by side. */
  cellTexts: z.array(z.array(z.string())).optional(),
  position: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }),
});
