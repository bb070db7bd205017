import type { ColumnKey, TableKind } from '../model/table.js';
import type { FigureRow, FigureTable } from './figures.js';
import type { Consolidation, Filing } from './group.js';
import { tableOf } from './terms.js';

/**
 * Money that moves between a department's own units (上级补助收入, 附属单位上缴收入,
 * 对附属单位补助支出, 上解上级支出) may be eliminated when the department consolidates, so
 * these lines and columns are never compared, and when any filing of the consolidation prints
 * such money, only the fiscal tables (which cannot carry it) are compared at all.
 */
const TRANSFER_COLUMNS = new Set<ColumnKey>(['superiorSubsidy', 'affiliateRemittance', 'subsidyToAffiliates', 'remitToHigher']);
const TRANSFER_ROW_RE = /^l:[a-z]*:(superiorSubsidy|affiliateRemittance)/;
const FISCAL_KINDS = new Set<TableKind>(['fiscal-summary', 'general-budget-expenditure', 'government-fund-expenditure', 'state-capital', 'basic-expenditure-economic', 'three-public', 'operating-costs']);

function printsTransfers(filing: Filing): boolean {
  return filing.figures.tables.some((t) =>
    t.rows.some((r) =>
      Object.entries(r.cells).some(([column, printed]) => (TRANSFER_COLUMNS.has(column as ColumnKey) || TRANSFER_ROW_RE.test(r.key)) && Number(printed) !== 0),
    ),
  );
}

/** The department's tables the consolidation may compare, each with the matching table of every unit. */
export function comparableTables(c: Consolidation): { kind: TableKind; department: FigureTable; units: (FigureTable | undefined)[] }[] {
  const fiscalOnly = [c.department, ...c.units].some(printsTransfers);
  return c.department.figures.tables
    .filter((t) => !fiscalOnly || FISCAL_KINDS.has(t.kind))
    .map((t) => ({ kind: t.kind, department: t, units: c.units.map((u) => tableOf(u.figures, t.kind)) }));
}

/** The money columns of a row that a consolidation compares. */
export function comparableColumns(row: FigureRow): ColumnKey[] {
  if (TRANSFER_ROW_RE.test(row.key)) return [];
  return (Object.keys(row.cells) as ColumnKey[]).filter((c) => !TRANSFER_COLUMNS.has(c));
}
