import type { Finding } from '../model/finding.js';
import { groupFilings, type Filing, type Grouping } from './group.js';
import { runCrossFilingRules, type Coverage, type CrossFilingRule, type CrossRunOptions } from './rule.js';

export interface CrossCheck {
  grouping: Grouping;
  /** Findings by the path of the (reported) filing they belong to. */
  findings: Map<string, Finding[]>;
  coverage: Coverage[];
}

/** Groups the filings of a run and runs the cross-filing rules over their figures records. */
export function crossCheck(filings: Filing[], rules: CrossFilingRule[], options: CrossRunOptions): CrossCheck {
  const grouping = groupFilings(filings);
  return { grouping, ...runCrossFilingRules(grouping, rules, options) };
}
