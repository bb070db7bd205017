import { extname } from 'node:path';
import { decodeText } from '../extract/decode.js';
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
import { readInput } from './read-input.js';
import { inFileScope, UncaughtInFile, type StrayError } from './stray.js';
import { extractedLines, withTextLines } from './text-lines.js';

export { decodeText };

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
  /** SHA-256 of the bytes checked (absent when the file could not be read). */
  sha256?: string;
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

/** Errors pdf.js raised outside the awaited read, kept as document warnings (the text it read is checked). */
function strayWarnings(strays: StrayError[]): string[] {
  return strays.map((s) => `damaged file: pdf.js failed outside the main read (${s.message}); the text it could read was checked`);
}

/** The model of one file (and what it was parsed from), with its stray errors attributed to it (see stray.ts). */
async function parseData(path: string, data: Buffer): Promise<{ document: BudgetDocument; extracted: ExtractedDocument }> {
  const { outcome, strays } = await inFileScope(path, async () => {
    const extracted = await extract(path, data);
    return { document: parseDocument(extracted), extracted };
  });
  if (outcome.status === 'rejected') {
    const reason: unknown = outcome.reason;
    if (strays.length > 0 && (reason instanceof ExtractionError || reason instanceof ParseError)) {
      reason.message += ` (the PDF is damaged: pdf.js also failed outside the main read: ${strays.map((s) => s.message).join('; ')})`;
    }
    throw reason;
  }
  outcome.value.document.warnings.push(...strayWarnings(strays));
  return outcome.value;
}

export async function parseFile(path: string): Promise<BudgetDocument> {
  return (await parseData(path, (await readInput(path)).data)).document;
}

/** The text a file was read as, one line per text block or table row (the lines findings point to). */
export async function extractedText(path: string): Promise<string> {
  const data = (await readInput(path)).data;
  const { outcome } = await inFileScope(path, () => extract(path, data));
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value.format === 'pdf' ? extractedLines(outcome.value).map((l) => l.text).join('\n') : decodeText(data);
}

/** One file, start to end. Never throws for a bad input: the failure is the result. */
export async function checkFile(path: string, rules: Rule[], options: RunOptions): Promise<FileResult> {
  let sha256: string | undefined;
  try {
    const input = await readInput(path);
    sha256 = input.sha256;
    const { document, extracted } = await parseData(path, input.data);
    const examined = new Set<string>();
    const findings = withTextLines(runRules(document, rules, { ...options, examined }), extracted);
    return { path, status: 'checked', sha256, document: summarizeDocument(document, examined), figures: figuresOf(document), findings };
  } catch (err) {
    return { path, status: 'failed', ...(sha256 ? { sha256 } : {}), findings: [], error: describeFailure(err) };
  }
}

const FILE_ERRORS: Record<string, { code: string; message: string }> = {
  ENOENT: { code: 'FILE_NOT_FOUND', message: 'file not found' },
  ENOTDIR: { code: 'FILE_NOT_FOUND', message: 'file not found (a part of the path is not a folder)' },
  EACCES: { code: 'FILE_UNREADABLE', message: 'permission denied' },
  EPERM: { code: 'FILE_UNREADABLE', message: 'operation not permitted' },
  EISDIR: { code: 'FILE_UNREADABLE', message: 'is a directory' },
  ELOOP: { code: 'FILE_UNREADABLE', message: 'too many levels of symbolic links (a link that points at itself?)' },
  ENAMETOOLONG: { code: 'FILE_UNREADABLE', message: 'file name too long' },
  EIO: { code: 'FILE_UNREADABLE', message: 'input/output error' },
  ENXIO: { code: 'NOT_REGULAR_FILE', message: 'a socket or device: skipped' },
  ERR_FS_FILE_TOO_LARGE: { code: 'FILE_TOO_LARGE', message: 'too large to read' },
};

export function describeFailure(err: unknown): { code: string; message: string } {
  if (err instanceof ExtractionError || err instanceof ParseError) return { code: err.code, message: err.message };
  if (err instanceof UncaughtInFile) return { code: 'WORKER_CRASHED', message: err.message };
  const e = err as NodeJS.ErrnoException;
  const known = e?.code ? FILE_ERRORS[e.code] : undefined;
  if (known) return known;
  return { code: 'INTERNAL_ERROR', message: e instanceof Error ? `${e.name}: ${e.message}` : String(err) };
}
