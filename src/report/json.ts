import type { FileResult } from '../batch/check-file.js';
import type { Summary } from './summary.js';

export interface ToolInfo {
  name: string;
  version: string;
}

/** The JSON contract: amounts as exact strings, one entry per input file, failures included. */
export function jsonReport(tool: ToolInfo, summary: Summary, results: FileResult[]): string {
  return JSON.stringify(
    {
      tool,
      summary,
      files: results.map((r) => ({
        path: r.path,
        status: r.status,
        ...(r.document
          ? {
              document: {
                department: r.document.department,
                year: r.document.year,
                kind: r.document.kind,
                template: r.document.template,
                pageCount: r.document.pageCount,
                tables: r.document.tables.map((t) => ({ id: t.id, kind: t.kind, title: t.title, page: t.position.page })),
                claims: r.document.claims.length,
                warnings: r.document.warnings,
              },
            }
          : {}),
        findings: r.findings,
        ...(r.error ? { error: r.error } : {}),
      })),
    },
    null,
    2,
  );
}
