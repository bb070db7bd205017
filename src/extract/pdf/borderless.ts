import { normalizeText } from '../normalize.js';
import { clusterValues, type Box, type TextPiece } from './geometry.js';
import type { FragmentRow, TableFragment } from './fragment.js';
import { groupLines, joinRuns } from './join.js';

/**
 * Tables on pages without rulings (some Excel exports): what `pdftotext -layout` does, by
 * alignment. Runs of lines with several separated segments, at least one a number, are table rows;
 * amounts are right-aligned, so amount columns are found from the right edges of numbers and text
 * columns from left edges; header lines just above the first row join the table. Each visual
 * line is one row; column spans in header rows cannot be seen without rulings and go to the
 * column under their centre.
 */

/** A gap this many font sizes wide separates two cells on a line… */
const CELL_GAP = 0.5;
/** …or this much (more than a space, `2024 年`) where a number meets text. */
const NUMBER_GAP = 0.3;
/** Lines further apart than this many line heights are not one table. */
const ROW_GAP = 2.5;
const AMOUNT = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
const NUMBER_END = /^[-−]?[\d,.]+%?$/;
/** Lines above a table that are metadata or titles, not header rows. */
const NOT_HEADER = /[:：]|表$|^\(?\d{4}年度?\)?$/;
/** Header cells wrap, so a two-row header can take four lines. */
const MAX_HEADER_LINES = 4;

interface Segment {
  text: string;
  box: Box;
  /** A number: what makes a line a table row. */
  amount: boolean;
  /** Anchored by its right edge (amounts) rather than its left edge (text, codes like `2080505`). */
  right: boolean;
}

interface Line {
  segments: Segment[];
  box: Box;
  size: number;
  pieces: TextPiece[];
}

export function borderlessTables(page: number, pieces: TextPiece[]): { fragments: TableFragment[]; rest: TextPiece[] } {
  const lines = groupLines(pieces).map(toLine);
  alignIntegers(lines.flatMap((l) => l.segments));
  const fragments: TableFragment[] = [];
  const used = new Set<Line>();
  for (const region of tableRegions(lines)) {
    const fragment = toFragment(page, region);
    if (!fragment) continue;
    fragments.push(fragment);
    region.forEach((l) => used.add(l));
  }
  const rest = lines.filter((l) => !used.has(l)).flatMap((l) => l.pieces);
  return { fragments, rest };
}

function toLine(runs: TextPiece[]): Line {
  const segments: Segment[] = [];
  let group: TextPiece[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const text = normalizeText(joinRuns(group));
    const amount = AMOUNT.test(text);
    segments.push({ text, box: boxOf(group), amount, right: amount });
    group = [];
  };
  for (const run of runs) {
    const last = group[group.length - 1];
    const gap = last ? run.box.x0 - last.box.x1 : 0;
    const numberMeetsText = last && NUMBER_END.test(last.text) !== NUMBER_END.test(run.text);
    if (last && (gap > CELL_GAP * run.size || (numberMeetsText && gap > NUMBER_GAP * run.size))) flush();
    group.push(run);
  }
  flush();
  return { segments, box: boxOf(runs), size: Math.max(...runs.map((r) => r.size)), pieces: runs };
}

function boxOf(items: { box: Box }[]): Box {
  return {
    x0: Math.min(...items.map((i) => i.box.x0)),
    y0: Math.min(...items.map((i) => i.box.y0)),
    x1: Math.max(...items.map((i) => i.box.x1)),
    y1: Math.max(...items.map((i) => i.box.y1)),
  };
}

const PLAIN_INTEGER = /^\d+$/;

/**
 * Plain integers are amounts (right-aligned) or classification codes (left-aligned, `201`,
 * `20132`, `2013299` in one column). Each goes with whichever of its edges more other plain
 * integers on the page share.
 */
function alignIntegers(segments: Segment[]): void {
  const integers = segments.filter((s) => PLAIN_INTEGER.test(s.text));
  for (const s of integers) {
    const tolerance = 0.5 * (s.box.y1 - s.box.y0);
    const shared = (edge: (t: Segment) => number) =>
      integers.filter((t) => t !== s && Math.abs(edge(t) - edge(s)) <= tolerance).length;
    s.right = shared((t) => t.box.x1) >= shared((t) => t.box.x0);
  }
}

const isRow = (l: Line) => l.segments.length >= 2 && l.segments.some((s) => s.amount);

/** Consecutive table lines: rows with amounts, rows between them that fit their columns, header lines above. */
function tableRegions(lines: Line[]): Line[][] {
  const regions: Line[][] = [];
  let free = 0; // lines before this belong to an earlier table
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i])) {
      i++;
      continue;
    }
    const region = [lines[i]];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const prev = region[region.length - 1];
      const line = lines[j];
      if (line.box.y0 - prev.box.y1 > ROW_GAP * prev.size) break;
      if (!isRow(line) && !fitsColumns(line, region)) break;
      region.push(line);
    }
    while (region.length > 0 && !isRow(region[region.length - 1])) region.pop();
    if (region.filter(isRow).length >= 2) {
      regions.push([...headerLines(lines, i, free, region), ...region]);
      free = i + region.length;
    }
    i = Math.max(i + region.length, i + 1);
  }
  return regions;
}

/**
 * A line belongs to the table when each of its segments starts where a text cell of the table
 * starts, or ends where an amount of the table ends (label-only rows like `二、事业收入`).
 */
function fitsColumns(line: Line, region: Line[]): boolean {
  const tolerance = 0.8 * line.size;
  const segments = region.flatMap((l) => l.segments);
  const starts = segments.filter((s) => !s.right).map((s) => s.box.x0);
  const ends = segments.filter((s) => s.right).map((s) => s.box.x1);
  return line.segments.every((s) =>
    (s.right ? ends : starts).some((x) => Math.abs(x - (s.right ? s.box.x1 : s.box.x0)) <= tolerance),
  );
}

function headerLines(lines: Line[], first: number, free: number, region: Line[]): Line[] {
  const header: Line[] = [];
  let below = region[0];
  for (let k = first - 1; k >= free && header.length < MAX_HEADER_LINES; k--) {
    const line = lines[k];
    if (below.box.y0 - line.box.y1 > ROW_GAP * line.size) break;
    // A lone segment above a table is a title or a caption far more often than a header row.
    if (line.segments.length < 2 || line.size > below.size + 1) break;
    if (line.segments.some((s) => NOT_HEADER.test(s.text))) break;
    header.unshift(line);
    below = line;
  }
  return header;
}

interface Column {
  x0: number;
  x1: number;
}

function toFragment(page: number, region: Line[]): TableFragment | null {
  const columns = findColumns(region);
  if (columns.length < 2) return null;
  const xs = [columns[0].x0, ...columns.slice(1).map((c, i) => (columns[i].x1 + c.x0) / 2), columns[columns.length - 1].x1];
  const rows: FragmentRow[] = region.map((line) => {
    const texts = new Map<number, string>();
    for (const s of line.segments) {
      const centre = (s.box.x0 + s.box.x1) / 2;
      const anchor = s.right ? s.box.x1 - 0.01 : s.box.x0 + 0.01;
      const x = line.segments.length === 1 || isRow(line) ? anchor : centre;
      let col = xs.findIndex((b, i) => i < xs.length - 1 && x >= b && x < xs[i + 1]);
      if (col < 0) col = x < xs[0] ? 0 : columns.length - 1;
      texts.set(col, texts.has(col) ? `${texts.get(col)} ${s.text}` : s.text);
    }
    return {
      y: line.box.y0,
      y1: line.box.y1,
      cells: columns.map((_, c) => ({ text: texts.get(c) ?? '', x0: xs[c], x1: xs[c + 1] })),
    };
  });
  return { page, ruled: false, box: boxOf(region), xs, rows };
}

/**
 * Columns from the body rows: left edges of text segments and right edges of amounts, clustered;
 * each column spans the segments anchored to it.
 */
function findColumns(region: Line[]): Column[] {
  const body = region.filter(isRow).flatMap((l) => l.segments);
  const size = Math.max(...region.map((l) => l.size));
  const tolerance = 0.8 * size;
  const columns: Column[] = [];
  for (const right of [false, true]) {
    const members = body.filter((s) => s.right === right);
    const edge = (s: Segment) => (right ? s.box.x1 : s.box.x0);
    for (const anchor of clusterValues(members.map(edge), tolerance)) {
      const own = members.filter((s) => Math.abs(edge(s) - anchor) <= tolerance);
      columns.push({ x0: Math.min(...own.map((s) => s.box.x0)), x1: Math.max(...own.map((s) => s.box.x1)) });
    }
  }
  columns.sort((a, b) => a.x0 - b.x0);
  // A text column and an amount column that overlap are one column seen both ways.
  const merged: Column[] = [];
  for (const c of columns) {
    const last = merged[merged.length - 1];
    if (last && c.x0 < last.x1 - tolerance) last.x1 = Math.max(last.x1, c.x1);
    else merged.push({ ...c });
  }
  return merged;
}
