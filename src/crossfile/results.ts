import type { FileResult } from '../batch/check-file.js';
import { sortFindings } from '../engine/run.js';
import type { Filing } from './group.js';
import { crossCheck, type CrossCheck } from './index.js';
import type { CrossFilingRule, CrossRunOptions } from './rule.js';

/** The filings of a set of results that carry a figures record (failed files carry none). */
export function filingsOf(results: FileResult[], references: Set<string>): Filing[] {
  return results.flatMap((r) => (r.status === 'checked' && r.figures ? [{ path: r.path, figures: r.figures, reference: references.has(r.path) }] : []));
}

/**
 * Runs the cross-filing rules over the results of a run and returns the results to report: the
 * reference filings left out, each reported file's findings joined with its cross-filing ones.
 */
export function withCrossFiling(
  results: FileResult[],
  references: Set<string>,
  rules: CrossFilingRule[],
  options: CrossRunOptions,
): { results: FileResult[]; cross: CrossCheck } {
  const cross = crossCheck(filingsOf(results, references), rules, options);
  const reported = results
    .filter((r) => !references.has(r.path))
    .map((r) => {
      const extra = cross.findings.get(r.path);
      return extra ? { ...r, findings: sortFindings([...r.findings, ...extra]) } : r;
    });
  return { results: reported, cross };
}
