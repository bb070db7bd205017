import { sumTerms, type Term } from '../engine/arithmetic.js';
import type { ColumnKey, TableKind } from '../model/table.js';
import type { FigureRef } from './changes.js';
import type { FilingFigures } from './figures.js';
import { cellTerm, rowOf, tableOf } from './terms.js';

/**
 * Where the figure of a narrative subject (the narrative stage's subject keys: `income.total`,
 * `fiscal.generalBudget`, `threePublic.reception`, `fiscalExpenditure.code:2010301` …) sits in a
 * figures record. Each subject lists alternatives, tried in order; an alternative may add cells of
 * several tables (a 项 across the three fund tables). Subjects not listed are not compared across
 * filings.
 */
type Alternative = FigureRef[];

const ref = (table: TableKind, row: string, column: ColumnKey = 'total'): FigureRef => ({ table, row, column });
const FUNDS = ['generalBudget', 'governmentFund', 'stateCapital'];
const SOURCES = [...FUNDS, 'specialAccount', 'unitFunds', 'fiscalAppropriation', 'businessIncome', 'operatingIncome', 'otherIncome', 'superiorSubsidy', 'affiliateRemittance'];
const THREE_PUBLIC = ['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation'];

export function alternativesOf(subject: string): Alternative[] {
  const [domain, leaf = ''] = subject.split('.', 2) as [string, string | undefined];
  const code = /^(?:code|class|item):(\d{3,7})$/.exec(leaf)?.[1];
  switch (domain) {
    case 'income':
      if (leaf === 'total') return [[ref('summary', 'l:income:incomeGrandTotal')]];
      if (leaf === 'current') return [[ref('summary', 'l:income:currentIncomeTotal')]];
      if (leaf === 'carryover') return [[ref('summary', 'l:income:carryover')]];
      return SOURCES.includes(leaf) ? [[ref('summary', `l:income:${leaf}`)]] : [];
    case 'expenditure':
      if (leaf === 'total') return [[ref('summary', 'l:expenditure:expenditureGrandTotal')], [ref('expenditure', 'total')]];
      if (leaf === 'basic' || leaf === 'project') return [[ref('expenditure', 'total', leaf)]];
      if (code) return [...(code.length === 3 ? [[ref('summary', `l:expenditure:expenditureClass:${code}`)]] : []), [ref('expenditure', `f${code}`)]];
      return [];
    case 'fiscal':
      if (leaf === 'total') return [[ref('fiscal-summary', 'l:income:incomeGrandTotal')]];
      if (leaf === 'current') return [[ref('fiscal-summary', 'l:income:currentIncomeTotal')]];
      if (leaf === 'carryover') return [[ref('fiscal-summary', 'l:income:carryover')]];
      if (FUNDS.includes(leaf)) return [[ref('fiscal-summary', 'l:expenditure:expenditureGrandTotal', leaf as ColumnKey)], [ref('fiscal-summary', `l:income:${leaf}`)]];
      if (code?.length === 3) return [[ref('fiscal-summary', `l:expenditure:expenditureClass:${code}`)]];
      return [];
    case 'fiscalExpenditure':
      if (leaf === 'total') return [[ref('fiscal-summary', 'l:expenditure:expenditureGrandTotal')]];
      if (code) return [[ref('general-budget-expenditure', `f${code}`), ref('government-fund-expenditure', `f${code}`), ref('state-capital', `f${code}`)]];
      return [];
    case 'generalBudget':
      if (leaf === 'total' || leaf === 'current') return [[ref('general-budget-expenditure', 'total')]];
      if (leaf === 'basic' || leaf === 'project') return [[ref('general-budget-expenditure', 'total', leaf)]];
      if (code) return [[ref('general-budget-expenditure', `f${code}`)]];
      return [];
    case 'basic':
      if (leaf === 'total') return [[ref('general-budget-expenditure', 'total', 'basic')], [ref('basic-expenditure-economic', 'total')]];
      if (leaf === 'personnel' || leaf === 'publicUse') return [[ref('basic-expenditure-economic', 'total', leaf)]];
      return [];
    case 'threePublic':
      if (leaf === 'total') return [[ref('three-public', 'total')], [ref('three-public', 'l::threePublicTotal')]];
      return THREE_PUBLIC.includes(leaf) ? [[ref('three-public', `l::${leaf}`)]] : [];
    case 'operatingCosts':
      return [[ref('operating-costs', 'total')], [ref('three-public', 'l::operatingCosts')]];
    default:
      return [];
  }
}

/** The subject's figure in one filing (in 万元, with its rounding radius) and the cells it was read from. */
export function subjectFigure(figures: FilingFigures, subject: string): { term: Term; refs: FigureRef[] } | undefined {
  for (const alternative of alternativesOf(subject)) {
    // A cell counts when its table prints the row (a table published empty counts as zero).
    const found = alternative.filter((r) => {
      const table = tableOf(figures, r.table);
      return table !== undefined && (table.empty ? alternative.length === 1 : rowOf(table, r.row)?.cells[r.column] !== undefined);
    });
    if (found.length === 0) continue;
    const terms = found.map((r) => cellTerm(tableOf(figures, r.table)!, r.row, r.column)!);
    return { term: sumTerms(terms), refs: found };
  }
  return undefined;
}
