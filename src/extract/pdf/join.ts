import { centreY, type TextPiece } from './geometry.js';

/**
 * Putting positioned text runs back into strings: which runs share a visual line, and where a
 * space belongs. pdf.js splits a line into runs wherever the producer moved the pen, so runs of
 * one word are common; spaces it emits itself are unreliable (/docs/PDF.md).
 */

/** Runs whose vertical centres differ by less than this share of the font size share a line. */
const SAME_LINE = 0.45;
/** A horizontal gap wider than this share of the font size is a word space. */
const WORD_GAP = 0.25;

export function groupLines(pieces: TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => centreY(a.box) - centreY(b.box) || a.box.x0 - b.box.x0);
  const lines: { centre: number; size: number; pieces: TextPiece[] }[] = [];
  for (const p of sorted) {
    const y = centreY(p.box);
    const line = lines.find((l) => Math.abs(l.centre - y) <= SAME_LINE * Math.max(l.size, p.size));
    if (line) {
      line.pieces.push(p);
      line.centre = (line.centre * (line.pieces.length - 1) + y) / line.pieces.length;
      line.size = Math.max(line.size, p.size);
    } else {
      lines.push({ centre: y, size: p.size, pieces: [p] });
    }
  }
  return lines
    .sort((a, b) => a.centre - b.centre)
    .map((l) => l.pieces.sort((a, b) => a.box.x0 - b.box.x0));
}

/** One visual line, runs in x order; a space where the pen jumped further than a narrow gap. */
export function joinRuns(runs: TextPiece[]): string {
  let text = '';
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const r of runs) {
    const gap = r.box.x0 - previousEnd;
    if (text !== '' && (gap > WORD_GAP * r.size || r.spaceBefore) && !/\s$/.test(text)) text += ' ';
    text += r.text;
    previousEnd = r.box.x1;
  }
  return text;
}

/**
 * Lines of one cell or paragraph: a wrap inside Chinese text or a number is no space; only a wrap
 * between two Latin words is.
 */
export function joinWrapped(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    text += text !== '' && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line) ? ' ' + line : line;
  }
  return text;
}

/** Text of a block of runs (a cell): lines top to bottom, each joined left to right. */
export function textOf(pieces: TextPiece[]): string {
  return joinWrapped(groupLines(pieces).map(joinRuns));
}
