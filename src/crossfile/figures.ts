import type { z } from 'zod';
import type { FigureRowSchema, FigureTableSchema, FilingFiguresSchema } from './figures.schema.js';
import type { BudgetDocument } from '../model/document.js';
import { TABLE_KINDS, type Row, type Table, type TableKind } from '../model/table.js';
import { statedChangesOf } from './stated.js';
import { statedBudgetsOf } from './final-budgets.js';
import { familyOf } from '../model/document.js';

/** The shapes, fields documented: figures.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

/**
 * The compact, JSON-safe record of a filing that the cross-filing rules read: every money cell of
 * the recognised budget tables (exact, as printed, in the table's own unit), the declared units,
 * and the year-on-year changes the narrative states. It travels in the per-file result (JSON,
 * NDJSON), so filings can be cross-checked later without the documents in memory.
 */
export const FIGURES_VERSION = 1;

export type FigureRow = z.infer<typeof FigureRowSchema>;

export type FigureTable = z.infer<typeof FigureTableSchema>;

export type FilingFigures = z.infer<typeof FilingFiguresSchema>;

/** Tables whose figures add up across a department's units and carry over between years. */
const FIGURE_KINDS = new Set<TableKind>(TABLE_KINDS.filter((k) => k !== 'other' && k !== 'performance-target'));

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
