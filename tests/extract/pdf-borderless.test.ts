import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../src/extract/pdf/assemble.js';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { layoutPage, type PageLayout } from '../../src/extract/pdf/layout.js';
import { openPdf } from '../../src/extract/pdf/load.js';
import { readPage } from '../../src/extract/pdf/page.js';
import { RulingScan } from '../../src/extract/pdf/scan/index.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { extractSeed, PDF_DIR, REALDOCS_DIR, rowTexts, tablesOf } from './pdf-helpers.js';

/** The pipeline of extractPdf with every ruling removed: what a PDF without table borders gives. */
async function extractWithoutRulings(path: string): Promise<ExtractedDocument> {
  const data = readFileSync(path);
  const pdf = await openPdf(data);
  const scan = RulingScan.open(data);
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= pdf.pageCount; n++) pages.push(layoutPage({ ...(await readPage(pdf.document, n, scan)), rulings: [] }));
    return { path, format: 'pdf', blocks: assembleBlocks(pages), pageCount: pdf.pageCount, warnings: [] };
  } finally {
    await pdf.close();
  }
}

const AMOUNT = /^-?[\d,]*\d\.\d+$/;

describe('tables without rulings (alignment fallback)', () => {
  it.each([
    ['chrome_001_plain.pdf', '001'],
    ['lo_001_docx.pdf', '001'],
    ['chrome_004_plain-noto.pdf', '004'],
  ] as const)('%s: the rows with amounts come back with every cell in its column', async (file, seed) => {
    const doc = await extractWithoutRulings(join(PDF_DIR, file));
    const found = new Set(tablesOf(doc).flatMap((t) => t.rows.map((r) => JSON.stringify(rowTexts(r.cells)))));
    const amountRows = tablesOf(extractSeed(seed))
      .flatMap((t) => t.rows.map((r) => rowTexts(r.cells)))
      .filter((r) => r.some((c) => AMOUNT.test(c)));
    const share = amountRows.filter((r) => found.has(JSON.stringify(r))).length / amountRows.length;
    console.log(`${file} without rulings: ${(share * 100).toFixed(1)}% of ${amountRows.length} amount rows exact`);
    // Header rows (merged cells, wrapped labels) are approximate without rulings; body rows are not.
    expect(share).toBeGreaterThanOrEqual(0.75);
  });
});

describe('warnings', () => {
  it('passes pdf.js warnings on to the document', async () => {
    const file = join(REALDOCS_DIR, 'R03_上海市普陀区万里街道办事处_2023_部门预算.pdf');
    const doc = await extractPdf(file, readFileSync(file));
    expect(doc.warnings).toContainEqual(expect.stringMatching(/^pdf\.js: .*Trapped/));
  });
});
