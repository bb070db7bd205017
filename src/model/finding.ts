import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const PlaceSchema = z.object({
  /** Table title as printed (or the narrative section for claims). */
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  /** The quoted sentence or row text. */
  excerpt: z.string().optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** Amounts in findings are exact decimal strings in `unit`. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  ruleCode: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  difference: z.string().optional(),
  tolerance: z.string().optional(),
  /** Unit of expected/actual/difference/tolerance. */
  unit: z.enum(['万元', '元', '%', '个']).optional(),
  location: PlaceSchema,
  related: z.array(PlaceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;
