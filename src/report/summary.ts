import type { FileResult } from '../batch/check-file.js';
import type { Severity } from '../model/finding.js';

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

/** Errors only (for --quiet): what is not shown is not counted, as in ESLint. */
export function errorsOnly(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
}

export interface RuleCount {
  id: string;
  code: string;
  count: number;
}

/** How often each rule fired at the given severities, most frequent first (ties by code). */
export function ruleCounts(results: FileResult[], severities: Severity[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of results.flatMap((r) => r.findings)) {
    if (!severities.includes(f.severity)) continue;
    const entry = counts.get(f.ruleId) ?? { id: f.ruleId, code: f.ruleCode, count: 0 };
    entry.count++;
    counts.set(f.ruleId, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** 0 clean, 1 an error-severity finding, 2 a file could not be checked. */
export function exitCodeOf(summary: Summary): number {
  if (summary.failed > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
