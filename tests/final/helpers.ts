import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { parseDocument } from '../../src/parse/document.js';
import type { BudgetDocument } from '../../src/model/document.js';

export const FINAL_DIR = join(import.meta.dirname, '../../fixtures/finaldocs');

export const FINALS = {
  R14: 'R14_上海市普陀区规划和自然资源局_2024_部门决算.pdf',
  R15: 'R15_中共上海市普陀区委社会工作部_2024_部门决算.pdf',
} as const;
export const TEMPLATE = 'X02_上海市XX局_2024_部门决算_模板_TEMPLATE.pdf';
export type FinalId = keyof typeof FINALS;

const extracted = new Map<string, Promise<ExtractedDocument>>();

/** The extracted PDF, read once per test file (pdf.js is the slow part). */
export function extractFinal(file: string): Promise<ExtractedDocument> {
  if (!extracted.has(file)) extracted.set(file, extractPdf(file, readFileSync(join(FINAL_DIR, file))));
  return extracted.get(file)!;
}

/** A fresh model of a real 决算 (a copy: tests may change a number in it). */
export async function finalDoc(id: FinalId): Promise<BudgetDocument> {
  return parseDocument(structuredClone(await extractFinal(FINALS[id])));
}

export interface CellChange {
  page: number;
  /** A cell text of the row to change (its label or code), or of a header above it. */
  row: string;
  /** The printed text to replace; `nth` picks among equal texts in that row (0-based). */
  from: string;
  to: string;
  nth?: number;
}

/**
 * A copy of an extracted 决算 with one printed cell changed, as a reader would change one number of the
 * PDF. Fails loudly when the row or the text is not there exactly once.
 */
export function changeCell(extracted: ExtractedDocument, change: CellChange): ExtractedDocument {
  const copy = structuredClone(extracted);
  const rows = copy.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))
    .filter((r) => (r.page ?? r.cells.find((c) => c.page)?.page) === change.page && r.cells.some((c) => c.text === change.row) && r.cells.some((c) => c.text === change.from));
  if (rows.length !== 1) throw new Error(`page ${change.page}: ${rows.length} rows with “${change.row}”`);
  const cells = rows[0].cells.filter((c) => c.text === change.from);
  const cell = cells[change.nth ?? 0];
  if (!cell) throw new Error(`page ${change.page}, row “${change.row}”: no “${change.from}” #${change.nth ?? 0}`);
  cell.text = change.to;
  return copy;
}

/** A copy with one text line replaced (a title, a note). */
export function changeLine(extracted: ExtractedDocument, from: string, to: string): ExtractedDocument {
  const copy = structuredClone(extracted);
  const lines = copy.blocks.filter((b) => b.kind === 'text' && b.text === from);
  if (lines.length !== 1) throw new Error(`${lines.length} lines “${from}”`);
  if (lines[0].kind === 'text') lines[0].text = to;
  return copy;
}
