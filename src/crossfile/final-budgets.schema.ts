/** The zod schemas of final-budgets.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';

/**
 * The 预算数 a 决算 states in its narrative (FINAL_ACCOUNTS.md): `一般公共预算财政拨款支出年初预算为…` and the
 * per-项 `年初预算为…`, kept in the figures record so that the same year's 部门预算 can be compared with
 * them (rules/cross-filing/final-budget.ts). Only subjects the 决算 narrative reader resolved for certain.
 */
export const StatedBudgetSchema = z.object({
  /** `final.general` (一般公共预算财政拨款支出) or `final.general.code:2080501`. */
  subject: z.string(),
  basis: z.enum(['initial', 'adjusted', 'unstated']),
  /** As printed, without separators (`10210.34`). */
  printed: z.string(),
  unit: z.enum(['万元', '元', '亿元']),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  sentence: z.string(),
});
