import { normalizeText } from '../normalize.js';
import type { ExtractedCell, ExtractedRow, TableBlock } from '../types.js';
import { clusterValues, nearestIndex, round1 } from './geometry.js';
import type { FragmentRow, TableFragment } from './fragment.js';
import { joinWrapped } from './join.js';

/**
 * Tables that run over several pages: a fragment at the top of a page continues the table that
 * ended the previous page when their column edges line up. Header rows that the producer repeats
 * on every page (Chromium `<thead>`, Excel "rows to repeat") are dropped from the continuation, and
 * a row that the page break cut in two (LibreOffice lets rows break) is put back together.
 */

/** Column edges this close (pt) are the same edge on two pages. */
const EDGE_MATCH = 3;
/** Share of the narrower fragment's edges that must reappear in the other one. */
const EDGE_SHARE = 0.5;
/** Estimated edges of borderless tables move with the widest text on each page. */
const BORDERLESS_EDGE_MATCH = 20;

export function isContinuation(previous: TableFragment, next: TableFragment): boolean {
  if (next.page !== previous.page + 1) return false;
  const a = previous.xs;
  const b = next.xs;
  if (!previous.ruled || !next.ruled) {
    return (
      a.length === b.length &&
      Math.abs(a[0] - b[0]) <= BORDERLESS_EDGE_MATCH &&
      Math.abs(a[a.length - 1] - b[b.length - 1]) <= BORDERLESS_EDGE_MATCH
    );
  }
  const outerMatch =
    Math.abs(a[0] - b[0]) <= EDGE_MATCH && Math.abs(a[a.length - 1] - b[b.length - 1]) <= EDGE_MATCH;
  if (!outerMatch) return false;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const shared = fewer.filter((x) => more.some((y) => Math.abs(x - y) <= EDGE_MATCH)).length;
  return shared >= EDGE_SHARE * fewer.length;
}

interface PagedRow extends FragmentRow {
  page: number;
}

/** The rows of a table over all its fragments, in order. */
function joinedRows(fragments: TableFragment[]): PagedRow[] {
  const rows: PagedRow[] = [];
  fragments.forEach((fragment, fi) => {
    const skip = fi === 0 ? 0 : repeatedHeaderRows(fragments[0], fragment);
    const next = fragment.rows.slice(skip).map((r) => ({ ...r, page: fragment.page }));
    const previous = fi === 0 ? undefined : fragments[fi - 1];
    if (previous && next.length > 0 && rowWasCut(previous, next)) {
      appendCells(rows[rows.length - 1], next.shift() as PagedRow);
    }
    rows.push(...next);
  });
  return rows;
}

/** Rows at the top of `next` that repeat the table's first rows, in order. */
function repeatedHeaderRows(first: TableFragment, next: TableFragment): number {
  let n = 0;
  while (
    n < next.rows.length - 1 &&
    n < first.rows.length &&
    hasText(first.rows[n]) &&
    signature(first.rows[n]) === signature(next.rows[n])
  ) {
    n++;
  }
  return n;
}

const hasText = (row: FragmentRow) => row.cells.some((c) => c.text !== '');
const signature = (row: FragmentRow) => row.cells.map((c) => c.text).join('\u0001');
const height = (row: FragmentRow) => row.y1 - row.y;

/**
 * The page break cut the last row of `previous` when the continuation starts with an empty
 * remainder, or when that last row is shorter than any complete row on either page (a one-line
 * row is the shortest a complete row gets) and the continuation's first row only has text in
 * cells where the cut row has text too (the rest of those texts).
 */
function rowWasCut(previous: TableFragment, next: FragmentRow[]): boolean {
  if (!hasText(next[0])) return true;
  const complete = [...previous.rows.slice(0, -1), ...next.slice(1)];
  if (complete.length === 0) return false;
  const last = previous.rows[previous.rows.length - 1];
  if (height(last) >= Math.min(...complete.map(height)) - 1) return false;
  const textStarts = last.cells.filter((c) => c.text !== '').map((c) => c.x0);
  return next[0].cells.every((c) => c.text === '' || textStarts.some((x) => Math.abs(x - c.x0) <= EDGE_MATCH));
}

function appendCells(row: FragmentRow, rest: FragmentRow): void {
  for (const cell of rest.cells) {
    if (cell.text === '') continue;
    const target = row.cells.find((c) => Math.abs(c.x0 - cell.x0) <= EDGE_MATCH);
    if (target) target.text = normalizeText(joinWrapped([target.text, cell.text]));
    else row.cells.push({ ...cell });
  }
  row.cells.sort((a, b) => a.x0 - b.x0);
}

/**
 * One TableBlock from the fragments of one table. Columns are the union of all fragments' edges,
 * so a page whose rows happen to span a column still lines up with the others; each cell goes to
 * the column where it starts, and positions it spans or that are empty are "".
 */
export function toTableBlock(fragments: TableFragment[]): TableBlock {
  // Borderless continuations have the same columns by construction, at estimated positions.
  const borderless = fragments.some((f) => !f.ruled);
  const edges = borderless ? fragments[0].xs : clusterValues(fragments.flatMap((f) => f.xs), EDGE_MATCH);
  const columnCount = edges.length - 1;
  const rows: ExtractedRow[] = joinedRows(fragments).map((row) => {
    const cells: ExtractedCell[] = edges.slice(0, columnCount).map((x, col) => ({
      text: '',
      page: row.page,
      x: round1(x),
      y: round1(row.y),
      w: round1(edges[col + 1] - x),
      h: round1(row.y1 - row.y),
    }));
    row.cells.forEach((cell, i) => {
      const col = borderless ? i : nearestIndex(edges, cell.x0, EDGE_MATCH * 2);
      if (col >= 0 && col < columnCount) cells[col].text = cell.text;
    });
    return { cells, page: row.page, x: round1(edges[0]), y: round1(row.y) };
  });
  const first = fragments[0];
  return { kind: 'table', rows, page: first.page, x: round1(first.box.x0), y: round1(first.box.y0) };
}
