import type { Amount } from '../model/amount.js';
import { boxOf, type Place } from '../model/finding.js';
import type { ColumnKey, Row, Table } from '../model/table.js';
import { columnLabel } from '../model/query.js';
import { cellFigure } from './figure.js';

/** Where an auditor must look: table title, row label, column label, page and line of the cell. */
export function placeOf(table: Table, row?: Row, column?: ColumnKey): Place {
  const amount: Amount | undefined = row && column ? row.cells[column] : undefined;
  // A transposed table (Shanghai 三公: one column per line) has its column in the row's label.
  const transposed = table.columns.length > 1 && table.columns.every((c) => c.key === 'total' || c.key === 'budgetEstimate');
  // 决算 三公: each line has a 预算数 and a 决算数 column.
  const suffix = transposed && table.columns.some((c) => c.key === 'budgetEstimate') ? (column === 'budgetEstimate' ? '/预算数' : '/决算数') : '';
  const figure = row && column ? cellFigure(table, row, column) : undefined;
  return {
    table: table.title,
    row: row?.label,
    column: column ? (transposed ? `${row?.label ?? ''}${suffix}` : columnLabel(table, column, row?.side)) : undefined,
    page: amount?.position.page ?? row?.position.page ?? table.position.page,
    line: amount?.position.line ?? row?.position.line ?? table.position.line,
    ...(figure ? { figure } : {}),
    ...boxOf(amount?.position),
  };
}
