import type { BudgetDocument } from './document.js';
import type { ColumnKey, LineKey, Row, Table, TableKind } from './table.js';
import { Decimal } from 'decimal.js';

/** Read-only helpers rules use to find rows; they never compute findings. */
export function tableOf(doc: BudgetDocument, kind: TableKind): Table | undefined {
  return doc.tables.find((t) => t.kind === kind);
}

export function totalRow(table: Table): Row | undefined {
  return table.rows.find((r) => r.kind === 'total');
}

export function lineRow(table: Table, line: LineKey, side?: 'income' | 'expenditure'): Row | undefined {
  return table.rows.find((r) => r.line === line && (side === undefined || r.side === side));
}

/** Per rows list: the first function row of each code (rebuilt if rows were added since). */
const functionRowIndex = new WeakMap<Row[], { length: number; byCode: Map<string, Row> }>();

/** The first row of a function code: a lookup, not a scan — rules ask once per code of a table of thousands of rows. */
export function functionRow(table: Table, code: string): Row | undefined {
  let index = functionRowIndex.get(table.rows);
  if (!index || index.length !== table.rows.length) {
    const byCode = new Map<string, Row>();
    for (const r of table.rows) if (r.kind === 'function' && r.code !== undefined && !byCode.has(r.code)) byCode.set(r.code, r);
    index = { length: table.rows.length, byCode };
    functionRowIndex.set(table.rows, index);
  }
  return index.byCode.get(code);
}

export function columnLabel(table: Table, key: ColumnKey, side?: 'income' | 'expenditure'): string {
  const column = table.columns.find((c) => c.key === key && (side === undefined || c.side === side));
  return column?.label || key;
}

/** The factor that converts a table's amounts to 万元. */
export function scaleToWan(table: Table): Decimal {
  return table.unit === '元' ? new Decimal('0.0001') : new Decimal(1);
}

