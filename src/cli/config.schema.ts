/** The zod schemas of config.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';
import { FAMILIES } from '../engine/families.js';

const FAMILY_NAMES = FAMILIES.map((f) => f.name) as [string, ...string[]];

/**
 * budgetlint.config.json. Example:
 * { "rules": { "BL012": "warning", "narrative/duplicate-amount": "off" },
 *   "families": { "wording": false },
 *   "ignore": ["drafts/**", "*.bak.pdf"] }
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Per rule (id or code): a severity for its findings, or "off". */
    rules: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).default({}),
    /** Rule families (as `budgetlint rules` and `--disable` name them) switched off with `false`. */
    families: z.partialRecord(z.enum(FAMILY_NAMES), z.boolean()).default({}),
    /** Paths left out, as --ignore; relative to the folder of the config file. */
    ignore: z.array(z.string()).default([]),
  })
  .strict();
