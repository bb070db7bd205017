import type { ClaimKind } from '../model/claim.js';
import { isCountUnit, type NumberToken } from './numbers.js';

/**
 * What the words right before a number make of it, whatever its subject: a share, a change (with
 * its direction, the year and basis it compares with), last year's figure, this year's figure
 * restated (`2026年预算安排…`), a count or an amount.
 */
export interface Role {
  kind: ClaimKind;
  /** The clause's own words, without the list markers and verbs (`基本支出`, `“…”科目`). */
  words: string;
  direction?: 'increase' | 'decrease' | 'unchanged';
  /** The year compared with (changes) or the year of the figure (last year's amounts). */
  year?: number;
  basis?: 'budget' | 'executed';
  /** Last year's figure (`2025年当年预算执行数为…`, `与2025年预算61.83万元相比`). */
  prior?: boolean;
  /** This year's figure restated without naming its subject (`2026年预算安排…`, `预算安排…`). */
  restatement?: boolean;
  /** A share: the words naming its total (`占部门项目支出总额的…`). */
  shareOf?: string;
  /** A share: the words naming what it is a share of, when they stand right before `占` (`基本支出占…`). */
  subjectOfShare?: string;
  note?: 'reason' | 'indicator' | 'threshold';
}

const CHANGE_RE = /(增加|增长|上升|提高|减少|下降|降低|压减|下调|上调|增|减)了?$/;
const DECREASE_RE = /减少|下降|降低|压减|下调|减/;
const SHARE_RE = /占(.*?)的?(?:比重|比例)?为?$/;
const EXECUTED_RE = /执行数?为?$/;
const PRIOR_BUDGET_RE = /^(?:与|较|比)(?:上年|上一年|(\d{4})年度?)(?:预算|预算数)?$/;
const YEAR_FIGURE_RE = /^(\d{4})年度?(?:当年)?(?:预算安排|预算数|预算)?为?$/;
const RESTATE_RE = /^(?:预算安排|安排|预算数|预算)为?$/;
const INDICATOR_RE = /率|达到|覆盖|≥|以上|以内|不低于/;
const LEADING_RE = /^(?:其中|主要包括|包括|主要用于以下方面|主要内容如下|支出包括|含|和|及|为)+/;
/** Clause breaks: what is before them is another clause. */
export const CLAUSE_BREAK_RE = /[，,；;：:。]/;

/** The words after the last clause break before the number, without item numbers and list markers. */
export function clauseOf(lead: string): string {
  return (lead.split(CLAUSE_BREAK_RE).pop() ?? '')
    .replace(/^[\s、]*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?[\s、]*/, '')
    .replace(LEADING_RE, '')
    .trim();
}

/** The year a change or a prior figure compares with, when the words say it. */
export function comparisonYear(text: string, year: number): number | undefined {
  const explicit = [...text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).filter((y) => y < year);
  if (explicit.length > 0) return explicit[explicit.length - 1];
  return /上年|上一年|去年/.test(text) ? year - 1 : undefined;
}

export interface RoleInput {
  token: NumberToken;
  /** Text from the previous number (or the sentence start) to this one. */
  lead: string;
  /** Inside `主要原因是…` (the clause explains, its numbers restate nothing). */
  reason: boolean;
  /** The section is about performance targets (percentages there are indicators). */
  performance: boolean;
  year: number;
  /** Text right after the number, to the next clause break (`（含）以上设备`). */
  after?: string;
}

/** `100万元（含）以上`, `3000.00万元及以下`, `5万元以内`: a bound of a category, not an amount of the budget. */
const BOUND_RE = /^\s*(?:[（(]含[)）])?\s*及?(?:以上|以下|以内)/;

export function roleOf({ token, lead, reason, performance, year, after = '' }: RoleInput): Role {
  const clause = clauseOf(lead);
  const countUnit = isCountUnit(token.unit);
  if (token.wording === 'none') return { kind: 'amount', words: token.phrase ?? '' };
  if (reason) return { kind: token.unit === '%' ? 'share' : countUnit ? 'count' : 'amount', words: clause, note: 'reason' };
  // `单价100万元（含）以上设备…0台（套）`: the price is a bound; the count after it is of the equipment.
  if (!countUnit && token.unit !== '%' && (/单价/.test(clause) || BOUND_RE.test(after))) return { kind: 'amount', words: clause, note: 'threshold' };
  if (token.wording === 'unchanged') return change(clause, lead + token.raw, 'unchanged', year);
  const verb = CHANGE_RE.exec(clause);
  if (verb && !countUnit) return change(clause, lead, DECREASE_RE.test(verb[1]) ? 'decrease' : 'increase', year);
  if (token.unit === '%') {
    const share = SHARE_RE.exec(clause);
    if (share) return { kind: 'share', words: '', shareOf: share[1] || undefined, subjectOfShare: clause.slice(0, share.index).trim() || undefined };
    return { kind: 'share', words: clause, note: INDICATOR_RE.test(clause) || performance ? 'indicator' : undefined };
  }
  if (countUnit) return { kind: 'count', words: clause };
  const executed = EXECUTED_RE.test(clause);
  const priorBudget = PRIOR_BUDGET_RE.test(clause);
  const yearFigure = YEAR_FIGURE_RE.exec(clause);
  const figureYear = yearFigure ? Number(yearFigure[1]) : undefined;
  if (executed || priorBudget || (figureYear !== undefined && figureYear < year)) {
    const words = clause.replace(/^\d{4}年度?(?:当年)?/, '').replace(/(?:预算)?执行数?为?$|预算(?:安排|数)?为?$/, '').replace(PRIOR_BUDGET_RE, '');
    return { kind: 'amount', words, prior: true, year: comparisonYear(clause, year) ?? year - 1, basis: executed ? 'executed' : 'budget' };
  }
  if (figureYear === year || RESTATE_RE.test(clause)) return { kind: 'amount', words: '', restatement: true };
  return { kind: 'amount', words: clause };
}

function change(clause: string, lead: string, direction: Role['direction'], year: number): Role {
  // `其中：基本支出增加21.86万元` names its subject before the verb; `比上年减少…` does not.
  const words = clause.replace(CHANGE_RE, '').replace(/(?:比|较|与|同比).*$/, '');
  return { kind: 'change', words, direction, year: comparisonYear(lead, year), basis: /执行/.test(lead) ? 'executed' : undefined };
}
