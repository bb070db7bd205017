import { Decimal } from 'decimal.js';
import type { Claim } from '../../model/claim.js';
import type { NumberToken } from '../numbers.js';

/**
 * The sentence forms of a 决算 情况说明 (FINAL_ACCOUNTS.md, “Narrative sentence forms”; NARRATIVE.md for
 * the shared ones), as the words right before a number: what they make of it, whatever its subject.
 *
 * | form        | words before the number                                   | reads as                           |
 * |-------------|-----------------------------------------------------------|------------------------------------|
 * | budget      | `年初预算为` `全年预算为` `调整预算数为` `预算数为`              | the 预算数 (年初 / 全年 / unstated)   |
 * | actual      | `支出决算为` `决算为` `决算数为` `支出决算`                     | the 决算数                          |
 * | completion  | `完成年初预算的` `完成全年预算数的` `完成预算的`                 | 决算数 ÷ 预算数, basis as said        |
 * | share       | `占本年支出合计的` `占`                                      | part ÷ the named (or the list's) total |
 * | change      | `比2023年度减少` `增加` `增长` `下降` (`与…持平` in words)       | year-on-year change                 |
 * | comparison  | `决算数大于/小于/同…持平/等于预算数` (words, no number)          | the sign of 决算数 − 预算数           |
 * | none        | `无政府性基金预算财政拨款收入和支出` (words)                      | zero                                |
 */

export type Basis = NonNullable<Claim['budget']>;

export type FormKind = 'budget' | 'actual' | 'completion' | 'share' | 'change' | 'amount' | 'count' | 'unknownPercent';

export interface Form {
  kind: FormKind;
  /** The words naming the subject, the form's own words removed (`因公出国（境）费`). */
  words: string;
  basis?: Basis;
  direction?: Claim['direction'];
  /** A share: the words naming its whole (`本年支出合计`). */
  shareOf?: string;
  /** A change's direction word is a template pair left in (`下降（增长）`): the direction is not stated. */
  bracketed?: boolean;
}

const basisOf = (words: string | undefined): Basis => (!words ? 'unstated' : /年初/.test(words) ? 'initial' : 'adjusted');

const COMPLETION_RE = /完成(年初|全年|调整后?)?预算数?的?$/;
const SHARE_RE = /占(.*?)的?(?:比重|比例)?为?$/;
const CHANGE_RE = /(增加|增长|上升|提高|减少|下降|降低)(?:了)?(（[^）]*）|\([^)]*\))?$/;
const DECREASE_RE = /减少|下降|降低/;
const BUDGET_RE = /(年初|全年|调整后?)?预算数?(?:金额)?(?:为|是)?$/;
const ACTUAL_RE = /(?:支出)?决算数?(?:为|是)?$/;

/** What the clause before a number makes of it. */
export function formOf(clause: string, token: NumberToken, counted: boolean): Form {
  const text = clause.replace(/\s/g, '');
  if (counted) return { kind: 'count', words: text };
  if (token.unit === '%') {
    const completion = COMPLETION_RE.exec(text);
    if (completion) return { kind: 'completion', words: text.slice(0, completion.index), basis: basisOf(completion[1]) };
    const share = SHARE_RE.exec(text);
    if (share) return { kind: 'share', words: text.slice(0, share.index), shareOf: share[1] || undefined };
    const change = CHANGE_RE.exec(text);
    if (change) return changeForm(text, change);
    return { kind: 'unknownPercent', words: text };
  }
  const change = CHANGE_RE.exec(text);
  if (change) return changeForm(text, change);
  const budget = BUDGET_RE.exec(text);
  // `项目预算金额225.10万元` (procurement reserved for small firms) is not a 预算数 of the accounts.
  if (budget && !/采购/.test(text)) return { kind: 'budget', words: text.slice(0, budget.index), basis: basisOf(budget[1]) };
  const actual = ACTUAL_RE.exec(text);
  if (actual && actual[0].length > 1) return { kind: 'actual', words: text.slice(0, actual.index) };
  return { kind: 'amount', words: text.replace(/(?:为|是|达到?)$/, '') };
}

function changeForm(text: string, m: RegExpExecArray): Form {
  // `下降（增长）`, `增加（减少）`: the template's pair of words, one of them to be deleted.
  const bracketed = m[2] !== undefined && /增|减|降|升/.test(m[2]);
  const words = text.slice(0, m.index).replace(/(?:与|较|比|同比).*$/, '').replace(/决算数?$/, '');
  return { kind: 'change', words, direction: bracketed ? undefined : DECREASE_RE.test(m[1]) ? 'decrease' : 'increase', bracketed };
}

/** Words the reader adds as numbers: counts in 批次, 无…收入和支出, 决算数小于预算数. */
export interface WordToken extends NumberToken {
  form?: 'comparison';
  direction?: Claim['direction'];
}

const ZERO = new Decimal(0);
const BATCH_RE = /(\d+)\s*批次/g;
const NONE_RE = /无((?:政府性基金|国有资本经营)预算财政拨款)收入和?支出/g;
/** `决算数小于预算数`, `决算数同预算数持平`, `决算数与预算数一致`, `支出决算数大于预算数`. */
const COMPARISON_RE = /决算数?(?:(大于|高于|超过|多于)|(小于|低于|少于)|(?:同|与|和|等于)(?:年初|全年)?预算数?(?:持平|相同|一致|相等)?|等于)(?:(?:年初|全年)?预算数?)?/g;

export function wordTokens(sentence: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of sentence.matchAll(BATCH_RE)) tokens.push({ start: m.index, end: m.index + m[0].length, value: new Decimal(m[1]), raw: m[1], decimals: 0, unit: '个' });
  for (const m of sentence.matchAll(NONE_RE)) tokens.push({ start: m.index, end: m.index + m[0].length, value: ZERO, raw: m[0], decimals: 0, unit: '万元', wording: 'none', phrase: m[1] });
  for (const m of sentence.matchAll(COMPARISON_RE)) {
    if (!/预算/.test(m[0])) continue;
    const direction = m[1] ? 'increase' : m[2] ? 'decrease' : 'unchanged';
    tokens.push({ start: m.index, end: m.index + m[0].length, value: ZERO, raw: m[0], decimals: 0, unit: '万元', form: 'comparison', direction, ...(direction === 'unchanged' ? { wording: 'unchanged' as const } : {}) });
  }
  return tokens;
}
