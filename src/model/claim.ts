import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { PositionSchema } from './position.js';

/**
 * A number the narrative states, tied to the quantity it is about. The claim extractor fills
 * these; the narrative rules compare them with the tables.
 */
export const ClaimSchema = z.object({
  kind: z.enum(['amount', 'share', 'change', 'composition', 'count', 'zero', 'unchanged']),
  /** Canonical subject key (e.g. `basic`, `incomeGrandTotal`, `class:210`, `threePublic.reception`). */
  subject: z.string(),
  /** The words of the sentence that name the subject. */
  subjectText: z.string(),
  value: z.instanceof(Decimal),
  raw: z.string(),
  decimals: z.number().int().min(0),
  unit: z.enum(['万元', '元', '%', '个']),
  /** The total a share is of, or the year a change is against. */
  scope: z.string().optional(),
  direction: z.enum(['increase', 'decrease', 'unchanged']).optional(),
  sentence: z.string(),
  position: PositionSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
