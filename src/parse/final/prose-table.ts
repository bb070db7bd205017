import type { TableBlock } from '../../extract/types.js';

/** Runs of CJK words on every row and clause punctuation: justified narrative lines, not a table. */
const WORDS_RE = /[\u4e00-\u9fff]{6,}/;
const CLAUSE_RE = /[，。；、：]/;

/**
 * The PDF extractor can read two justified narrative lines as a borderless table (R14 p21, p25, p27:
 * `一般公共预算财政拨款支出年初预算为 | 10210.34 万元，支`; noted in /work/notes/issue-11.md). Inside
 * the narrative, an untitled block of at most three rows, each with a run of words, and clause
 * punctuation, is such a pair of lines.
 */
export function isProseTable(block: TableBlock): boolean {
  if (block.rows.length === 0 || block.rows.length > 3) return false;
  const lines = block.rows.map((r) => proseLine(r.cells.map((c) => c.text)));
  return lines.every((l) => WORDS_RE.test(l)) && lines.some((l) => CLAUSE_RE.test(l));
}

/** A row's cells as the printed line: layout spaces between the pieces dropped, as for text lines. */
export function proseLine(cells: string[]): string {
  return cells.join('').replace(/\s+/g, '');
}
