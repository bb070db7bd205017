/** The zod schemas of figures.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';
import { BudgetDocumentSchema } from '../model/document.schema.js';
import { OrganisationSchema } from '../model/organisation.js';
import { ColumnKeySchema, TableKindSchema } from '../model/table.schema.js';
import { StatedChangeSchema } from './changes.js';
import { StatedBudgetSchema } from './final-budgets.schema.js';
import { FIGURES_VERSION } from './figures.js';

export const FigureRowSchema = z.object({
  /** Stable within a table across filings: `total`, `f2010301` (function code), `e30101` (economic), `l:income:generalBudget` (a labelled line), `u:名称` (unit), `p:名称` (project). */
  key: z.string(),
  label: z.string(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  /** Column key → the amount as printed, without separators (`15621.11`): exact, and its decimals fix its rounding interval. */
  cells: z.partialRecord(ColumnKeySchema, z.string()),
});

export const FigureTableSchema = z.object({
  kind: TableKindSchema,
  title: z.string(),
  unit: z.enum(['万元', '元']),
  page: z.number().int().optional(),
  /** Published empty (`本表无数据`): every figure it would carry is zero. */
  empty: z.boolean(),
  /** Column key → header label, for messages. */
  columns: z.partialRecord(ColumnKeySchema, z.string()),
  rows: z.array(FigureRowSchema),
});

export const FilingFiguresSchema = z.object({
  version: z.literal(FIGURES_VERSION),
  department: z.string(),
  kind: BudgetDocumentSchema.shape.kind,
  year: z.number().int(),
  template: z.string(),
  organisation: OrganisationSchema.optional(),
  tables: z.array(FigureTableSchema),
  /** Year-on-year statements of the narrative whose subject the narrative stage resolved (src/crossfile/stated.ts). */
  changes: z.array(StatedChangeSchema),
  /** A 决算's stated 预算数 (年初/全年预算 of 一般公共预算财政拨款支出 and per 项), for the same year's 部门预算. */
  budgets: z.array(StatedBudgetSchema).optional(),
});
