import { ExtractionError, type ExtractedDocument } from '../types.js';
import { assembleBlocks } from './assemble.js';
import { layoutPage, type PageLayout } from './layout.js';
import { openPdf, toExtractionError } from './load.js';
import { readPage, type PageContent, type RulingSource } from './page.js';
import { RulingScan } from './scan/index.js';
import { withPdfWarnings } from './warnings.js';

/**
 * PDF → the intermediate form (blocks of text lines and ruled tables, with page and position on
 * every cell). Failure codes, all as ExtractionError:
 * - EMPTY_FILE: 0 bytes;
 * - NOT_PDF: no `%PDF-` in the first kilobyte (HTML, DOCX, … renamed);
 * - CORRUPT_PDF: truncated or structurally broken beyond pdf.js's repair;
 * - PASSWORD_REQUIRED: encrypted with a user password (owner-only protection opens normally);
 * - NO_TEXT_LAYER: no page has any text (a scan: OCR is needed first).
 */
export interface PdfExtractOptions {
  /**
   * `scan` (default): rulings from the ruling scan of the content streams, pdf.js's operator list
   * only where the scan cannot read a page. `operator-list`: always pdf.js's operator list — the
   * reference, slower; the extraction must be the same (tests/extract/pdf-ruling-scan.test.ts).
   */
  rulings?: 'scan' | 'operator-list';
  /** Told, for every page read, where its rulings came from. */
  onPage?: (pageNumber: number, source: RulingSource) => void;
}

export async function extractPdf(path: string, data: Buffer, options: PdfExtractOptions = {}): Promise<ExtractedDocument> {
  checkSignature(data);
  return withPdfWarnings(async (warnings) => {
    const pdf = await openPdf(data);
    try {
      const scan = options.rulings === 'operator-list' ? RulingScan.none('operator list asked for') : RulingScan.open(data);
      const pages: PageLayout[] = [];
      for (let n = 1; n <= pdf.pageCount; n++) {
        let content: PageContent;
        try {
          content = await readPage(pdf.document, n, scan, options.onPage);
        } catch (err) {
          // One damaged page must not cost the rest of the document.
          warnings.push(`page ${n} could not be read and was skipped: ${toExtractionError(err, 'CORRUPT_PDF').message}`);
          continue;
        }
        pages.push(layoutPage(content));
      }
      checkTextLayer(pages, pdf.pageCount, warnings);
      return { path, format: 'pdf', blocks: assembleBlocks(pages), pageCount: pdf.pageCount, warnings };
    } catch (err) {
      throw toExtractionError(err);
    } finally {
      await pdf.close();
    }
  });
}

function checkTextLayer(pages: PageLayout[], pageCount: number, warnings: string[]): void {
  if (pages.length === 0) throw new ExtractionError('CORRUPT_PDF', `none of the ${pageCount} pages could be read`);
  if (pages.every((p) => p.textLength === 0)) {
    throw new ExtractionError(
      'NO_TEXT_LAYER',
      `no text layer on any of the ${pageCount} pages (a scanned or image-only PDF): OCR is needed before it can be checked`,
    );
  }
  const scanned = pages.filter((p) => p.textLength === 0 && p.imageCount > 0).map((p) => p.pageNumber);
  if (scanned.length > 0) {
    warnings.push(`page${scanned.length > 1 ? 's' : ''} ${scanned.join(', ')}: images without a text layer (scanned?); their content is not checked`);
  }
}

/** PDF readers accept junk before the header, but only within the first kilobyte (as pdf.js does). */
const HEADER_WINDOW = 1024;

function checkSignature(data: Buffer): void {
  if (data.length === 0) throw new ExtractionError('EMPTY_FILE', 'the file is empty (0 bytes)');
  if (!data.subarray(0, HEADER_WINDOW).includes('%PDF-')) {
    throw new ExtractionError('NOT_PDF', `not a PDF: no %PDF- header in the first ${HEADER_WINDOW} bytes (${sniff(data)})`);
  }
}

/** What a renamed file most likely is, to make the message actionable. */
function sniff(data: Buffer): string {
  const head = data.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'looks like an HTML page';
  if (data.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) return 'looks like a ZIP/Office file (.docx, .xlsx)';
  if (data.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'looks like an old Office file (.doc, .xls)';
  return 'unknown content';
}
