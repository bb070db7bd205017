import { Decimal } from 'decimal.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import { atMost, compare } from './arithmetic.js';
import type { IdentityCheck, Lang, ReportArgs, Rule, RuleContext } from './rule.js';
import { appliesTo, fill } from './rule.js';

const RESIDUE_NOTE = {
  zh: '（差额在尾差范围内，±{tolerance}）',
  en: ' (within rounding residue, ±{tolerance})',
};

/** Prints a decimal with at least two places, exactly (no float conversion). */
export function formatAmount(value: Decimal): string {
  return value.decimalPlaces() < 2 ? value.toFixed(2) : value.toFixed();
}

export interface RunOptions {
  lang: Lang;
  /** Rule ids or codes to skip. */
  disabled?: string[];
}

/** Runs every rule over the document and returns its findings in a stable order. */
export function runRules(doc: BudgetDocument, rules: Rule[], options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (options.disabled?.some((d) => d === rule.meta.id || d === rule.meta.code)) continue;
    if (!appliesTo(rule.meta, doc)) continue;
    rule.check(contextFor(rule, doc, options.lang, findings));
  }
  return sortFindings(dedupe(findings));
}

function contextFor(rule: Rule, doc: BudgetDocument, lang: Lang, sink: Finding[]): RuleContext<string> {
  const report = (args: ReportArgs<string>, note = '') => {
    const template = rule.meta.messages[args.messageId];
    sink.push({
      ruleId: rule.meta.id,
      ruleCode: rule.meta.code,
      severity: args.severity ?? rule.meta.severity,
      message: fill(template[lang], args.data) + note,
      expected: args.expected,
      actual: args.actual,
      difference: args.difference,
      tolerance: args.tolerance,
      unit: args.unit,
      location: args.location,
      related: args.related ?? [],
    });
  };
  return {
    doc,
    report: (args) => report(args),
    checkIdentity(check: IdentityCheck<string>) {
      const c = check.relation === 'atMost' ? atMost(check.actual, check.expected) : compare(check.expected, check.actual);
      if (c.verdict === 'exact') return;
      const numbers = {
        expected: formatAmount(c.expected),
        actual: formatAmount(c.actual),
        difference: formatAmount(c.difference),
        tolerance: formatAmount(c.tolerance),
      };
      const severity: Severity = c.verdict === 'residue' ? 'info' : rule.meta.severity;
      const note = c.verdict === 'residue' ? fill(RESIDUE_NOTE[lang], numbers) : '';
      report({ ...check, ...numbers, data: { ...numbers, ...check.data }, severity }, note);
    },
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.message, f.location]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Document order (page, line), then severity, rule and message: the same input always prints the same. */
export function sortFindings(findings: Finding[]): Finding[] {
  const pos = (f: Finding) => [f.location.page ?? 0, f.location.line ?? 0];
  return [...findings].sort((a, b) => {
    const [pa, la] = pos(a);
    const [pb, lb] = pos(b);
    return (
      pa - pb ||
      la - lb ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleCode.localeCompare(b.ruleCode) ||
      a.message.localeCompare(b.message)
    );
  });
}
