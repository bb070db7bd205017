import type { Claim, ClaimKind } from '../../model/claim.js';
import type { Table } from '../../model/table.js';
import { isCountUnit, type NumberToken } from '../../narrative/numbers.js';
import { itemCodeOf, itemPathOf } from './items.js';
import { subjectOf } from './vocabulary.js';

export interface RoleEnv {
  year: number;
  tables: Table[];
  /** Domain of the total the sentence is about (`income`, `fiscal`, …). */
  domain: string | undefined;
  /** Inside `主要原因是…`: numbers there explain, they do not restate the tables. */
  reason: boolean;
  /** The last amount that named its own subject (what `2025年预算安排…` restates). */
  lastNamed?: Claim;
  /** A count stated just before in the same clause run (`项目6个，共计金额…`). */
  lastCount?: Claim;
}

/** What the words before a number make of it. */
export interface Role {
  kind: ClaimKind;
  subject: string;
  subjectText: string;
  year?: number;
  basis?: 'budget' | 'executed';
  direction?: 'increase' | 'decrease' | 'unchanged';
  /** A share: the total the sentence names (`占部门项目支出总额的…`). */
  scope?: string;
  /** The subject comes from the claim's own words. */
  named: boolean;
  /** `2025年预算安排2.63万元` after the item was named: the same figure again. */
  restatement?: boolean;
  /** Last year's figure (`2024年预算执行数为…`, `与2025年预算61.83万元相比`). */
  prior?: boolean;
}

const CHANGE_RE = /(增加|增长|上升|提高|减少|下降|降低|压减|下调|上调|增|减)了?$/;
const DECREASE_RE = /减少|下降|降低|压减|下调|减/;
const SHARE_RE = /占(.*?)的?(?:比重|比例)?为?$/;
const EXECUTED_RE = /执行数?为?$/;
const PRIOR_BUDGET_RE = /^(?:与|较|比)(?:上年|上一年|(\d{4})年度?)(?:预算|预算数)?$/;
const YEAR_ONLY_RE = /^(\d{4})年度?(?:当年)?(?:预算安排|预算数|预算)?为?$/;
const RESTATE_RE = /^(?:预算安排|安排|预算数|预算)为?$/;
const INDICATOR_RE = /率|达到|覆盖|≥|以上|以内|不低于/;
const LEADING_RE = /^(?:其中|主要包括|包括|主要用于以下方面|主要内容如下|支出包括|含|和|及|为)+/;

/** The words after the last separator before the number. */
function clauseOf(lead: string): string {
  return (lead.split(/[，,；;：:。]/).pop() ?? '')
    .replace(/^[\s、]*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])?[\s、]*/, '')
    .replace(LEADING_RE, '')
    .trim();
}

/** The subject's words for a message: without the year in front or a trailing `为`. */
const tidy = (words: string) => words.replace(/^\d{4}年度?/, '').replace(/[为是]$/, '');

function comparisonYear(text: string, year: number): number | undefined {
  const explicit = [...text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).filter((y) => y < year);
  if (explicit.length > 0) return explicit[explicit.length - 1];
  return /上年|上一年|去年/.test(text) ? year - 1 : undefined;
}

function money(env: RoleEnv, clause: string, lead: string): Role {
  const item = itemPathOf(lead);
  if (item) {
    const code = itemCodeOf(item, env.tables);
    return { kind: 'amount', subject: `fiscalExpenditure.item:${code ?? item.join('-')}`, subjectText: item.join('-'), named: true };
  }
  const prior = EXECUTED_RE.test(clause) ? 'executed' : PRIOR_BUDGET_RE.test(clause) ? 'budget' : undefined;
  const yearOnly = YEAR_ONLY_RE.exec(clause);
  if (env.lastNamed && (prior || (yearOnly && Number(yearOnly[1]) < env.year))) {
    const year = comparisonYear(clause, env.year) ?? env.year - 1;
    return { kind: 'amount', subject: env.lastNamed.subject, subjectText: env.lastNamed.subjectText, year, basis: prior ?? 'budget', named: false, prior: true };
  }
  const subject = subjectOf(clause, env.domain);
  if (subject) return { kind: 'amount', subject, subjectText: tidy(clause), named: true };
  if (env.lastCount && /金额|资金|涉及|共计/.test(clause)) {
    return { kind: 'amount', subject: env.lastCount.subject, subjectText: env.lastCount.subjectText, named: false };
  }
  if (env.lastNamed && (yearOnly || RESTATE_RE.test(clause))) {
    return { kind: 'amount', subject: env.lastNamed.subject, subjectText: env.lastNamed.subjectText, named: false, restatement: true };
  }
  return { kind: 'amount', subject: 'other', subjectText: clause, named: false };
}

function change(env: RoleEnv, clause: string, lead: string, direction: Role['direction']): Role {
  // `其中：基本支出增加21.86万元` names its subject before the verb; `比上年减少…` does not.
  const before = clause.replace(CHANGE_RE, '').replace(/(?:比|较|与|同比).*$/, '');
  const subject = before ? subjectOf(before, env.domain) : undefined;
  return {
    kind: 'change',
    subject: subject ?? 'other',
    subjectText: subject ? tidy(before) : '',
    year: comparisonYear(lead, env.year),
    basis: /执行/.test(lead) ? 'executed' : undefined,
    direction,
    named: subject !== undefined,
  };
}

function count(env: RoleEnv, clause: string, trailing: string): Role {
  const after = trailing.split(/[，,；;：:。]/)[0] ?? '';
  // The thing counted is named before the number (`二级项目6个`) or after it (`4个项目资金…`, `1个单位…编报了`).
  const countable = (s: string | undefined) => (s && /^(projects|carryoverProjects|units|assets)\./.test(s) ? s : undefined);
  const subject =
    countable(subjectOf(`${clause}个${after}`, env.domain)) ??
    countable(subjectOf(clause, env.domain)) ??
    countable(subjectOf(after, env.domain)) ??
    (/单位|机关/.test(clause + after) ? 'units.all' : undefined);
  return { kind: 'count', subject: subject ?? 'other', subjectText: tidy([clause, after].filter(Boolean).join('…')), named: subject !== undefined };
}

/** Classifies a number by the words around it: share, change, prior-year figure, amount or count. */
export function roleOf(token: NumberToken, at: { lead: string; trailing?: string; section?: string }, env: RoleEnv): Role {
  const clause = clauseOf(at.lead);
  if (token.wording === 'none') {
    const subject = subjectOf(token.phrase ?? '', env.domain);
    return { kind: 'amount', subject: subject ?? 'other', subjectText: token.phrase ?? '', named: subject !== undefined };
  }
  if (env.reason) {
    const kind: ClaimKind = token.unit === '%' ? 'share' : isCountUnit(token.unit) ? 'count' : 'amount';
    return { kind, subject: 'reason', subjectText: clause, named: false };
  }
  if (token.wording === 'unchanged') return change(env, clause, at.lead + token.raw, 'unchanged');
  const verb = CHANGE_RE.exec(clause);
  if (verb && !isCountUnit(token.unit)) return change(env, clause, at.lead, DECREASE_RE.test(verb[1]) ? 'decrease' : 'increase');
  if (token.unit === '%') {
    const share = SHARE_RE.exec(clause);
    if (share) {
      const scope = share[1] ? subjectOf(share[1], env.domain) : undefined;
      return { kind: 'share', subject: 'other', subjectText: '', scope, named: false };
    }
    const indicator = INDICATOR_RE.test(clause) || /绩效/.test(at.section ?? '');
    return { kind: 'share', subject: indicator ? 'indicator' : 'other', subjectText: clause, named: false };
  }
  if (isCountUnit(token.unit)) return count(env, clause, at.trailing ?? '');
  return money(env, clause, at.lead);
}
