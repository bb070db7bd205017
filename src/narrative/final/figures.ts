import { term, sumTerms, type Term } from '../../engine/arithmetic.js';
import { placeOf } from '../../engine/place.js';
import type { Place } from '../../model/finding.js';
import { functionRow, lineRow, scaleToWan, totalRow } from '../../model/query.js';
import type { ColumnKey, LineKey, Row, Table, TableKind } from '../../model/table.js';
import type { FinalSubjectKey } from '../subjects.js';

/** A 决算 table figure, in 万元, with the place an auditor looks at and its name for messages. */
export interface FinalFigure {
  term: Term;
  place: Place;
  text: string;
}

/** Where a subject's 决算数 is printed (FINAL_ACCOUNTS.md, “Narrative vs tables”). */
interface Cell {
  table: TableKind;
  /** A line of a 总表 (with its side), or the total row, or a 项/款/类 code. */
  rows: { line: LineKey; side?: 'income' | 'expenditure' }[] | 'total';
  column: ColumnKey;
}

const summaryLine = (line: LineKey, side: 'income' | 'expenditure' = 'income'): Cell => ({ table: 'summary', rows: [{ line, side }], column: 'total' });
const threePublic = (line: LineKey): Cell => ({ table: 'three-public', rows: [{ line }], column: 'total' });

const CELLS: Record<string, Cell> = {
  'final.total': summaryLine('incomeGrandTotal'),
  'final.fiscalTotal': { table: 'fiscal-summary', rows: [{ line: 'incomeGrandTotal', side: 'income' }], column: 'total' },
  'final.income': summaryLine('currentIncomeTotal'),
  'final.expenditure': summaryLine('currentExpenditureTotal', 'expenditure'),
  'final.income.generalBudget': summaryLine('generalBudget'),
  'final.income.fiscal': { table: 'summary', rows: [{ line: 'generalBudget', side: 'income' }, { line: 'governmentFund', side: 'income' }, { line: 'stateCapital', side: 'income' }], column: 'total' },
  'final.income.superiorSubsidy': summaryLine('superiorSubsidy'),
  'final.income.business': summaryLine('businessIncome'),
  'final.income.operating': summaryLine('operatingIncome'),
  'final.income.affiliate': summaryLine('affiliateRemittance'),
  'final.income.other': summaryLine('otherIncome'),
  'final.governmentFund': { table: 'fiscal-summary', rows: [{ line: 'governmentFund', side: 'income' }], column: 'total' },
  'final.stateCapital': { table: 'fiscal-summary', rows: [{ line: 'stateCapital', side: 'income' }], column: 'total' },
  'final.general': { table: 'general-budget-expenditure', rows: 'total', column: 'total' },
  'final.general.basic': { table: 'general-budget-expenditure', rows: 'total', column: 'basic' },
  'final.expenditure.basic': { table: 'expenditure', rows: 'total', column: 'basic' },
  'final.expenditure.project': { table: 'expenditure', rows: 'total', column: 'project' },
  'final.basic.personnel': { table: 'basic-expenditure-economic', rows: [{ line: 'personnelTotal' }], column: 'total' },
  'final.basic.publicUse': { table: 'basic-expenditure-economic', rows: [{ line: 'publicUseTotal' }], column: 'total' },
  'final.threePublic.total': threePublic('threePublicTotal'),
  'final.threePublic.abroad': threePublic('abroad'),
  'final.threePublic.vehicle': threePublic('vehicle'),
  'final.threePublic.vehiclePurchase': threePublic('vehiclePurchase'),
  'final.threePublic.vehicleOperation': threePublic('vehicleOperation'),
  'final.threePublic.reception': threePublic('reception'),
};

function rowsOf(table: Table, cell: Cell, subject: string): Row[] {
  const code = /^final\.general\.code:(\d+)$/.exec(subject);
  if (code) return [functionRow(table, code[1])].filter((r): r is Row => r !== undefined);
  if (cell.rows === 'total') return [totalRow(table)].filter((r): r is Row => r !== undefined);
  return cell.rows.map((r) => lineRow(table, r.line, r.side)).filter((r): r is Row => r !== undefined);
}

/**
 * The table figure of a subject: its 决算数, or with `budget` its 预算数 (only the 三公 table prints one).
 * Undefined when no table of the document carries it — the claim is then compared with nothing.
 * A fund table published empty states zero.
 */
export function finalFigureOf(tables: Table[], subject: FinalSubjectKey, budget = false): FinalFigure | undefined {
  const cell: Cell | undefined = subject.startsWith('final.general.code:') ? { table: 'general-budget-expenditure', rows: 'total', column: 'total' } : CELLS[subject];
  if (!cell || (budget && cell.table !== 'three-public')) return undefined;
  const table = tables.find((t) => t.kind === cell.table);
  if (!table) return undefined;
  const column: ColumnKey = budget ? 'budgetEstimate' : cell.column;
  if (table.empty) {
    return { term: { value: term(undefined).value, radius: term(undefined).radius }, place: { table: table.title, page: table.position.page, line: table.position.line, excerpt: table.note }, text: `${table.title}（空表）` };
  }
  const rows = rowsOf(table, cell, subject);
  const expected = Array.isArray(cell.rows) ? cell.rows.length : 1;
  if (rows.length !== expected || rows.length === 0) return undefined;
  if (!table.columns.some((c) => c.key === column)) return undefined;
  const scale = scaleToWan(table);
  const place = placeOf(table, rows[0], column);
  const name = rows.length === 1 ? `“${rows[0].name || rows[0].label}”` : rows.map((r) => `“${r.name || r.label}”`).join('、');
  return {
    term: rows.length === 1 ? term(rows[0].cells[column], scale) : sumTerms(rows.map((r) => term(r.cells[column], scale))),
    place,
    text: `${table.title}${name}${place.column && column !== 'total' ? `（${place.column}）` : ''}`,
  };
}
