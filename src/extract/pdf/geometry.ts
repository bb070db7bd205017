/**
 * Shared geometry. Everything is in *viewport* space at scale 1: points, origin at the top-left of
 * the page as displayed, y growing downwards. Converting once, when reading a page, makes rotated
 * (/Rotate 90) and landscape pages the same case as portrait ones.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One positioned run of text as pdf.js reports it (not yet normalised). */
export interface TextPiece {
  text: string;
  box: Box;
  /** Font size in points along the line; the unit for all text tolerances. */
  size: number;
  /** pdf.js reported a space run right before this one on the same line. */
  spaceBefore?: boolean;
}

/** An axis-aligned ruling: `pos` is y for horizontal rules, x for vertical ones. */
export interface Segment {
  axis: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}

/** Affine matrix [a, b, c, d, e, f] as in PDF and pdf.js. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 · m2: apply m2 first, then m1 (pdf.js Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export const centreX = (b: Box) => (b.x0 + b.x1) / 2;
export const centreY = (b: Box) => (b.y0 + b.y1) / 2;

export function contains(b: Box, x: number, y: number, slack = 0): boolean {
  return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack;
}

/**
 * Groups sorted-or-not values whose neighbours are within `tolerance` and returns one
 * representative (the mean) per group, ascending. Producers draw the same rule at x = 50.75 and
 * 51.45, so exact equality never works.
 */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1] > tolerance) {
      result.push(mean(group));
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) result.push(mean(group));
  return result;
}

/** Index of the value in `sorted` nearest to `v`, or -1 when none is within `tolerance`. */
export function nearestIndex(sorted: number[], v: number, tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance;
  sorted.forEach((s, i) => {
    const d = Math.abs(s - v);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

export function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export const round1 = (v: number) => Math.round(v * 10) / 10;
