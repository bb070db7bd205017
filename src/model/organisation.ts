import { z } from 'zod';

/**
 * Who a department budget consolidates, as its 机构设置 section states it
 * (`本部门中，行政单位1家，事业单位1家，具体包括：1.…本部。2.…不单列预算，并入本部。`).
 */
export const OrganisationUnitSchema = z.object({
  /** The entry as printed, without its number and trailing remarks. */
  name: z.string(),
  /** The department's own organ (`本部`, `本级`, `机关`): its 单位预算 carries the department's name. */
  own: z.boolean(),
  /** False when the entry says it has no budget of its own (`不单列预算`, `并入本部`). */
  separate: z.boolean(),
});
export type OrganisationUnit = z.infer<typeof OrganisationUnitSchema>;

export const OrganisationSchema = z.object({
  /** `行政单位` → 1, `事业单位` → 4 … as declared. */
  counts: z.record(z.string(), z.number().int()),
  units: z.array(OrganisationUnitSchema),
  /** The declaring sentence. */
  sentence: z.string(),
  position: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
