/** The zod schemas of amount.ts (its types are inferred from them): loaded only to validate what is read back. */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { PositionSchema } from './position.js';

/**
 * A printed amount: its exact value, the text it came from, and how many decimals were printed
 * (which fixes its rounding interval: ± ½·10⁻ᵈ). Values are kept in the table's own unit; `scale`
 * converts to 万元 (1 for 万元 tables, 0.0001 for 元 tables).
 */
export const AmountSchema = z.object({
  value: z.instanceof(Decimal),
  raw: z.string(),
  decimals: z.number().int().min(0),
  position: PositionSchema,
});
