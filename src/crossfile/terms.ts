import { Decimal } from 'decimal.js';
import { ZERO_TERM, type Term } from '../engine/arithmetic.js';
import { halfUnit } from '../model/amount.js';
import type { Place } from '../model/finding.js';
import type { ColumnKey, TableKind } from '../model/table.js';
import type { FigureRow, FigureTable, FilingFigures } from './figures.js';
import type { Filing } from './group.js';

/** Read-only lookups the cross-filing rules share: figures → terms in 万元 with their rounding radius, and places. */

export function tableOf(figures: FilingFigures, kind: TableKind): FigureTable | undefined {
  return figures.tables.find((t) => t.kind === kind);
}

export function rowOf(table: FigureTable, key: string): FigureRow | undefined {
  return table.rows.find((r) => r.key === key);
}

const scaleOf = (table: FigureTable) => (table.unit === '元' ? new Decimal('0.0001') : new Decimal(1));

/** A printed amount (`15621.11`) as a term in 万元: its interval is ± half a unit of its last printed place. */
export function termOf(table: FigureTable, printed: string): Term {
  const dot = printed.indexOf('.');
  const decimals = dot === -1 ? 0 : printed.length - dot - 1;
  const scale = scaleOf(table);
  return { value: new Decimal(printed).mul(scale), radius: halfUnit(decimals).mul(scale) };
}

/**
 * A cell's term; a row the table does not print is zero (exactly) when the table is published,
 * and a table published empty states zero for everything. Undefined when the column is not in the table.
 */
export function cellTerm(table: FigureTable, key: string, column: ColumnKey): Term | undefined {
  if (table.empty) return ZERO_TERM;
  if (table.columns[column] === undefined) return undefined;
  const printed = rowOf(table, key)?.cells[column];
  return printed === undefined ? ZERO_TERM : termOf(table, printed);
}

/** Where an auditor looks: the filing (for related places), table title, row, column, page. */
export function placeIn(filing: Filing, table: FigureTable, row?: FigureRow, column?: ColumnKey, withPath = true): Place {
  return {
    ...(withPath ? { path: filing.path } : {}),
    table: table.title,
    row: row?.label,
    column: column ? (table.columns[column] ?? column) : undefined,
    page: row?.page ?? table.page,
    line: row?.line,
  };
}

/** `R07…pdf`: the file name, for messages (the full path is in the finding's places). */
export function fileName(filing: Filing): string {
  return filing.path.split(/[\\/]/).pop() ?? filing.path;
}

export function termText(term: Term): string {
  return term.value.toFixed();
}

const HUNDRED = new Decimal(100);

/**
 * A percentage change (current − prior) ÷ prior × 100 as a term: the interval rule applied to a
 * quotient of rounded amounts (the extreme points of both intervals). Undefined when last year's
 * figure may be zero (no rate exists).
 */
export function rateTerm(change: Term, prior: Term): Term | undefined {
  const priorLo = prior.value.minus(prior.radius);
  if (priorLo.lte(0)) return undefined;
  const priorHi = prior.value.plus(prior.radius);
  const ends = [change.value.minus(change.radius), change.value.plus(change.radius)].flatMap((c) => [c.div(priorLo), c.div(priorHi)]).map((r) => r.mul(HUNDRED));
  const lo = Decimal.min(...ends);
  const hi = Decimal.max(...ends);
  return { value: change.value.div(prior.value).mul(HUNDRED).toDecimalPlaces(4), radius: hi.minus(lo).div(2).toDecimalPlaces(4, Decimal.ROUND_UP) };
}
