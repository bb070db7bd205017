/** The zod schemas of document.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';
import { TableSchema } from './table.schema.js';
import { PositionSchema } from './position.js';
import { ClaimSchema } from './claim.schema.js';
import { PerformanceTargetSchema } from './performance.js';
import { NarrativeSchema } from '../narrative/types.js';
import { OrganisationSchema } from './organisation.js';

export const TemplateSchema = z.enum(['shanxi', 'hebei', 'shanghai', 'unknown']);

export const DocumentKindSchema = z.enum(['部门预算', '单位预算', '部门决算', '单位决算']);

export const ParagraphSchema = z.object({
  text: z.string(),
  /** The narrative section heading the paragraph sits under (e.g. `三、支出预算情况说明`). */
  section: z.string().optional(),
  position: PositionSchema,
});

/** A title line that names the department and year (决算: the cover and the part titles). */
export const HeadingSchema = z.object({
  text: z.string(),
  department: z.string().optional(),
  year: z.number().int(),
  position: PositionSchema,
});

export const BudgetDocumentSchema = z.object({
  path: z.string(),
  format: z.enum(['text', 'pdf']),
  department: z.string(),
  year: z.number().int().min(1990).max(2100),
  /** 部门预算 / 单位预算, or the year-end 部门决算 / 单位决算 (final accounts, FINAL_ACCOUNTS.md). */
  kind: DocumentKindSchema,
  template: TemplateSchema,
  pageCount: z.number().int().optional(),
  tables: z.array(TableSchema),
  /** 决算: the cover and part titles that name the department and year (src/parse/final/meta.ts). */
  headings: z.array(HeadingSchema).optional(),
  /** The 情况说明 / 预算编制说明 part, paragraph by paragraph. */
  narrative: z.array(ParagraphSchema),
  /** The narrative as sections → numbered items → sentences (src/narrative/segment.ts). */
  prose: NarrativeSchema,
  /** Numbers the narrative states, each tied to what it is about (issue: narrative claims). */
  claims: z.array(ClaimSchema),
  /** The published 项目支出绩效目标表, read for the narrative's project counts and amounts. */
  performanceTargets: z.array(PerformanceTargetSchema).optional(),
  /** The units a department budget consolidates, as its 机构设置 declares them (cross-filing checks). */
  organisation: OrganisationSchema.optional(),
  warnings: z.array(z.string()),
});
