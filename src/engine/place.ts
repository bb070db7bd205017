import type { Amount } from '../model/amount.js';
import { boxOf, type Place } from '../model/finding.js';
import type { ColumnKey, Row, Table } from '../model/table.js';
import { columnLabel } from '../model/query.js';
import { cellFigure } from './figure.js';

/** Where an auditor must look: table title, row label, column label, page and line of the cell. */
export function placeOf(table: Table, row?: Row, column?: ColumnKey): Place {
  const amount: Amount | undefined = row && column ? row.cells[column] : undefined;
  const { transposed, estimates } = shapeOf(table);
  // 决算 三公: each line has a 预算数 and a 决算数 column.
  const suffix = estimates ? (column === 'budgetEstimate' ? '/预算数' : '/决算数') : '';
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

/** Per table, once (the rules ask for a place for every cell they compare: issue 11). */
const SHAPES = new WeakMap<Table, { transposed: boolean; estimates: boolean }>();

function shapeOf(table: Table): { transposed: boolean; estimates: boolean } {
  let shape = SHAPES.get(table);
  if (!shape) {
    // A transposed table (Shanghai 三公: one column per line) has its column in the row's label.
    const transposed = table.columns.length > 1 && table.columns.every((c) => c.key === 'total' || c.key === 'budgetEstimate');
    shape = { transposed, estimates: transposed && table.columns.some((c) => c.key === 'budgetEstimate') };
    SHAPES.set(table, shape);
  }
  return shape;
}
