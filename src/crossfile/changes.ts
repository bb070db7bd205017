import { z } from 'zod';
import { ColumnKeySchema, TableKindSchema } from '../model/table.js';

/** A figure of a filing's tables: which table, which row (FigureRow.key), which column. */
export const FigureRefSchema = z.object({
  table: TableKindSchema,
  row: z.string(),
  column: ColumnKeySchema,
});
export type FigureRef = z.infer<typeof FigureRefSchema>;

/**
 * A year-on-year change the narrative states (`比2023年预算减少876.75万元`, `增长3.2%`, `持平`), with
 * its subject resolved to a table figure. Only changes whose subject the narrative stage resolved
 * are recorded: an unresolved subject is never compared across filings (fail closed).
 */
export const StatedChangeSchema = z.object({
  subject: FigureRefSchema,
  /** The narrative's words for the subject, for messages. */
  subjectText: z.string(),
  direction: z.enum(['increase', 'decrease', 'unchanged']),
  /** The change in 万元 as printed (`876.75`), absent when only a percentage is stated. */
  delta: z.string().optional(),
  /** The change in % as printed (`5.31`). */
  percent: z.string().optional(),
  /** What the change is measured against: last year's budget (checkable) or last year's executed amount (not in a budget filing). */
  basis: z.enum(['budget', 'executed']),
  /** The year compared with (`比2023年预算` → 2023; `比上年` → the budget year − 1). */
  comparedYear: z.number().int(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  sentence: z.string(),
});
export type StatedChange = z.infer<typeof StatedChangeSchema>;
