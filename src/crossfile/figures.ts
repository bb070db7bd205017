import { z } from 'zod';
import { BudgetDocumentSchema, type BudgetDocument } from '../model/document.js';
import { OrganisationSchema } from '../model/organisation.js';
import { ColumnKeySchema, TableKindSchema, type Row, type Table, type TableKind } from '../model/table.js';
import { StatedChangeSchema } from './changes.js';
import { statedChangesOf } from './stated.js';
import { StatedBudgetSchema, statedBudgetsOf } from './final-budgets.js';
import { familyOf } from '../model/document.js';

/**
 * The compact, JSON-safe record of a filing that the cross-filing rules read: every money cell of
 * the recognised budget tables (exact, as printed, in the table's own unit), the declared units,
 * and the year-on-year changes the narrative states. It travels in the per-file result (JSON,
 * NDJSON), so filings can be cross-checked later without the documents in memory.
 */
export const FIGURES_VERSION = 1;

export const FigureRowSchema = z.object({
  /** Stable within a table across filings: `total`, `f2010301` (function code), `e30101` (economic), `l:income:generalBudget` (a labelled line), `u:名称` (unit), `p:名称` (project). */
  key: z.string(),
  label: z.string(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  /** Column key → the amount as printed, without separators (`15621.11`): exact, and its decimals fix its rounding interval. */
  cells: z.partialRecord(ColumnKeySchema, z.string()),
});
export type FigureRow = z.infer<typeof FigureRowSchema>;

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
export type FigureTable = z.infer<typeof FigureTableSchema>;

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
export type FilingFigures = z.infer<typeof FilingFiguresSchema>;

/** Tables whose figures add up across a department's units and carry over between years. */
const FIGURE_KINDS = new Set<TableKind>(TableKindSchema.options.filter((k) => k !== 'other' && k !== 'performance-target'));

export function figuresOf(doc: BudgetDocument): FilingFigures {
  const seen = new Set<TableKind>();
  const tables: FigureTable[] = [];
  for (const table of doc.tables) {
    // One table per kind: a second one of the same kind (a continuation read as a new table) is left out.
    if (!FIGURE_KINDS.has(table.kind) || seen.has(table.kind)) continue;
    seen.add(table.kind);
    tables.push(figureTableOf(table));
  }
  return {
    version: FIGURES_VERSION,
    department: doc.department,
    kind: doc.kind,
    year: doc.year,
    template: doc.template,
    ...(doc.organisation ? { organisation: doc.organisation } : {}),
    tables,
    changes: statedChangesOf(doc),
    ...(familyOf(doc.kind) === 'final' ? { budgets: statedBudgetsOf(doc) } : {}),
  };
}

function figureTableOf(table: Table): FigureTable {
  const columns: FigureTable['columns'] = {};
  for (const c of table.columns) if (columns[c.key] === undefined) columns[c.key] = c.label;
  const counts = new Map<string, number>();
  const rows: FigureRow[] = [];
  for (const row of table.rows) {
    const base = rowKeyOf(row);
    if (!base) continue;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const cells: FigureRow['cells'] = {};
    for (const [key, amount] of Object.entries(row.cells) as [keyof FigureRow['cells'], NonNullable<Row['cells'][keyof Row['cells']]>][]) {
      cells[key] = amount.value.toFixed(amount.decimals);
    }
    rows.push({ key: n === 1 ? base : `${base}#${n}`, label: row.label, page: row.position.page, line: row.position.line, cells });
  }
  return { kind: table.kind, title: table.title, unit: table.unit, page: table.position.page, empty: table.empty, columns, rows };
}

/** What makes a row the same row in another filing of the same template: its code, line or name. */
export function rowKeyOf(row: Row): string | undefined {
  const name = (row.name ?? row.label).replace(/\s+/g, '');
  switch (row.kind) {
    case 'total':
      return 'total';
    case 'function':
      return row.code ? `f${row.code}` : undefined;
    case 'economic-class':
    case 'economic-item':
      return row.code ? `e${row.code}` : `e:${name}${row.secondaryName ? `/${row.secondaryName}` : ''}`;
    case 'line':
      return row.line ? `l:${row.side ?? ''}:${row.line}${row.code ? `:${row.code}` : ''}` : undefined;
    case 'unit':
      return `u:${name}`;
    case 'project':
      return `p:${name}`;
    default:
      return undefined;
  }
}
