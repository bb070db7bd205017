import { Decimal } from 'decimal.js';
import type { ClaimUnit } from '../model/claim.js';

/** A number the narrative states (or the words that stand for one), with its place in the sentence. */
export interface NumberToken {
  start: number;
  end: number;
  value: Decimal;
  /** As printed: `2,399.21`, or the words `无`, `持平`. */
  raw: string;
  decimals: number;
  unit: ClaimUnit;
  wording?: 'none' | 'unchanged';
  /** For `无…预算`: the words naming what there is none of. */
  phrase?: string;
}

// Thousands separators (`2,399.21`, `2, 399.21` where a PDF line broke after the comma, `2 180`
// with a space), stray spaces before the unit (`77.70 %`), full-width `％` and `，`-free digits.
// `（01项）` is a level mark with a code, never a count: a digit run right after `（`/`(` followed by
// 类/款/项 and `）` is excluded by the look-ahead.
const NUMBER_RE = /(?<![\d.,A-Za-z])(\d{1,3}(?:(?:, ?| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|%|％|个|辆|台（套）|台\(套\)|台|家|人次|人|名|项(?![）)])|平方米)/g;

/** `持平`, `与上年预算数相同`, `与2024年预算一致`, `保持不变`: a change of zero stated in words. */
const UNCHANGED_RE = /持平|(?:与|和|同)(?:上年|上一年|去年|\d{4}年)[^，,。；;]{0,10}?(?:相同|一致)|保持不变|无变化/g;

/** `本单位无“三公”经费预算`, `我部门无专项资金预算`: an amount of zero stated in words. */
const NONE_RE = /(?:本|我)(?:单位|部门)(?:\d{4}年度?)?无([^，,。；;]{1,20}?)(?:预算|安排|支出)/g;

const UNITS: Record<string, ClaimUnit> = { '％': '%', '台（套）': '台', '台(套)': '台', 人次: '人' };

function decimalsOf(digits: string): number {
  const dot = digits.indexOf('.');
  return dot === -1 ? 0 : digits.length - dot - 1;
}

/** Every number with a unit, and every zero or no-change stated in words, in sentence order. */
export function scanNumbers(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(NUMBER_RE)) {
    const digits = m[1].replace(/[,\s]/g, '');
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      value: new Decimal(digits),
      raw: m[1].replace(/\s/g, ''),
      decimals: decimalsOf(digits),
      unit: UNITS[m[2]] ?? (m[2] as ClaimUnit),
    });
  }
  for (const m of sentence.matchAll(UNCHANGED_RE)) {
    if (tokens.some((t) => m.index < t.end && t.start < m.index + m[0].length)) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, value: new Decimal(0), raw: m[0], decimals: 0, unit: '万元', wording: 'unchanged' });
  }
  for (const m of sentence.matchAll(NONE_RE)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, value: new Decimal(0), raw: m[0], decimals: 0, unit: '万元', wording: 'none', phrase: m[1] });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** A unit that counts things rather than money or a percentage. */
export const isCountUnit = (unit: ClaimUnit) => unit !== '亿元' && unit !== '万元' && unit !== '元' && unit !== '%';
