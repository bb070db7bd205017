import type { Block } from '../types.js';
import type { TableFragment } from './fragment.js';
import { round1 } from './geometry.js';
import type { PageLayout } from './layout.js';
import type { PageLine } from './lines.js';
import { isContinuation, toTableBlock } from './stitch.js';

/**
 * Pages → blocks in reading order. A table fragment joins the table before it when only page
 * furniture (page numbers) lies between them and the columns line up; the furniture is emitted
 * after the joined table so that it never splits a table or sits between a title and its table.
 */

/** Page numbers and running footers: `- 5 -`, `5`, `第5页 共20页`, `5/20`. */
const FURNITURE = /^([-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

type Pending = { kind: 'text'; line: PageLine } | { kind: 'table'; fragments: TableFragment[] };

export function assembleBlocks(pages: PageLayout[]): Block[] {
  const out: Pending[] = [];
  /** Fragments of the last table, while nothing but furniture has followed it. */
  let open: TableFragment[] | null = null;

  for (const page of pages) {
    for (const entry of page.entries) {
      if (entry.kind === 'text') {
        out.push(entry);
        if (!FURNITURE.test(entry.line.text)) open = null;
        continue;
      }
      const last = open?.[open.length - 1];
      if (open && last && isContinuation(last, entry.fragment)) {
        open.push(entry.fragment);
        continue;
      }
      open = [entry.fragment];
      out.push({ kind: 'table', fragments: open });
    }
  }
  return out.map(toBlock);
}

function toBlock(p: Pending): Block {
  if (p.kind === 'table') return toTableBlock(p.fragments);
  const { line } = p;
  return { kind: 'text', text: line.text, page: line.page, x: round1(line.box.x0), y: round1(line.box.y0) };
}
