import { Decimal } from 'decimal.js';
import type { Claim } from '../model/claim.js';
import { inClaimUnit, radiusInWan, signedChange, valueInWan } from '../model/claim.js';
import type { Table } from '../model/table.js';
import type { SubjectFigure } from './figures.js';
import { figureOf, quantityOf, withinOf, type SubjectKey } from './subjects.js';

/**
 * Read-only views over the claims' links (lists, changes, shares), for the narrative rules. They
 * group claims only within a scope: the same sentence, the same numbered item, or — for the
 * document's totals stated outside any item — the narrative as a whole.
 */

/** A value with its rounding radius (the shape of engine/arithmetic's Term). */
export interface Interval {
  value: Decimal;
  radius: Decimal;
}

export const intervalOf = (claim: Claim): Interval => ({ value: valueInWan(claim), radius: radiusInWan(claim) });

/** The subject is a quantity of the budget resolved for certain (not a reason, an indicator or uncertain words). */
export const isTied = (claim: Claim): claim is Claim & { subject: SubjectKey } => claim.subject !== undefined && !claim.note && !claim.unresolved;

/** This year's figure, stated as a fact about a subject (not last year's, not a change or share). */
export const isCurrentFigure = (claim: Claim) => (claim.kind === 'amount' || claim.kind === 'count') && claim.basis === undefined && isTied(claim);

/** The table value an amount or count claim states. */
export function tableFigureOf(tables: Table[], claim: Claim): SubjectFigure | undefined {
  if (!isCurrentFigure(claim) || !isTied(claim)) return undefined;
  return figureOf(tables, claim.subject, claim.kind === 'count' ? 'count' : 'money');
}

export interface Composition {
  total: Claim;
  parts: Claim[];
  /** The list may leave items out: the parts may add up to less than the total. */
  partial: boolean;
  /** Not a list: a part stated in a sentence of its own, bounded by a total stated before it (`within`). */
  bound?: boolean;
}

/**
 * `其中` lists of amounts or counts (a one-item list is a subset, so partial), and the declared
 * bounds between sentences of one section (`政府采购预算38.20万元…。面向中小企业预留…34.00万元`: a part
 * stated on its own, at most its total — the nearest statement of that total before it).
 */
export function compositionsOf(claims: Claim[]): Composition[] {
  return [...listsOf(claims), ...boundsOf(claims)];
}

function boundsOf(claims: Claim[]): Composition[] {
  return claims.flatMap((part, i) => {
    const total = isTied(part) && isCurrentFigure(part) && part.kind === 'amount' && !part.partOf && !part.wording && part.item === undefined ? withinOf(part.subject) : undefined;
    if (!total) return [];
    // The nearest statement of the total before the part (a walk back, not a reversed copy per part).
    for (let j = i - 1; j >= 0; j--) {
      const c = claims[j];
      if (c.subject === total && c.kind === 'amount' && isCurrentFigure(c) && !c.wording && c.sectionIndex === part.sectionIndex && c.item === undefined) {
        return [{ total: c, parts: [part], partial: true, bound: true }];
      }
    }
    return [];
  });
}

function listsOf(claims: Claim[]): Composition[] {
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
    // One part stated in the sentence is not a breakdown (002 goes on in the next sentence: `。项目支出增加…`).
    return total && isDelta(total) && parts.length >= 2 && parts.every(isDelta) ? [{ total, parts }] : [];
  });
  // The changes stated about each amount, in the claims' order (looked up per part, not filtered per part).
  const deltasById = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!isDelta(c) || c.about === undefined) continue;
    const list = deltasById.get(c.about);
    if (list) list.push(c);
    else deltasById.set(c.about, [c]);
  }
  const deltasAbout = (amount: Claim) => deltasById.get(amount.id) ?? [];
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
  /** Undefined when the subject is not certain: the statement is then checked only on its own numbers. */
  subject?: SubjectKey;
  year: number;
  basis: 'budget' | 'executed' | undefined;
  current?: Claim;
  prior?: Claim;
  delta?: Claim;
  percent?: Claim;
  changes: Claim[];
}

/**
 * Change claims grouped by the amount they qualify (or, without one, by themselves). A statement
 * that carries its own prior, current and change (`2025年…执行数为A万元，2026年预算安排B万元，比2025年
 * 预算执行数增加P%`) is a group even when its subject is not certain.
 */
export function changeGroupsOf(claims: Claim[]): ChangeGroup[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = new Map<string, ChangeGroup>();
  for (const c of claims) {
    if (c.kind !== 'change' || c.note) continue;
    if (!isTied(c) && !(c.about && c.prior)) continue;
    const key = `${c.about ?? c.id}|${c.year}|${c.basis ?? ''}`;
    const group: ChangeGroup = groups.get(key) ?? { subject: isTied(c) ? c.subject : undefined, year: c.year, basis: c.basis, current: c.about ? byId.get(c.about) : undefined, changes: [] };
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
  if (!group.subject) return undefined;
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

/**
 * Groups about the same quantity against the same year's figure (收入总计 and 支出总计 are one), in
 * the same scope: the same numbered item, or both outside any item (the document's totals).
 */
export function priorPeersOf(groups: ChangeGroup[]): ChangeGroup[][] {
  const byQuantity = new Map<string, ChangeGroup[]>();
  for (const g of groups) {
    if (!g.subject) continue;
    const scope = g.changes[0].item ?? 'document';
    const key = `${quantityOf(g.subject)}|${g.year}|${g.basis ?? 'budget'}|${scope}`;
    byQuantity.set(key, [...(byQuantity.get(key) ?? []), g]);
  }
  return [...byQuantity.values()].filter((list) => list.length > 1);
}

/** A share's numerator (the amount it qualifies) and denominator (the total of its scope). */
export function shareTermsOf(share: Claim, claims: Claim[], tables: Table[]): { part: Interval; whole: Interval; wholeText: string; wholePlace?: SubjectFigure['place'] } | undefined {
  if (share.kind !== 'share' || !share.about || !share.scope || share.unresolved || share.note) return undefined;
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
 * The same subject stated more than once as this year's amount in one scope (one numbered item,
 * or one sentence outside items). Parts of lists under different totals (the groups of all
 * projects, then of the published ones) are different statements and are not compared.
 */
export function restatementsOf(claims: Claim[]): Claim[][] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ownerOf = (c: Claim): string | undefined => (c.partOf ? byId.get(c.partOf)?.subject : undefined);
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== 'amount' || !isCurrentFigure(c) || c.wording) continue;
    // A project by its name is one figure of the year wherever the document states it.
    const scope = c.subject?.startsWith('projects.name:') ? 'document' : (c.item ?? `s${c.sentenceIndex}`);
    const key = `${scope}|${c.subject}|${c.year}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].flatMap((group) => {
    const owners = [...new Set(group.map(ownerOf).filter((o) => o !== undefined))];
    if (owners.length <= 1) return [group];
    return owners.map((owner) => group.filter((c) => ownerOf(c) === owner || ownerOf(c) === undefined));
  }).filter((list) => list.length > 1);
}

/** Two intervals that cannot be the same number (beyond both roundings). */
const differ = (a: Interval, b: Interval) => a.value.minus(b.value).abs().gt(a.radius.plus(b.radius));

/**
 * The conflicts of each claim list, kept: `inConflict` asks for them once per claim a rule reads.
 * The claims are all read before any rule runs; a list that grew since is looked at again.
 */
const conflictsByClaims = new WeakMap<readonly Claim[], { count: number; conflicts: Claim[][] }>();

/** Restatements of one figure in one scope that print different values (`…350.35万元。…预算安排352.67万元`). */
export function conflictsOf(claims: Claim[]): Claim[][] {
  const kept = conflictsByClaims.get(claims);
  if (kept && kept.count === claims.length) return kept.conflicts;
  const conflicts = restatementsOf(claims).filter((group) => {
    const first = intervalOf(group[0]);
    return group.some((c) => differ(intervalOf(c), first));
  });
  conflictsByClaims.set(claims, { count: claims.length, conflicts });
  return conflicts;
}

/** The claim is one of two or more different values printed for one figure (reported once, by narrative/duplicate-amount). */
export const inConflict = (claim: Claim, claims: Claim[]) => conflictsOf(claims).some((group) => group.includes(claim));

/**
 * Does the `其中` list holding one of `group` (two values printed for one figure) add up with `value`
 * in its place? Undefined when no member of the group is a part of a complete list.
 */
export function listHoldsWith(group: Claim[], value: Interval, claims: Claim[]): boolean | undefined {
  const lists = compositionsOf(claims).filter((c) => !c.partial && c.parts.some((p) => group.includes(p)));
  if (lists.length === 0) return undefined;
  return lists.every(({ total, parts }) => {
    const terms = parts.map((p) => (group.includes(p) ? value : intervalOf(p)));
    const sum = terms.reduce((a, t) => ({ value: a.value.plus(t.value), radius: a.radius.plus(t.radius) }), { value: new Decimal(0), radius: new Decimal(0) });
    return !differ(sum, intervalOf(total));
  });
}

/** Does a year-on-year statement hold with `current` as this year's value? (No comparison possible: undefined.) */
export function changeHoldsWith(group: ChangeGroup, current: Interval): boolean | undefined {
  const comparisons = changeComparisonsOf(group, current);
  if (comparisons.length === 0) return undefined;
  return comparisons.every(({ expected, claim }) => {
    const printed = intervalOf(claim);
    return inClaimUnit(expected.value, claim).toDecimalPlaces(claim.decimals, Decimal.ROUND_HALF_UP).eq(claim.value) || !differ(expected, printed);
  });
}

/**
 * This year's value of a change group whose stated current value is one of two different values
 * printed for the figure: the one that agrees with the table, or without a table the one the
 * change agrees with (so that a mistyped restatement is not reported again as a wrong change).
 */
export function settledCurrentOf(group: ChangeGroup, claims: Claim[], tables: Table[]): Interval | undefined {
  const current = currentOf(group, tables);
  if (!group.current || !current) return current;
  const conflict = conflictsOf(claims).find((g) => g.includes(group.current!));
  if (!conflict) return current;
  const figure = tableFigureOf(tables, conflict[0]);
  const agreeing = figure ? conflict.find((c) => !differ(intervalOf(c), figure)) : conflict.find((c) => changeHoldsWith(group, intervalOf(c)) === true);
  return agreeing ? intervalOf(agreeing) : current;
}
