import { fillGrids, type TableFragment } from './fragment.js';
import { buildGrids } from './lattice.js';
import { joinParagraphs, pageLines, type PageLine } from './lines.js';
import type { PageContent } from './page.js';
import { borderlessTables } from './borderless.js';

/** One page as a top-to-bottom sequence of text lines (paragraphs) and table fragments. */
export type PageEntry = { kind: 'text'; line: PageLine } | { kind: 'table'; fragment: TableFragment };

export interface PageLayout {
  pageNumber: number;
  entries: PageEntry[];
  /** Characters of text on the page, tables included: 0 on every page means a scan. */
  textLength: number;
  imageCount: number;
}

export function layoutPage(content: PageContent): PageLayout {
  const { pageNumber, pieces } = content;
  const textLength = pieces.reduce((n, p) => n + p.text.trim().length, 0);
  const grids = buildGrids(content.rulings);
  let { fragments, rest } = fillGrids(pageNumber, grids, pieces);
  // Alignment is a guess; on a page that has rulings, text outside them is taken as text.
  if (grids.length === 0) ({ fragments, rest } = borderlessTables(pageNumber, rest));

  const lines = pageLines(pageNumber, rest);
  const entries: PageEntry[] = [
    ...lines.map((line): PageEntry => ({ kind: 'text', line })),
    ...fragments.map((fragment): PageEntry => ({ kind: 'table', fragment })),
  ].sort((a, b) => top(a) - top(b));
  return { pageNumber, entries: withParagraphs(entries, lines, content.width), textLength, imageCount: content.imageCount };
}

const top = (e: PageEntry) => (e.kind === 'text' ? e.line.box.y0 : e.fragment.box.y0);

/**
 * Joins wrapped paragraph lines, never across a table. The text column is taken as symmetric on
 * the page: on a page of short lines (a title, `单位：万元`) nothing reaches the right margin and
 * nothing is joined.
 */
function withParagraphs(entries: PageEntry[], lines: PageLine[], pageWidth: number): PageEntry[] {
  if (lines.length === 0) return entries;
  const textLeft = Math.min(...lines.map((l) => l.box.x0));
  const textRight = Math.max(...lines.map((l) => l.box.x1), pageWidth - textLeft);
  const out: PageEntry[] = [];
  let run: PageLine[] = [];
  const flush = () => {
    for (const line of joinParagraphs(run, textRight, textLeft)) out.push({ kind: 'text', line });
    run = [];
  };
  for (const e of entries) {
    if (e.kind === 'text') {
      run.push(e.line);
    } else {
      flush();
      out.push(e);
    }
  }
  flush();
  return out;
}
