import { clusterValues, type Box, type Segment } from './geometry.js';

/**
 * Rulings → table grids. Rules that touch form one table; the distinct x of its vertical rules and
 * y of its horizontal rules are the grid lines; a missing rule between two neighbouring grid cells
 * means they are one merged cell (colspan / rowspan).
 */

/** Rules this close (pt) are the same rule, drawn twice or in pieces by cell. */
const SAME_LINE = 2;
/** Rules whose ends come this close (pt) touch. */
const TOUCH = 2.5;
/** A border counts as present when rules cover this share of the cell side. */
const BORDER_COVERAGE = 0.5;

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Grid {
  /** Column boundaries, ascending (n columns → n + 1 values). */
  xs: number[];
  /** Row boundaries, ascending, top to bottom. */
  ys: number[];
  /** Every position is covered by exactly one cell; cells in row-major order of their top-left. */
  cells: GridCell[];
  box: Box;
}

export function buildGrids(segments: Segment[]): Grid[] {
  const h = mergeCollinear(segments.filter((s) => s.axis === 'h'));
  const v = mergeCollinear(segments.filter((s) => s.axis === 'v'));
  const grids: Grid[] = [];
  for (const group of touchingGroups(h, v)) {
    const grid = gridOf(group.h, group.v);
    // A lone box (page frame, boxed note) is not a table: it would swallow the text inside it.
    if (grid && grid.xs.length >= 2 && grid.ys.length >= 2 && grid.cells.length > 1) grids.push(grid);
  }
  return grids.sort((a, b) => a.box.y0 - b.box.y0);
}

/** Pieces of one rule (Chromium draws one per cell side) become one segment. */
function mergeCollinear(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const merged: Segment[] = [];
  for (const s of sorted) {
    const match = merged.find(
      (m) => Math.abs(m.pos - s.pos) <= SAME_LINE && s.from <= m.to + TOUCH && s.to >= m.from - TOUCH,
    );
    if (match) {
      match.from = Math.min(match.from, s.from);
      match.to = Math.max(match.to, s.to);
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}

const touches = (h: Segment, v: Segment) =>
  v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH;

function touchingGroups(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((hs, i) =>
    v.forEach((vs, j) => {
      if (touches(hs, vs)) parent[find(i)] = find(h.length + j);
    }),
  );
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => groupFor(groups, find(i)).h.push(s));
  v.forEach((s, j) => groupFor(groups, find(h.length + j)).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

function groupFor<T>(groups: Map<number, { h: T[]; v: T[] }>, key: number) {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { h: [], v: [] }));
  return g;
}

function gridOf(h: Segment[], v: Segment[]): Grid | null {
  const xs = clusterValues(v.map((s) => s.pos), SAME_LINE);
  const ys = clusterValues(h.map((s) => s.pos), SAME_LINE);
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Border between column c and c+1 in row r, and between row r and r+1 in column c.
  const hasRight = (r: number, c: number) => covered(v, xs[c + 1], ys[r], ys[r + 1]);
  const hasBelow = (r: number, c: number) => covered(h, ys[r + 1], xs[c], xs[c + 1]);

  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r][c] !== -1) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !hasRight(r, c + colSpan - 1) && owner[r][c + colSpan] === -1) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && spanContinues(r + rowSpan - 1, c, colSpan)) rowSpan++;
      const index = cells.length;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) owner[rr][cc] = index;
      cells.push({ row: r, col: c, rowSpan, colSpan, box: { x0: xs[c], y0: ys[r], x1: xs[c + colSpan], y1: ys[r + rowSpan] } });
    }
  }
  return { xs, ys, cells, box: { x0: xs[0], y0: ys[0], x1: xs[cols], y1: ys[rows] } };

  /** The merged cell grows downwards while no rule closes it along its whole width. */
  function spanContinues(r: number, c: number, colSpan: number): boolean {
    for (let cc = c; cc < c + colSpan; cc++) if (hasBelow(r, cc) || owner[r + 1][cc] !== -1) return false;
    return true;
  }
}

/** Share of [from, to] covered by rules at `pos`. */
function covered(rules: Segment[], pos: number, from: number, to: number): boolean {
  const span = to - from;
  if (span <= 0) return true;
  let length = 0;
  for (const s of rules) {
    if (Math.abs(s.pos - pos) > SAME_LINE) continue;
    length += Math.max(0, Math.min(s.to, to) - Math.max(s.from, from));
  }
  return length >= span * BORDER_COVERAGE;
}
