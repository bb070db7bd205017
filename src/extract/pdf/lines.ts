import { normalizeText } from '../normalize.js';
import type { Box, TextPiece } from './geometry.js';
import { groupLines, joinRuns, joinWrapped } from './join.js';

/** A visual line of text outside any table, in viewport space. */
export interface PageLine {
  page: number;
  text: string;
  box: Box;
  size: number;
}

/**
 * A gap this many font sizes wide splits a line into separate blocks: `编制部门：…   单位：元` are
 * two statements side by side, as they are two lines in the text exports.
 */
const COLUMN_GAP = 4;

export function pageLines(page: number, pieces: TextPiece[]): PageLine[] {
  const lines: PageLine[] = [];
  for (const runs of groupLines(pieces)) {
    let part: TextPiece[] = [];
    for (const run of runs) {
      const last = part[part.length - 1];
      if (last && run.box.x0 - last.box.x1 > COLUMN_GAP * Math.max(run.size, last.size)) {
        pushLine(lines, page, part);
        part = [];
      }
      part.push(run);
    }
    pushLine(lines, page, part);
  }
  return lines;
}

function pushLine(lines: PageLine[], page: number, runs: TextPiece[]): void {
  const text = normalizeText(joinRuns(runs));
  if (text === '') return;
  lines.push({
    page,
    text,
    size: Math.max(...runs.map((r) => r.size)),
    box: {
      x0: Math.min(...runs.map((r) => r.box.x0)),
      y0: Math.min(...runs.map((r) => r.box.y0)),
      x1: Math.max(...runs.map((r) => r.box.x1)),
      y1: Math.max(...runs.map((r) => r.box.y1)),
    },
  });
}

/** An enumeration or heading marker starts a new paragraph even after a full line. */
const STARTS_ITEM = /^(第[一二三四五六七八九十百]+[部分章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[①-⑳])/;

/**
 * Joins the lines of one wrapped paragraph: a line that reaches the right edge of the text column
 * continues on the next line when that one is not indented and not a new numbered item. Lines are
 * those of one page between two tables (`run`); the text column is measured over the page.
 */
export function joinParagraphs(run: PageLine[], textRight: number, textLeft: number): PageLine[] {
  const out: ParagraphLine[] = [];
  for (const line of run) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, line, textRight, textLeft)) {
      prev.text = normalizeText(joinWrapped([prev.text, line.text]));
      prev.box = {
        x0: Math.min(prev.box.x0, line.box.x0),
        y0: prev.box.y0,
        x1: Math.max(prev.box.x1, line.box.x1),
        y1: line.box.y1,
      };
      prev.lastLineBox = line.box;
    } else {
      out.push({ ...line, lastLineBox: line.box });
    }
  }
  return out.map(({ page, text, box, size }) => ({ page, text, box, size }));
}

interface ParagraphLine extends PageLine {
  lastLineBox?: Box;
}

function continues(prev: ParagraphLine, next: PageLine, textRight: number, textLeft: number): boolean {
  const last = prev.lastLineBox ?? prev.box;
  const size = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 0.5) return false; // a heading above body text
  // The line ended early: a paragraph end, unless the next line starts with a number or Latin
  // word too long to have fitted in the space left (lines break only between CJK characters).
  const unbreakable = /^[\w.,%‰+\-−]+/.exec(next.text)?.[0].length ?? 0;
  if (last.x1 < textRight - Math.max(2, unbreakable * 0.55 + 1) * size) return false;
  if (next.box.y0 - last.y1 > 1.2 * size) return false; // a blank line between
  if (next.box.x0 > textLeft + 1.5 * size) return false; // indented: a new paragraph
  return !STARTS_ITEM.test(next.text);
}
