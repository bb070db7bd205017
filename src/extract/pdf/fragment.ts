import { normalizeText } from '../normalize.js';
import { centreX, centreY, contains, type Box, type TextPiece } from './geometry.js';
import { textOf } from './join.js';
import { splitAtBorders } from './split.js';
import type { Grid } from './lattice.js';

/**
 * The part of a table that sits on one page, with its text in place. Cells keep their x-extent
 * rather than a column index: a table continued on the next page is joined by geometry first and
 * numbered into columns only at the end (stitch.ts).
 */
export interface FragmentCell {
  text: string;
  x0: number;
  x1: number;
}

export interface FragmentRow {
  y: number;
  /** Bottom of the row's grid band: a row cut by the page end is shorter than a one-line row. */
  y1: number;
  /** Cells that start in this row; positions covered by a span from the left or above are absent. */
  cells: FragmentCell[];
}

export interface TableFragment {
  page: number;
  /** Drawn with rulings; a borderless fragment's columns are estimated from text alignment. */
  ruled: boolean;
  box: Box;
  /** Column boundaries of this fragment. */
  xs: number[];
  rows: FragmentRow[];
}

/** Fills each grid with the pieces whose centre lies in one of its cells; returns the rest. */
export function fillGrids(page: number, grids: Grid[], pieces: TextPiece[]): { fragments: TableFragment[]; rest: TextPiece[] } {
  const byCell = grids.map((g) => g.cells.map((): TextPiece[] => []));
  const rest: TextPiece[] = [];
  for (const piece of pieces.flatMap((p) => splitOverflow(p, grids))) {
    const x = centreX(piece.box);
    const y = centreY(piece.box);
    let placed = false;
    grids.forEach((grid, gi) => {
      if (placed || !contains(grid.box, x, y)) return;
      const ci = grid.cells.findIndex((c) => contains(c.box, x, y));
      if (ci >= 0) {
        byCell[gi][ci].push(piece);
        placed = true;
      }
    });
    if (!placed) rest.push(piece);
  }
  const fragments = grids.map((grid, gi) => toFragment(page, grid, byCell[gi]));
  return { fragments, rest };
}

/** How far (pt) a run may cross into the next cell before it counts as two cells' text. */
const OVERFLOW = 0.3;

/** A run that crosses column borders of the row it sits in is cut there (see split.ts). */
function splitOverflow(piece: TextPiece, grids: Grid[]): TextPiece[] {
  const x = centreX(piece.box);
  const y = centreY(piece.box);
  const grid = grids.find((g) => contains(g.box, x, y));
  if (!grid) return [piece];
  const slack = OVERFLOW * piece.size;
  const rowCells = grid.cells.filter((c) => y >= c.box.y0 && y <= c.box.y1);
  const borders = rowCells
    .map((c) => c.box.x0)
    .filter((b) => b > piece.box.x0 + slack && b < piece.box.x1 - slack)
    .sort((a, b) => a - b);
  if (borders.length === 0) return [piece];
  const first = rowCells.find((c) => piece.box.x0 >= c.box.x0 - slack && piece.box.x0 < c.box.x1);
  const indent = first ? Math.max(0, piece.box.x0 - first.box.x0) : 0;
  return splitAtBorders(piece, borders, indent);
}

function toFragment(page: number, grid: Grid, piecesByCell: TextPiece[][]): TableFragment {
  const rows: FragmentRow[] = grid.ys.slice(0, -1).map((y, r) => ({ y, y1: grid.ys[r + 1], cells: [] }));
  grid.cells.forEach((cell, i) => {
    rows[cell.row].cells.push({
      text: normalizeText(textOf(piecesByCell[i])),
      x0: cell.box.x0,
      x1: cell.box.x1,
    });
  });
  rows.forEach((r) => r.cells.sort((a, b) => a.x0 - b.x0));
  return { page, ruled: true, box: grid.box, xs: grid.xs, rows };
}
