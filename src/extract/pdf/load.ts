import './pdfjs/native-push.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse, VerbosityLevel } from 'pdf-parse';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractionError } from '../types.js';
import { inThreadWorker } from './pdfjs/worker.js';

/**
 * Opening a PDF: pdf-parse 2 loads it with the options pdf.js needs for CJK filings, and the
 * loaded pdf.js document is handed to the lattice layer (operator lists, positioned text), which
 * pdf-parse's own getText/getTable cannot replace (see /docs/PDF.md: no empty cells, no filled
 * rulings, no spans, no cross-page tables).
 */

/** The pdfjs-dist that pdf-parse imports (a direct dependency at the version pdf-parse pins). */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * pdf.js in Node reads these with fs, so they must be plain paths ending in `/` (a file:// URL
 * fails). Without CMaps a non-embedded CJK font (STSong-Light, UniGB-UCS2-H) yields no text and no
 * error.
 */
export const PDFJS_ASSETS = {
  cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
  standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
};

export interface OpenedPdf {
  document: PDFDocumentProxy;
  pageCount: number;
  /** Always call, also after a failure: an undestroyed document keeps its memory. */
  close(): Promise<void>;
}

export async function openPdf(data: Buffer): Promise<OpenedPdf> {
  // pdf-parse copies a Buffer into a fresh Uint8Array, which pdf.js then transfers; the caller's
  // Buffer stays intact.
  // Our own in-thread worker (cheaper message copies, no glyph outlines): see pdfjs/worker.ts.
  const worker = inThreadWorker();
  const parser = new PDFParse({
    data,
    worker,
    cMapUrl: PDFJS_ASSETS.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_ASSETS.standardFontDataUrl,
    // Warnings explain empty or odd text (missing fonts, broken streams); warnings.ts collects them.
    verbosity: VerbosityLevel.WARNINGS,
  });
  let pageCount: number;
  try {
    pageCount = (await parser.getInfo()).total;
  } catch (err) {
    await parser.destroy().catch(() => undefined);
    worker.destroy();
    // Whatever stops pdf.js from opening the file is the file's fault, not ours.
    throw toExtractionError(err, 'CORRUPT_PDF');
  }
  const close = async () => {
    try {
      await parser.destroy();
    } finally {
      // pdf.js destroys only a worker it started itself.
      worker.destroy();
    }
  };
  return { document: loadedDocument(parser), pageCount, close };
}

/**
 * pdf-parse 2.4.5 keeps the pdf.js document it loaded in a field it does not expose (`doc`) and
 * offers no getter. Reading it here is the one place that depends on that; if an upgrade renames
 * it, this throws instead of silently falling back to a second load.
 */
function loadedDocument(parser: PDFParse): PDFDocumentProxy {
  const doc: unknown = Reflect.get(parser, 'doc');
  if (!doc || typeof (doc as PDFDocumentProxy).getPage !== 'function') {
    throw new Error('pdf-parse no longer exposes its pdf.js document as `doc`; update src/extract/pdf/load.ts');
  }
  return doc as PDFDocumentProxy;
}

const PDF_FAILURES = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException']);

/**
 * pdf.js / pdf-parse exception names → stable codes a user can act on. With `fallback`, any other
 * failure also becomes that code (used where only the file can be at fault).
 */
export function toExtractionError(err: unknown, fallback?: 'CORRUPT_PDF'): Error {
  if (err instanceof ExtractionError) return err;
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') {
    return new ExtractionError('PASSWORD_REQUIRED', 'the PDF is encrypted with a user password; open it and save an unprotected copy');
  }
  if (PDF_FAILURES.has(name) || fallback) {
    return new ExtractionError('CORRUPT_PDF', `the PDF structure is damaged or truncated (${message})`);
  }
  return err instanceof Error ? err : new Error(message);
}
