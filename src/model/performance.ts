import { z } from 'zod';
import { AmountSchema } from './amount.schema.js';

/**
 * One published 项目支出绩效目标表: the project it is for and the year's money it states
 * (`年度资金总额` in 元 on Shanxi sheets, `预算数` in 万元 on Hebei ones).
 */
export const PerformanceTargetSchema = z.object({
  /** The table the sheet was read from (`t14`). */
  tableId: z.string(),
  title: z.string(),
  projectName: z.string().optional(),
  annualAmount: AmountSchema.optional(),
  unit: z.enum(['万元', '元']),
  position: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }),
});
export type PerformanceTarget = z.infer<typeof PerformanceTargetSchema>;
