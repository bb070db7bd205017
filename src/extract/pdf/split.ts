import type { TextPiece } from './geometry.js';

/**
 * pdf.js merges runs that touch into one item. When cell text overflows its cell (ReportLab does
 * not wrap), the texts of neighbouring cells touch and come back as one item, e.g.
 * `一般公共预算 政府性基金 国有资本经营预算…` across five columns. Such an item is cut at the
 * column borders it crosses, using estimated glyph advances: CJK and full-width glyphs are one em,
 * the remaining width is shared by the narrow ones.
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Splits `piece` at the column borders in `borders` (ascending, inside the piece). Overflowing text
 * reaches past the border, so the cut is not at the border itself: each cell's text starts the
 * same `indent` after its left border as the first one does, and the cut goes to the glyph
 * boundary nearest to that start.
 */
export function splitAtBorders(piece: TextPiece, borders: number[], indent: number): TextPiece[] {
  const chars = [...piece.text];
  if (chars.length < 2) return [piece];
  const advances = estimateAdvances(chars, piece.box.x1 - piece.box.x0, piece.size);
  const boundaries: number[] = []; // x after glyph i
  advances.reduce((x, a) => {
    boundaries.push(x + a);
    return x + a;
  }, piece.box.x0);
  const cuts = new Set<number>();
  for (const border of borders) {
    const target = border + indent;
    let best = 0;
    boundaries.forEach((b, i) => {
      if (Math.abs(b - target) < Math.abs(boundaries[best] - target)) best = i;
    });
    if (best < chars.length - 1) cuts.add(best);
  }
  const parts: TextPiece[] = [];
  let from = 0;
  let x0 = piece.box.x0;
  chars.forEach((_, i) => {
    if (!cuts.has(i) && i < chars.length - 1) return;
    // A space at a cut separated two cells' texts; it belongs to neither.
    parts.push({ ...piece, text: chars.slice(from, i + 1).join('').trim(), box: { ...piece.box, x0, x1: boundaries[i] } });
    from = i + 1;
    x0 = boundaries[i];
  });
  return parts.filter((p) => p.text !== '');
}

function estimateAdvances(chars: string[], width: number, size: number): number[] {
  const wide = chars.map((c) => WIDE.test(c));
  const wideCount = wide.filter(Boolean).length;
  const narrowCount = chars.length - wideCount;
  let wideAdvance = size;
  let narrowAdvance = narrowCount > 0 ? (width - wideCount * size) / narrowCount : 0;
  // Condensed or spaced-out text: keep the 2:1 ratio and fit the total width instead.
  if (narrowCount === 0 || narrowAdvance < 0.2 * size || narrowAdvance > 0.8 * size) {
    const units = wideCount + narrowCount / 2;
    wideAdvance = width / units;
    narrowAdvance = wideAdvance / 2;
  }
  return wide.map((w) => (w ? wideAdvance : narrowAdvance));
}
