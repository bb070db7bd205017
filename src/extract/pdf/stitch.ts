import type { ExtractedCell, ExtractedRow, TableBlock } from '../types.js';
import { clusterValues, nearestIndex, round1 } from './geometry.js';
import type { FragmentRow, TableFragment } from './fragment.js';

/**
 * Tables that run over several pages: a fragment at the top of a page continues the table that
 * ended the previous page when their column edges line up. Header rows that the producer repeats
 * on every page (Chromium `<thead>`, Excel "rows to repeat") are dropped from the continuation.
 */

/** Column edges this close (pt) are the same edge on two pages. */
const EDGE_MATCH = 3;
/** Share of the narrower fragment's edges that must reappear in the other one. */
const EDGE_SHARE = 0.5;

export function isContinuation(previous: TableFragment, next: TableFragment): boolean {
  if (next.page !== previous.page + 1) return false;
  const a = previous.xs;
  const b = next.xs;
  const outerMatch =
    Math.abs(a[0] - b[0]) <= EDGE_MATCH && Math.abs(a[a.length - 1] - b[b.length - 1]) <= EDGE_MATCH;
  if (!outerMatch) return false;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const shared = fewer.filter((x) => more.some((y) => Math.abs(x - y) <= EDGE_MATCH)).length;
  return shared >= EDGE_SHARE * fewer.length;
}

/** Rows at the top of `next` that repeat the table's first rows, in order. */
export function repeatedHeaderRows(first: TableFragment, next: TableFragment): number {
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

/**
 * One TableBlock from the fragments of one table. Columns are the union of all fragments' edges,
 * so a page whose rows happen to span a column still lines up with the others; each cell goes to
 * the column where it starts, and positions it spans or that are empty are "".
 */
export function toTableBlock(fragments: TableFragment[]): TableBlock {
  const edges = clusterValues(fragments.flatMap((f) => f.xs), EDGE_MATCH);
  const columnCount = edges.length - 1;
  const rows: ExtractedRow[] = [];
  fragments.forEach((fragment, fi) => {
    const skip = fi === 0 ? 0 : repeatedHeaderRows(fragments[0], fragment);
    for (const row of fragment.rows.slice(skip)) {
      const cells: ExtractedCell[] = edges.slice(0, columnCount).map((x) => ({
        text: '',
        page: fragment.page,
        x: round1(x),
        y: round1(row.y),
      }));
      for (const cell of row.cells) {
        const col = nearestIndex(edges, cell.x0, EDGE_MATCH * 2);
        if (col >= 0 && col < columnCount) cells[col].text = cell.text;
      }
      rows.push({ cells, page: fragment.page, x: round1(edges[0]), y: round1(row.y) });
    }
  });
  const first = fragments[0];
  return { kind: 'table', rows, page: first.page, x: round1(first.box.x0), y: round1(first.box.y0) };
}
