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
 * Lines of one cell or paragraph. A wrap inside Chinese text or a number is no space. Printers
 * wrap Latin words only at a space, and drop it: it is put back between a Latin word and what
 * follows (`经办机构 and` / `定点机构` → `经办机构 and 定点机构`), and after ASCII `:;,` before a
 * Latin word or number (`填报日期:` / `20251223` → `填报日期: 20251223`).
 */
export function joinWrapped(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    text += text !== '' && spaceAtWrap(text, line) ? ' ' + line : line;
  }
  return text;
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;
const CJK_END = /[\u3400-\u9fff]$/;
const CJK_START = /^[\u3400-\u9fff]/;

function spaceAtWrap(before: string, after: string): boolean {
  if (LATIN_END.test(before)) return LATIN_START.test(after) || CJK_START.test(after);
  if (CJK_END.test(before)) return LATIN_START.test(after);
  return /[:;,]$/.test(before) && /^[0-9A-Za-z]/.test(after);
}

/** Text of a block of runs (a cell): lines top to bottom, each joined left to right. */
export function textOf(pieces: TextPiece[]): string {
  return joinWrapped(groupLines(pieces).map(joinRuns));
}
