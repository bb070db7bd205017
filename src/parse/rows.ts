import type { ExtractedCell, ExtractedRow } from '../extract/types.js';
import type { Amount } from '../model/amount.js';
import type { Column, ColumnKey, Row, RowKind, TableKind } from '../model/table.js';
import {
  bareLabel,
  classCodeOf,
  expenditureLineOf,
  functionLevel,
  incomeLineOf,
  isFunctionCode,
  isOrganisationName,
  isTotalLabel,
  threePublicLineOf,
} from './labels.js';
import { economicLevelOf } from './economic.js';

type ReadAmount = (cell: ExtractedCell | undefined, column: Column) => Amount | undefined;

const FUNCTION_TABLES = new Set<TableKind>([
  'income',
  'expenditure',
  'general-budget-expenditure',
  'government-fund-expenditure',
  'government-fund-income',
  'state-capital',
]);

function textOf(row: ExtractedRow, columns: Column[], key: ColumnKey): string {
  return columns
    .filter((c) => c.key === key)
    .map((c) => row.cells[c.index]?.text ?? '')
    .join('');
}

function amountsOf(row: ExtractedRow, columns: Column[], read: ReadAmount): Row['cells'] {
  const cells: Row['cells'] = {};
  for (const column of columns) {
    const amount = read(row.cells[column.index], column);
    if (amount && cells[column.key] === undefined) cells[column.key] = amount;
  }
  return cells;
}

function positionOf(row: ExtractedRow) {
  return { line: row.line ?? row.cells[0]?.line, page: row.page ?? row.cells.find((c) => c.page)?.page };
}

/** Types the data rows of a table according to its kind. */
export function typeRows(kind: TableKind, columns: Column[], rows: ExtractedRow[], read: ReadAmount): Row[] {
  if (kind === 'summary' || kind === 'fiscal-summary') {
    const state = { afterCarryover: false };
    return rows.flatMap((r) => summaryRows(r, columns, read, state));
  }
  return rows.map((row, i) => {
    const codeText = textOf(row, columns, 'code').replace(/\s/g, '');
    // A `合计` printed in the code column is the row's name, not a code.
    const code = /^\d+$/.test(codeText) ? codeText : '';
    const name = textOf(row, columns, 'name') || (code ? '' : codeText) || row.cells.map((c) => c.text).find((t) => t && !/^\d/.test(t)) || '';
    const secondaryName = textOf(row, columns, 'secondaryName') || undefined;
    const label = [code, name, secondaryName].filter(Boolean).join(' ');
    const base = { label, name, cells: amountsOf(row, columns, read), position: positionOf(row) };
    if (isTotalLabel(name) || (code === '' && isTotalLabel(label))) return { ...base, kind: 'total' as RowKind };
    if (FUNCTION_TABLES.has(kind) && isFunctionCode(code)) {
      return { ...base, kind: 'function' as RowKind, code, level: functionLevel(code) };
    }
    if (kind === 'basic-expenditure-economic') {
      // 决算 footer: `人员经费合计 … | 公用经费合计 …` (unfolded into two rows, src/parse/final/side-by-side.ts).
      const footer = /^人员经费合计$/.test(name) ? 'personnelTotal' : /^公用经费合计$/.test(name) ? 'publicUseTotal' : undefined;
      if (footer) return { ...base, kind: 'line' as RowKind, line: footer };
      const level = economicLevelOf(code, name, secondaryName);
      return { ...base, kind: level, code: code || undefined, secondaryName };
    }
    if (kind === 'three-public') {
      const line = threePublicLineOf(name);
      return { ...base, kind: line === 'threePublicTotal' ? 'total' : 'line', line };
    }
    if (kind === 'operating-costs') return { ...base, kind: 'unit' as RowKind };
    if (kind === 'project-current' || kind === 'project-carryover') {
      // The first row of a project table without a 合计 row is the department's own total.
      if (i === 0 && isOrganisationName(name)) {
        return { ...base, kind: 'total' as RowKind };
      }
      return { ...base, kind: (isOrganisationName(name) ? 'unit' : 'project') as RowKind };
    }
    return { ...base, kind: 'other' as RowKind, code: code || undefined };
  });
}

/** One printed line of a two-sided table becomes up to two rows: its income side and its expenditure side. */
function summaryRows(row: ExtractedRow, columns: Column[], read: ReadAmount, state: { afterCarryover: boolean }): Row[] {
  const out: Row[] = [];
  for (const side of ['income', 'expenditure'] as const) {
    const sideColumns = columns.filter((c) => c.side === side);
    const label = sideColumns.filter((c) => c.key === 'name').map((c) => row.cells[c.index]?.text ?? '').join('');
    if (!label) continue;
    const cells = amountsOf(row, sideColumns, read);
    let line = side === 'income' ? incomeLineOf(label) : expenditureLineOf(label);
    if (side === 'income') {
      // Lines under 上年结转 (`一、一般公共预算` …) break the carry-over down by fund.
      if (state.afterCarryover && line !== 'incomeGrandTotal') line = undefined;
      if (line === 'carryover') state.afterCarryover = true;
      if (line === 'incomeGrandTotal') state.afterCarryover = false;
    }
    const code = line === 'expenditureClass' ? classCodeOf(label) : undefined;
    out.push({
      kind: line ? 'line' : 'other',
      label,
      name: bareLabel(label),
      line,
      code,
      level: code ? 'class' : undefined,
      side,
      cells,
      position: positionOf(row),
    });
  }
  return out;
}
