import { z } from 'zod';
import { ColumnKeySchema, TableKindSchema } from '../model/table.schema.js';

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
  /** The narrative stage's subject key (`fiscal.generalBudget`, `threePublic.reception` …), resolved in each filing by src/crossfile/subjects.ts. */
  subject: z.string(),
  /** The narrative's words for the subject, for messages. */
  subjectText: z.string(),
  /** Absent for a stated prior amount alone (`与2025年预算61.83万元相比`). */
  direction: z.enum(['increase', 'decrease', 'unchanged']).optional(),
  /** The change as printed (`876.75`), in `unit`; absent when only a percentage is stated. */
  delta: z.string().optional(),
  unit: z.enum(['万元', '元', '亿元']).optional(),
  /** The change in % as printed (`5.31`). */
  percent: z.string().optional(),
  /** Last year's amount as the narrative states it (`与2025年预算61.83万元相比`), in `unit`. */
  prior: z.string().optional(),
  /** What the change is measured against: last year's budget (checkable) or last year's executed amount (not in a budget filing). */
  basis: z.enum(['budget', 'executed']),
  /** The year compared with (`比2023年预算` → 2023; `比上年` → the budget year − 1). */
  comparedYear: z.number().int(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  sentence: z.string(),
});
export type StatedChange = z.infer<typeof StatedChangeSchema>;
