import { term, sumTerms, type Term } from '../src/engine/arithmetic.js';
import { placeOf } from '../src/engine/place.js';
import type { Place } from '../src/model/finding.js';
import { scaleToWan } from '../src/model/query.js';
import type { ColumnKey, Row, Table } from '../src/model/table.js';

/** One figure of one table, in 万元, with the place an auditor must look at. */
export interface Figure {
  term: Term;
  place: Place;
  /** `表名 · 行 · 列`, for messages. */
  text: string;
}

export function figure(table: Table, row: Row | undefined, key: ColumnKey): Figure | undefined {
  if (!row) return undefined;
  const place = placeOf(table, row, key);
  return {
    term: term(row.cells[key], scaleToWan(table)),
    place,
    text: `${table.title}“${row.name || row.label}”${place.column ? `（${place.column}）` : ''}`,
  };
}

/** Several rows of one column added up (e.g. two Shanxi lines of one economic item). */
export function figureSum(table: Table, rows: Row[], key: ColumnKey, text: string): Figure | undefined {
  if (rows.length === 0) return undefined;
  return {
    term: sumTerms(rows.map((r) => term(r.cells[key], scaleToWan(table)))),
    place: placeOf(table, rows[0], key),
    text,
  };
}

/** The identity-check arguments for “figure a equals figure b”, a being the one reported. */
export function pair(a: Figure, b: Figure) {
  return {
    expected: b.term,
    actual: a.term,
    unit: '万元' as const,
    location: a.place,
    related: [b.place],
  };
}
