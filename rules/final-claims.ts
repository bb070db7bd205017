import { Decimal } from 'decimal.js';
import { compare, type Term } from '../src/engine/arithmetic.js';
import type { Claim } from '../src/model/claim.js';
import type { Place } from '../src/model/finding.js';
import type { Table } from '../src/model/table.js';
import { finalFigureOf } from '../src/narrative/final/figures.js';
import { intervalOf } from '../src/narrative/links.js';
import type { FinalSubjectKey } from '../src/narrative/subjects.js';
import { claimPlace, term } from './claims.js';

/** Helpers of the 决算 narrative rules (rules/final/narrative-*.ts): a claim as a term, its table figure. */

/** A claim tied to a subject for certain, and not a number quoted in a reason. */
export const isTiedFinal = (c: Claim): c is Claim & { subject: FinalSubjectKey } => c.subject?.startsWith('final.') === true && !c.note && !c.unresolved;

export const termOf = (c: Claim): Term => term(intervalOf(c));

export const byId = (claims: Claim[], id: string | undefined) => (id ? claims.find((c) => c.id === id) : undefined);

/** The 决算数 a claim stands for: the stated one it qualifies, else the table's. */
export function actualOf(claims: Claim[], claim: Claim, tables: Table[]): { term: Term; place: Place; text: string; claim?: Claim } | undefined {
  const about = byId(claims, claim.about);
  if (about) return { term: termOf(about), place: claimPlace(about), text: `${about.raw}${about.unit}`, claim: about };
  if (!claim.subject?.startsWith('final.')) return undefined;
  const figure = finalFigureOf(tables, claim.subject as FinalSubjectKey);
  return figure && { term: figure.term, place: figure.place, text: figure.text };
}

/** The 预算数 a completion rate or comparison is measured against: stated in its sentence or item, else the 三公 table's 预算数. */
export function budgetOf(claims: Claim[], claim: Claim, tables: Table[]): { term: Term; place: Place; text: string; basis: NonNullable<Claim['budget']>; claim?: Claim } | undefined {
  const stated = byId(claims, claim.prior);
  if (stated) return { term: termOf(stated), place: claimPlace(stated), text: `${stated.raw}${stated.unit}`, basis: stated.budget ?? 'unstated', claim: stated };
  // The 三公 table's 预算数 is the 年初预算: a rate against the 全年预算 is not compared with it.
  if (!claim.subject?.startsWith('final.threePublic.') || claim.budget === 'adjusted') return undefined;
  const figure = finalFigureOf(tables, claim.subject as FinalSubjectKey, true);
  return figure && { term: figure.term, place: figure.place, text: figure.text, basis: 'initial' };
}

export const BASIS_WORDS: Record<NonNullable<Claim['budget']>, string> = { initial: '年初预算', adjusted: '全年预算', unstated: '预算数' };

/**
 * A percentage of two rounded figures as a term: the point ratio a ÷ b (what an author computes and
 * rounds), with a radius covering the whole interval [lo(a)/hi(b), hi(a)/lo(b)]. Undefined when the
 * denominator's interval reaches zero (0 ÷ 0, a change from nothing): unverifiable.
 */
export function percentTerm(part: Term, whole: Term): Term | undefined {
  const wholeLo = whole.value.minus(whole.radius);
  if (wholeLo.lte(0) || whole.value.lte(0)) return undefined;
  const hundred = new Decimal(100);
  const value = part.value.div(whole.value).mul(hundred);
  const lo = Decimal.max(part.value.minus(part.radius), 0).div(whole.value.plus(whole.radius)).mul(hundred);
  const hi = part.value.plus(part.radius).div(wholeLo).mul(hundred);
  const shown = value.toDecimalPlaces(4);
  const radius = Decimal.max(hi.minus(shown), shown.minus(lo)).toDecimalPlaces(4, Decimal.ROUND_UP);
  return { value: shown, radius };
}

/** A stated percentage that misses the interval but is the figure cut (not rounded) to its decimals. */
export function isTruncation(expected: Term, claim: Claim): boolean {
  return compare(expected, termOf(claim)).verdict === 'mismatch' && expected.value.toDecimalPlaces(claim.decimals, Decimal.ROUND_DOWN).eq(claim.value);
}
