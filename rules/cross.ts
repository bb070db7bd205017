import { term, sumTerms, type Term } from '../src/engine/arithmetic.js';
import { placeOf } from '../src/engine/place.js';
import type { RuleContext } from '../src/engine/rule.js';
import type { Figure as PrintedFigure, Place } from '../src/model/finding.js';
import { functionRow, scaleToWan } from '../src/model/query.js';
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

/** One side of a code-by-code comparison: a table and how to read a code's figure from its row. */
export interface CodeSide {
  table: Table;
  figureOf: (row: Row) => Figure | undefined;
}

/**
 * Two tables compared function code by function code (messages `mismatch` and `missing`): where both
 * print a code, their figures must be equal; where only one prints it with a non-zero amount, the code
 * is missing from the other. `printedAs` names the printed figure a code's finding is about when the
 * code itself is a misprint (both findings of one misprinted row then merge into one).
 */
export function compareByCode(
  ctx: RuleContext<'mismatch' | 'missing'>,
  left: CodeSide,
  right: CodeSide,
  printedAs: Map<string, PrintedFigure | undefined> = new Map(),
): void {
  const codes = [...new Set([...left.table.rows, ...right.table.rows].filter((r) => r.kind === 'function').map((r) => r.code!))];
  const figureAt = (side: CodeSide, code: string) => {
    const row = functionRow(side.table, code);
    return row && side.figureOf(row);
  };
  for (const code of codes) {
    const a = figureAt(left, code);
    const b = figureAt(right, code);
    if (a && b) {
      ctx.checkIdentity({ messageId: 'mismatch', data: { code, a: a.text, b: b.text }, ...pair(a, b) });
      continue;
    }
    const present = a ?? b;
    if (!present || present.term.value.isZero()) continue;
    ctx.report({
      messageId: 'missing',
      data: { code, present: a ? left.table.title : right.table.title, absent: a ? right.table.title : left.table.title, actual: present.term.value.toFixed(2) },
      location: present.place,
      figure: printedAs.get(code),
      actual: present.term.value.toFixed(2),
      unit: '万元',
    });
  }
}
