import { identityFinding } from '../engine/identity.js';
import type { IdentityCheck, Lang, ReportArgs, RuleMeta } from '../engine/rule.js';
import { findingOf, sortFindings } from '../engine/run.js';
import { isDisabled } from '../engine/families.js';
import type { Finding } from '../model/finding.js';
import type { Grouping } from './group.js';

export type CrossFilingTag = 'cross-filing' | 'year-over-year' | 'consolidation';

export interface CrossFilingRuleMeta<M extends string> extends Omit<RuleMeta<M>, 'tags'> {
  tags: CrossFilingTag[];
}

/** Every check names the filing it is reported in; `related` places carry the other filing's path. */
export interface CrossIdentityCheck<M extends string> extends IdentityCheck<M> {
  path: string;
}
export interface CrossReportArgs<M extends string> extends ReportArgs<M> {
  path: string;
}

export interface CrossFilingContext<M extends string> {
  grouping: Grouping;
  checkIdentity(check: CrossIdentityCheck<M>): void;
  report(args: CrossReportArgs<M>): void;
  /** Counts figures compared for a group (keyed by the path of the group's main filing): coverage shown in the report. */
  compared(groupPath: string, count?: number): void;
}

/** How many figures each rule compared, per group. */
export interface Coverage {
  ruleId: string;
  ruleCode: string;
  group: string;
  compared: number;
}

/** A rule over several filings' figures records: same shape as a document rule, same rounding rule. */
export interface CrossFilingRule<M extends string = string> {
  meta: CrossFilingRuleMeta<M>;
  check(ctx: CrossFilingContext<M>): void;
}

export function defineCrossFilingRule<M extends string>(rule: CrossFilingRule<M>): CrossFilingRule<M> {
  return rule;
}

export interface CrossRunOptions {
  lang: Lang;
  disabled?: string[];
}

/**
 * Runs the cross-filing rules and returns their findings by the path of the filing each is
 * reported in. A finding is never reported in a reference filing: it moves to the first related
 * place in a reported filing (the reference place becomes related), or is dropped.
 */
export function runCrossFilingRules(grouping: Grouping, rules: CrossFilingRule[], options: CrossRunOptions): { findings: Map<string, Finding[]>; coverage: Coverage[] } {
  const coverage: Coverage[] = [];
  const references = new Set(grouping.filings.filter((f) => f.reference).map((f) => f.path));
  const byPath = new Map<string, Finding[]>();
  const push = (path: string, finding: Finding) => {
    let target = path;
    let found = finding;
    if (references.has(path)) {
      const reported = finding.related.findIndex((p) => p.path !== undefined && !references.has(p.path));
      if (reported === -1) return;
      const { path: movedTo, ...location } = finding.related[reported];
      target = movedTo!;
      found = { ...finding, location, related: [{ ...finding.location, path }, ...finding.related.filter((_, i) => i !== reported)] };
    }
    byPath.set(target, [...(byPath.get(target) ?? []), found]);
  };
  for (const rule of rules) {
    if (isDisabled(rule, options.disabled)) continue;
    const report = ({ path, ...args }: CrossReportArgs<string>) => push(path, findingOf(rule.meta, args, options.lang));
    const tally = new Map<string, number>();
    rule.check({
      grouping,
      report: (args) => report(args),
      compared: (group, count = 1) => void tally.set(group, (tally.get(group) ?? 0) + count),
      checkIdentity(check) {
        const finding = identityFinding(check, rule.meta.severity);
        if (finding) report(finding);
      },
    });
    for (const [group, compared] of [...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) coverage.push({ ruleId: rule.meta.id, ruleCode: rule.meta.code, group, compared });
  }
  for (const [path, findings] of byPath) byPath.set(path, sortFindings(findings));
  return { findings: new Map([...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), coverage };
}
