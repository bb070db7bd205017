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

export function functionRow(table: Table, code: string): Row | undefined {
  return table.rows.find((r) => r.kind === 'function' && r.code === code);
}

export function columnLabel(table: Table, key: ColumnKey, side?: 'income' | 'expenditure'): string {
  const column = table.columns.find((c) => c.key === key && (side === undefined || c.side === side));
  return column?.label || key;
}

/** The factor that converts a table's amounts to 万元. */
export function scaleToWan(table: Table): Decimal {
  return table.unit === '元' ? new Decimal('0.0001') : new Decimal(1);
}

