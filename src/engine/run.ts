import { Decimal } from 'decimal.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import { identityFinding } from './identity.js';
import { mergeFindings, type Ranked } from './merge.js';
import { formatExact, renderMessage } from './message.js';
import type { IdentityCheck, Lang, ReportArgs, Rule, RuleContext, RuleMeta } from './rule.js';
import { appliesTo } from './rule.js';
import { isDisabled } from './families.js';

/** Appended to a message whose difference is rounding residue; kept apart from the rule's data. */
const RESIDUE_NOTE = {
  zh: '（差额在尾差范围内，±{tolerance}）',
  en: ' (within rounding residue, ±{tolerance})',
};

/** Prints a decimal with at least two places, exactly (no float conversion). */
export function formatAmount(value: Decimal): string {
  return formatExact(value);
}

export interface RunOptions {
  lang: Lang;
  /** Rule ids, codes or family names to skip. */
  disabled?: string[];
  /** Receives the ids of the narrative claims the rules examined (for the coverage count). */
  examined?: Set<string>;
}

/**
 * Runs every rule over the document and returns its findings: one per mistake (src/engine/merge.ts),
 * in a stable order.
 */
export function runRules(doc: BudgetDocument, rules: Rule[], options: RunOptions): Finding[] {
  const ranked: Ranked[] = [];
  const examined = options.examined ?? new Set<string>();
  rules.forEach((rule, ruleIndex) => {
    if (isDisabled(rule, options.disabled)) return;
    if (!appliesTo(rule.meta, doc)) return;
    const sink: Finding[] = [];
    rule.check(contextFor(rule, doc, options.lang, sink, examined));
    for (const finding of sink) ranked.push({ finding, ruleIndex });
  });
  const unique = dedupe(ranked);
  const rank = new Map(sortFindings(unique.map((r) => r.finding)).map((finding, i) => [finding, i]));
  unique.sort((a, b) => rank.get(a.finding)! - rank.get(b.finding)!);
  return sortFindings(mergeFindings(unique));
}

/** What a finding needs of its rule: the ids, the default severity and the messages. */
type FindingMeta = Pick<RuleMeta<string>, 'id' | 'code' | 'severity' | 'messages'>;

/** The finding a rule reports (a table rule here, a cross-filing rule in src/crossfile), its message in `lang`. */
export function findingOf(meta: FindingMeta, args: ReportArgs<string>, lang: Lang): Finding {
  const finding: Finding = {
    ruleId: meta.id,
    ruleCode: meta.code,
    severity: args.severity ?? meta.severity,
    message: '',
    messageId: args.messageId,
    data: args.data,
    expected: args.expected,
    actual: args.actual,
    difference: args.difference,
    tolerance: args.tolerance,
    unit: args.unit,
    location: args.location,
    ...(args.figure ? { figure: args.figure } : {}),
    related: args.related ?? [],
  };
  finding.message = messageOf({ meta }, finding, lang);
  return finding;
}

/** A finding's message in a language, from its message id and data (the run's language is in `message`). */
export function messageOf(rule: { meta: Pick<RuleMeta<string>, 'messages'> }, finding: Pick<Finding, 'messageId' | 'data' | 'severity' | 'tolerance'>, lang: Lang): string {
  const template = rule.meta.messages[finding.messageId];
  if (!template) return '';
  const residue = finding.severity === 'info' && finding.data.residue === 1;
  return renderMessage(template[lang], finding.data, lang) + (residue ? renderMessage(RESIDUE_NOTE[lang], finding.data, lang) : '');
}

function contextFor(rule: Rule, doc: BudgetDocument, lang: Lang, sink: Finding[], examined: Set<string>): RuleContext<string> {
  const report = (args: ReportArgs<string>) => sink.push(findingOf(rule.meta, args, lang));
  return {
    doc,
    report,
    examined,
    examine: (...ids) => ids.forEach((id) => id && examined.add(id)),
    checkIdentity(check: IdentityCheck<string>) {
      const finding = identityFinding(check, rule.meta.severity);
      if (finding) report(finding);
    },
  };
}

function dedupe(ranked: Ranked[]): Ranked[] {
  const seen = new Set<string>();
  return ranked.filter(({ finding: f }) => {
    // The same number twice in one sentence is two claims but one thing to say: figures are left out.
    const { figure: _figure, ...place } = f.location;
    const key = JSON.stringify([f.ruleId, f.message, place]);
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
