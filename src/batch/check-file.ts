import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractText } from '../extract/text.js';
import { ExtractionError, type ExtractedDocument } from '../extract/types.js';
import type { BudgetDocument } from '../model/document.js';
import type { TableKind } from '../model/table.js';
import type { Finding } from '../model/finding.js';
import { claimCoverage } from '../model/claim.js';
import { ParseError, parseDocument } from '../parse/document.js';
import { runRules, type RunOptions } from '../engine/run.js';
import type { Rule } from '../engine/rule.js';
import { figuresOf, type FilingFigures } from '../crossfile/figures.js';

/** What reports need of a document: plain data, so a result can cross a worker boundary. */
export interface DocumentSummary {
  department: string;
  year: number;
  kind: BudgetDocument['kind'];
  template: BudgetDocument['template'];
  pageCount?: number;
  tables: { id: string; kind: TableKind; title: string; page?: number }[];
  claims: number;
  /** Claims some narrative rule compares with a table value or another claim. */
  claimsChecked: number;
  warnings: string[];
}

export interface FileResult {
  path: string;
  status: 'checked' | 'failed';
  document?: DocumentSummary;
  /** What the cross-filing rules read (src/crossfile): kept in JSON/NDJSON so saved results can be cross-checked. */
  figures?: FilingFigures;
  findings: Finding[];
  error?: { code: string; message: string };
}

/** `examined`: the claims the rules examined (RunOptions.examined after the run). */
export function summarizeDocument(doc: BudgetDocument, examined: ReadonlySet<string>): DocumentSummary {
  return {
    department: doc.department,
    year: doc.year,
    kind: doc.kind,
    template: doc.template,
    pageCount: doc.pageCount,
    tables: doc.tables.map((t) => ({ id: t.id, kind: t.kind, title: t.title, page: t.position.page })),
    claims: doc.claims.length,
    claimsChecked: claimCoverage(doc.claims, examined).checked,
    warnings: doc.warnings,
  };
}

/**
 * Text filings come in UTF-8 or, from older Windows tools, GB18030 (GBK). UTF-8 is tried strictly
 * first; a file that is neither is reported, not read as mojibake.
 */
export function decodeText(data: Buffer): string {
  if (data.subarray(0, 8192).includes(0)) throw new ExtractionError('NOT_TEXT', 'the file contains binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(data);
    } catch {
      throw new ExtractionError('UNKNOWN_ENCODING', 'the text is neither UTF-8 nor GB18030 (GBK)');
    }
  }
}

/** Loads the PDF extractor only when a PDF is seen: text-only runs never pay for pdf.js. */
async function extract(path: string, data: Buffer): Promise<ExtractedDocument> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || data.subarray(0, 1024).includes('%PDF')) {
    const { extractPdf } = await import('../extract/pdf/index.js');
    return extractPdf(path, data);
  }
  if (ext === '.txt' || ext === '.md' || ext === '') return extractText(path, decodeText(data));
  throw new ExtractionError('UNSUPPORTED_FORMAT', `unsupported file type “${ext}” (expected .pdf or .txt)`);
}

export async function parseFile(path: string): Promise<BudgetDocument> {
  const data = await readFile(path);
  return parseDocument(await extract(path, data));
}

/** One file, start to end. Never throws for a bad input: the failure is the result. */
export async function checkFile(path: string, rules: Rule[], options: RunOptions): Promise<FileResult> {
  try {
    const document = await parseFile(path);
    const examined = new Set<string>();
    const findings = runRules(document, rules, { ...options, examined });
    return { path, status: 'checked', document: summarizeDocument(document, examined), figures: figuresOf(document), findings };
  } catch (err) {
    return { path, status: 'failed', findings: [], error: describeFailure(err) };
  }
}

export function describeFailure(err: unknown): { code: string; message: string } {
  if (err instanceof ExtractionError || err instanceof ParseError) return { code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return { code: 'FILE_NOT_FOUND', message: 'file not found' };
  if (e?.code === 'EACCES') return { code: 'FILE_UNREADABLE', message: 'permission denied' };
  if (e?.code === 'EISDIR') return { code: 'FILE_UNREADABLE', message: 'is a directory' };
  return { code: 'INTERNAL_ERROR', message: e instanceof Error ? `${e.name}: ${e.message}` : String(err) };
}
