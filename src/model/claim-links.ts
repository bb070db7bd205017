import { Decimal } from 'decimal.js';
import type { Claim } from './claim.js';
import { radiusInWan, signedChange, valueInWan } from './claim.js';
import type { Table } from './table.js';
import { figureOf, quantityOf, type SubjectFigure } from './subjects.js';

/**
 * Read-only views over the claims' links, used both by the narrative rules and by the coverage
 * count (src/parse/claims/coverage.ts), so that “checked” means exactly what the rules compare.
 */

/** A value with its rounding radius (the shape of engine/arithmetic's Term). */
export interface Interval {
  value: Decimal;
  radius: Decimal;
}

export const intervalOf = (claim: Claim): Interval => ({ value: valueInWan(claim), radius: radiusInWan(claim) });

const UNTIED = new Set(['other', 'reason', 'indicator', 'threshold']);

/** The subject is a real quantity of the budget (not a reason, an indicator or unknown words). */
export const isTied = (claim: Claim) => !UNTIED.has(claim.subject);

/** This year's figure, stated as a fact about a subject (not last year's, not a change or share). */
export const isCurrentFigure = (claim: Claim) => (claim.kind === 'amount' || claim.kind === 'count') && claim.basis === undefined && isTied(claim);

/** The table value an amount or count claim states. */
export function tableFigureOf(tables: Table[], claim: Claim): SubjectFigure | undefined {
  if (!isCurrentFigure(claim)) return undefined;
  return figureOf(tables, claim.subject, claim.kind === 'count' ? 'count' : 'money');
}

export interface Composition {
  total: Claim;
  parts: Claim[];
  /** The list may leave items out: the parts may add up to less than the total. */
  partial: boolean;
}

/** `其中` lists of amounts or counts (a one-item list is a subset, so partial). */
export function compositionsOf(claims: Claim[]): Composition[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, Claim[]>();
  for (const part of claims) {
    if (!part.partOf || !part.breakdown || part.kind === 'change') continue;
    const key = `${part.breakdown}|${part.partOf}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  return [...groups.values()].flatMap((parts) => {
    const total = byId.get(parts[0].partOf!);
    if (!total || total.kind === 'change') return [];
    return [{ total, parts, partial: parts.length === 1 || parts.some((p) => p.partial === true) }];
  });
}

export interface ChangeBreakdown {
  total: Claim;
  parts: Claim[];
}

const isDelta = (c: Claim) => c.kind === 'change' && c.unit !== '%';

/**
 * A change broken down into changes: stated (`增加259.70万元，其中：基本支出增加21.86万元…`) or
 * implied (the 三公 total `减少0.15万元` and each of its parts' own `减少…` / `与上年相同`).
 */
export function changeBreakdownsOf(claims: Claim[]): ChangeBreakdown[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const stated = new Map<string, Claim[]>();
  for (const c of claims) if (c.kind === 'change' && c.partOf) stated.set(c.partOf, [...(stated.get(c.partOf) ?? []), c]);
  const out: ChangeBreakdown[] = [...stated.entries()].flatMap(([id, parts]) => {
    const total = byId.get(id);
    return total && isDelta(total) && parts.every(isDelta) ? [{ total, parts }] : [];
  });
  const deltasAbout = (amount: Claim) => claims.filter((c) => isDelta(c) && c.about === amount.id);
  for (const { total, parts, partial } of compositionsOf(claims)) {
    if (partial || total.kind !== 'amount') continue;
    for (const totalChange of deltasAbout(total)) {
      const same = (c: Claim) => c.year === totalChange.year && c.basis === totalChange.basis;
      const partChanges = parts.map((p) => deltasAbout(p).filter(same));
      if (partChanges.every((list) => list.length === 1)) out.push({ total: totalChange, parts: partChanges.map((list) => list[0]) });
    }
  }
  return out;
}

/** One year-on-year statement: this year's value, last year's if stated, the change as an amount and as a percentage. */
export interface ChangeGroup {
  subject: string;
  year: number;
  basis: 'budget' | 'executed' | undefined;
  current?: Claim;
  prior?: Claim;
  delta?: Claim;
  percent?: Claim;
  changes: Claim[];
}

/** Change claims grouped by the amount they qualify (or, without one, by themselves). */
export function changeGroupsOf(claims: Claim[]): ChangeGroup[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, ChangeGroup>();
  for (const c of claims) {
    if (c.kind !== 'change' || !isTied(c)) continue;
    const key = `${c.about ?? c.id}|${c.year}|${c.basis ?? ''}`;
    const group = groups.get(key) ?? { subject: c.subject, year: c.year, basis: c.basis, current: c.about ? byId.get(c.about) : undefined, changes: [] };
    group.changes.push(c);
    if (c.unit === '%') group.percent ??= c;
    else group.delta ??= c;
    if (c.prior) group.prior ??= byId.get(c.prior);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** This year's value of a change group: as stated beside the change, else from the tables. */
export function currentOf(group: ChangeGroup, tables: Table[]): Interval | undefined {
  if (group.current) return intervalOf(group.current);
  const figure = figureOf(tables, group.subject);
  return figure && { value: figure.value, radius: figure.radius };
}

/** Last year's value a group implies: current − signed delta, or current ÷ (1 + signed pct). */
export function impliedPriorOf(group: ChangeGroup, tables: Table[]): Interval | undefined {
  const current = currentOf(group, tables);
  if (!current) return undefined;
  if (group.delta) {
    return { value: current.value.minus(signedChange(group.delta)), radius: current.radius.plus(radiusInWan(group.delta)) };
  }
  if (!group.percent) return undefined;
  const factor = new Decimal(1).plus(signedChange(group.percent).div(100));
  if (factor.lte(0)) return undefined;
  const pctRadius = radiusInWan(group.percent).div(100);
  // Bounds of current / factor over both intervals, centred, so that the interval rule stays exact.
  const lo = current.value.minus(current.radius).div(factor.plus(pctRadius));
  const hiFactor = factor.minus(pctRadius);
  if (hiFactor.lte(0)) return undefined;
  const hi = current.value.plus(current.radius).div(hiFactor);
  return { value: lo.plus(hi).div(2), radius: hi.minus(lo).div(2) };
}

const HUNDRED = new Decimal(100);

/**
 * The interval of a ratio of two rounded figures, in percent: [lo(a)/hi(b), hi(a)/lo(b)] (both
 * non-negative), as a centre and a radius. Rounding the centre for display widens the radius by
 * the rounding, so the verdict stays that of the exact interval rule. Undefined when the
 * denominator's interval reaches zero (a change from nothing has no percentage).
 */
export function ratioInterval(part: Interval, whole: Interval, places = 4): Interval | undefined {
  const wholeLo = whole.value.minus(whole.radius);
  if (wholeLo.lte(0)) return undefined;
  const partLo = Decimal.max(part.value.minus(part.radius), 0);
  const lo = partLo.div(whole.value.plus(whole.radius)).mul(HUNDRED);
  const hi = part.value.plus(part.radius).div(wholeLo).mul(HUNDRED);
  const centre = lo.plus(hi).div(2);
  const shown = centre.toDecimalPlaces(places);
  // Rounded up, so the printed tolerance is short and never narrower than the exact one.
  const radius = hi.minus(lo).div(2).plus(shown.minus(centre).abs()).toDecimalPlaces(places, Decimal.ROUND_UP);
  return { value: shown, radius };
}

export type ChangeComparisonKind = 'percentFromDelta' | 'deltaFromPrior' | 'percentFromPrior';

export interface ChangeComparison {
  kind: ChangeComparisonKind;
  /** What the other numbers of the statement imply for `claim`. */
  expected: Interval;
  claim: Claim;
}

/**
 * The checks one year-on-year statement allows, given which of its numbers are stated: with last
 * year's figure, the change and the rate follow from it; without, the rate follows from the
 * change (prior = current ∓ delta). Words (`持平`) are left to narrative/stated-unchanged.
 */
export function changeComparisonsOf(group: ChangeGroup, current: Interval): ChangeComparison[] {
  const out: ChangeComparison[] = [];
  const delta = group.delta?.wording ? undefined : group.delta;
  const push = (kind: ChangeComparisonKind, expected: Interval | undefined, claim: Claim) => {
    if (expected) out.push({ kind, expected, claim });
  };
  if (group.prior) {
    const prior = intervalOf(group.prior);
    const change: Interval = { value: current.value.minus(prior.value).abs(), radius: current.radius.plus(prior.radius) };
    if (delta) push('deltaFromPrior', change, delta);
    if (group.percent) push('percentFromPrior', ratioInterval(change, prior), group.percent);
  } else if (delta && group.percent) {
    const prior: Interval = { value: current.value.minus(signedChange(delta)), radius: current.radius.plus(radiusInWan(delta)) };
    push('percentFromDelta', ratioInterval(intervalOf(delta), prior), group.percent);
  }
  return out;
}

/** Groups about the same quantity against the same year's figure (收入总计 and 支出总计 are one). */
export function priorPeersOf(groups: ChangeGroup[]): ChangeGroup[][] {
  const byQuantity = new Map<string, ChangeGroup[]>();
  for (const g of groups) {
    const key = `${quantityOf(g.subject)}|${g.year}|${g.basis ?? 'budget'}`;
    byQuantity.set(key, [...(byQuantity.get(key) ?? []), g]);
  }
  return [...byQuantity.values()].filter((list) => list.length > 1);
}

/** A share's numerator (the amount it qualifies) and denominator (the total of its scope). */
export function shareTermsOf(share: Claim, claims: Claim[], tables: Table[]): { part: Interval; whole: Interval; wholeText: string; wholePlace?: SubjectFigure['place'] } | undefined {
  if (share.kind !== 'share' || !share.about || !share.scope) return undefined;
  const part = claims.find((c) => c.id === share.about);
  if (!part) return undefined;
  const owner = part.partOf ? claims.find((c) => c.id === part.partOf) : undefined;
  if (owner && owner.subject === share.scope) return { part: intervalOf(part), whole: intervalOf(owner), wholeText: `${owner.subjectText}${owner.raw}${owner.unit}` };
  const figure = figureOf(tables, share.scope);
  if (!figure) return undefined;
  return { part: intervalOf(part), whole: { value: figure.value, radius: figure.radius }, wholeText: figure.text, wholePlace: figure.place };
}

/** `公开项目绩效目标6个，涉及项目金额…`: what the published performance-target sheets must add up to. */
export const isPublishedTargets = (claim: Claim) => claim.subject === 'projects.published' && (claim.kind === 'count' || claim.kind === 'amount') && claim.basis === undefined;

/**
 * The same subject stated more than once as this year's amount in one paragraph. Parts of lists
 * under different totals (the groups of all projects, then of the published ones) are different
 * statements and are not compared.
 */
export function restatementsOf(claims: Claim[]): Claim[][] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ownerOf = (c: Claim) => (c.partOf ? byId.get(c.partOf)?.subject : undefined);
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== 'amount' || !isCurrentFigure(c) || c.wording) continue;
    const key = `${c.paragraph}|${c.subject}|${c.year}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].flatMap((group) => {
    const owners = [...new Set(group.map(ownerOf).filter((o) => o !== undefined))];
    if (owners.length <= 1) return [group];
    return owners.map((owner) => group.filter((c) => ownerOf(c) === owner || ownerOf(c) === undefined));
  }).filter((list) => list.length > 1);
}
