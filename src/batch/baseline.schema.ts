/** The zod schemas of baseline.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';

export const EntrySchema = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  path: z.string(),
  /** How many findings of this fingerprint are accepted (the same finding can occur twice). */
  count: z.number().int().positive(),
  /** For the reader of the file only. */
  where: z.string().optional(),
});
export const BaselineSchema = z.object({ version: z.literal(1), findings: z.array(EntrySchema) });
