import type { FileResult } from '../batch/check-file.js';
import type { Summary } from './summary.js';

export interface ToolInfo {
  name: string;
  version: string;
}

/** The JSON contract: amounts as exact strings, one entry per input file, failures included. */
/** `extra` adds top-level sections after `files` (e.g. `crossFiling`). */
export function jsonReport(tool: ToolInfo, summary: Summary, results: FileResult[], extra?: Record<string, unknown>): string {
  return JSON.stringify(
    {
      tool,
      summary,
      files: results.map((r) => ({
        path: r.path,
        status: r.status,
        ...(r.document ? { document: r.document } : {}),
        findings: r.findings,
        ...(r.figures ? { figures: r.figures } : {}),
        ...(r.error ? { error: r.error } : {}),
      })),
      ...extra,
    },
    null,
    2,
  );
}
