import type { FileResult } from '../batch/check-file.js';
import type { ToolInfo } from './json.js';
import { summarize, type Summary } from './summary.js';

/**
 * NDJSON: one line per file, written as the file finishes, then one summary line. Each file line is
 * self-contained — path, content hash, status, the document summary, its own counts and all its
 * findings — so a consumer (a database load, a dashboard, `--resume`) never needs another line to
 * read it. Other tools may add fields; readers should ignore the ones they do not know.
 */
export interface FileRecord extends FileResult {
  type: 'file';
  counts: { errors: number; warnings: number; infos: number };
}

export interface SummaryRecord {
  type: 'summary';
  tool: ToolInfo;
  summary: Summary;
}

export function fileRecord(result: FileResult): FileRecord {
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return {
    type: 'file',
    path: result.path,
    status: result.status,
    ...(result.sha256 ? { sha256: result.sha256 } : {}),
    ...(result.error ? { error: result.error } : {}),
    counts: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    ...(result.document ? { document: result.document } : {}),
    // The cross-filing figures (src/crossfile): `budgetlint crosscheck` reads them from saved lines.
    ...(result.figures ? { figures: result.figures } : {}),
    findings: result.findings,
  };
}

export const ndjsonLine = (record: FileRecord | SummaryRecord) => JSON.stringify(record) + '\n';

export function summaryRecord(tool: ToolInfo, results: FileResult[]): SummaryRecord {
  return { type: 'summary', tool, summary: summarize(results) };
}
