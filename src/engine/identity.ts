import { atMost, compare } from './arithmetic.js';
import { displayNumbers, formatExact } from './message.js';
import type { IdentityCheck, ReportArgs } from './rule.js';
import type { Severity } from '../model/finding.js';

/**
 * An identity between figures, compared with the rounding rule (src/engine/arithmetic.ts): nothing
 * when it holds exactly, an `info` when the difference is rounding residue, otherwise a finding at the
 * rule's severity. The finding's fields stay exact; its data holds the numbers rounded for display.
 * Shared by the single-document runner (src/engine/run.ts) and the cross-filing one (src/crossfile/rule.ts).
 */
export function identityFinding<M extends string, C extends IdentityCheck<M>>(
  check: C,
  severity: Severity,
): (Omit<C, 'expected' | 'actual' | 'relation'> & ReportArgs<M>) | undefined {
  const c = check.relation === 'atMost' ? atMost(check.actual, check.expected) : compare(check.expected, check.actual);
  if (c.verdict === 'exact') return undefined;
  const shown = displayNumbers(check.expected, check.actual, c.difference, c.tolerance);
  const { expected: _e, actual: _a, relation: _r, ...place } = check;
  return {
    ...place,
    expected: formatExact(c.expected),
    actual: formatExact(c.actual),
    difference: formatExact(c.difference),
    tolerance: formatExact(c.tolerance),
    data: { ...shown, ...check.data, ...(c.verdict === 'residue' ? { residue: 1 } : {}) },
    severity: c.verdict === 'residue' ? 'info' : severity,
  };
}
