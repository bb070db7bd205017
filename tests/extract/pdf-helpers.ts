import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { extractText } from '../../src/extract/text.js';
import type { Block, ExtractedDocument, TableBlock } from '../../src/extract/types.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

export const PDF_DIR = fixture('pdfs');
export const REALDOCS_DIR = fixture('realdocs');

export const SEED_OF = {
  '001': fixture('seeds/001_8401d0ba8499f5f3.txt'),
  '004': fixture('seeds/004_001a5ba2cc17008a.txt'),
} as const;

export function extractPdfFile(path: string): Promise<ExtractedDocument> {
  return extractPdf(path, readFileSync(path));
}

export function extractSeed(seed: keyof typeof SEED_OF): ExtractedDocument {
  return extractText(SEED_OF[seed], readFileSync(SEED_OF[seed], 'utf8'));
}

/** A row as compared: whitespace runs collapsed, trailing empty cells dropped. */
export function rowTexts(cells: { text: string }[]): string[] {
  const texts = cells.map((c) => c.text.replace(/\s+/g, ' ').trim());
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

export const tablesOf = (doc: ExtractedDocument) => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** A seed table with the text blocks just before it (its title, 部门名称, 单位). */
export interface TitledTable {
  table: TableBlock;
  heading: string[];
}

export function titledTables(doc: ExtractedDocument): TitledTable[] {
  const result: TitledTable[] = [];
  let heading: string[] = [];
  doc.blocks.forEach((b: Block) => {
    if (b.kind === 'text') {
      heading = [...heading, b.text].slice(-4);
    } else {
      result.push({ table: b, heading });
      heading = [];
    }
  });
  return result;
}

/** The 13 budget tables of the seeds are the ones under a `单位：万元` line. */
export const isBudgetTable = (t: TitledTable) => t.heading.some((h) => /^单位[:：]/.test(h));

export function renderBlocks(doc: ExtractedDocument): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'text') {
      out.push(`[p${b.page} x${b.x} y${b.y}] ${b.text}`);
      continue;
    }
    out.push(`TABLE p${b.page} x${b.x} y${b.y}, ${b.rows.length} rows`);
    for (const r of b.rows) out.push(`  p${r.page} y${r.y} | ${r.cells.map((c) => c.text || '·').join(' | ')}`);
    out.push('END TABLE');
  }
  return out.join('\n') + '\n';
}
