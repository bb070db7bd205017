import { familyOf, type BudgetDocument, type DocumentFamily } from '../model/document.js';
import type { Data, Figure, Finding, Place, Severity } from '../model/finding.js';
import { renderMessage } from './message.js';
import type { Term } from './arithmetic.js';

export type Lang = 'zh' | 'en';
export type Tag = 'table' | 'cross-table' | 'completeness' | 'consistency' | 'narrative' | 'wording';

export interface Message {
  zh: string;
  en: string;
}

export interface RuleMeta<M extends string> {
  /** Stable id, `area/rule-name`. */
  id: string;
  /** Stable short code, `BL001`. */
  code: string;
  tags: Tag[];
  /** Severity of a real violation; rounding residue is always `info`. */
  severity: Severity;
  description: Message;
  /** Templates with `{placeholders}` filled from a finding's data. */
  messages: Record<M, Message>;
  /**
   * The documents the rule was verified on: budgets (the default) and/or final accounts (决算). A rule
   * runs only on its families, so a budget identity never misfires on a 决算 (fail closed).
   */
  documents?: DocumentFamily[];
}

export function appliesTo(meta: RuleMeta<string>, doc: BudgetDocument): boolean {
  return (meta.documents ?? ['budget']).includes(familyOf(doc.kind));
}

export type { Data };

export interface IdentityCheck<M extends string> {
  messageId: M;
  data: Data;
  /** What the other figures imply. */
  expected: Term;
  /** What is printed. */
  actual: Term;
  unit?: Finding['unit'];
  location: Place;
  related?: Place[];
  /** The figure the finding is about when it is not the one at `location` (see src/engine/merge.ts). */
  figure?: Figure;
  /** `atMost`: actual may be below expected (e.g. 表11 机关运行经费 ≤ 表6 公用经费). */
  relation?: 'equal' | 'atMost';
}

export interface ReportArgs<M extends string> {
  messageId: M;
  data: Data;
  severity?: Severity;
  location: Place;
  related?: Place[];
  /** The figure the finding is about when it is not the one at `location` (see src/engine/merge.ts). */
  figure?: Figure;
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  unit?: Finding['unit'];
}

export interface RuleContext<M extends string> {
  doc: BudgetDocument;
  /** Compares, and reports a mismatch at the rule's severity or a residue (尾差) as info. */
  checkIdentity(check: IdentityCheck<M>): void;
  report(args: ReportArgs<M>): void;
  /**
   * The narrative claims (by id) this rule compared with a table value or another claim, whatever
   * the verdict: what no rule examined is listed as unchecked (narrative/unchecked-claim, run last).
   */
  examine(...claimIds: (string | undefined)[]): void;
  /** The claims examined by the rules run so far. */
  readonly examined: ReadonlySet<string>;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** Typed rule helper: a message id that the rule does not declare is a compile error. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills a template with a finding's data (see renderMessage for the English rules). */
export function fill(template: string, data: Data, lang: Lang = 'zh'): string {
  return renderMessage(template, data, lang);
}
