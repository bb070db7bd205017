import type { FileResult } from '../batch/check-file.js';

export interface Summary {
  files: number;
  checked: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: FileResult[]): Summary {
  const count = (s: string) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  return {
    files: results.length,
    checked: results.filter((r) => r.status === 'checked').length,
    failed: results.filter((r) => r.status === 'failed').length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
}

/** 0 clean, 1 an error-severity finding, 2 a file could not be checked. */
export function exitCodeOf(summary: Summary): number {
  if (summary.failed > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
