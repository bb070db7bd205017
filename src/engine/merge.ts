import { Decimal } from 'decimal.js';
import type { Finding, RelatedPlace, Severity } from '../model/finding.js';

/**
 * One mistake, one finding. Findings about the same wrong figure are merged into one whose
 * `related` lists the others with their rule:
 * - the same figure: two rules report the same cell or the same narrative number
 *   (amount differs from the table + stated twice with two values);
 * - the same error: two findings share a figure (directly or as its echo, the same row printed in
 *   another table, the same sentence printed twice) and are off by the same amount — one wrong
 *   figure explains both (a 项 row mistyped: its row split and its 款's sum both miss by the same);
 * - the same finding printed twice: one rule, one message id, the same numbers, at echoes.
 * Infos (rounding residue, unchecked claims) are never merged. The lead is the finding that names
 * the shared figure itself, then the more severe, then the earlier rule in the catalogue (a
 * comparison with the tables before an internal consistency check), then document order.
 */
export interface Ranked {
  finding: Finding;
  /** Position of the finding's rule in the catalogue. */
  ruleIndex: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const canonical = (f: { id: string; echo?: string }) => f.echo ?? f.id;

/** The figure a finding says is wrong: the one it names, or the one at its location. */
const ownFigure = (f: Finding) => f.figure ?? f.location.figure;

function figuresOf(f: Finding): string[] {
  return [f.figure, f.location.figure, ...f.related.map((p) => p.figure)].filter((x) => x !== undefined).map(canonical);
}

/** The difference and its rounding tolerance on a common scale (元 → 万元), or undefined when the finding has none. */
function errorSize(f: Finding): ErrorSize | undefined {
  if (!f.difference || !f.unit) return undefined;
  const size = new Decimal(f.difference).abs();
  if (size.isZero()) return undefined;
  const tolerance = new Decimal(f.tolerance ?? 0);
  return f.unit === '元' ? { unit: '万元', size: size.div(10000), tolerance: tolerance.div(10000) } : { unit: f.unit, size, tolerance };
}

interface ErrorSize {
  unit: string;
  size: Decimal;
  tolerance: Decimal;
}

/**
 * One figure off by e makes every identity it is part of miss by e, give or take each identity's
 * rounding tolerance: the two differences agree within the sum of the two tolerances.
 */
function sameError(x: ErrorSize | undefined, y: ErrorSize | undefined): boolean {
  return x !== undefined && y !== undefined && x.unit === y.unit && x.size.minus(y.size).abs().lte(x.tolerance.plus(y.tolerance));
}

/** What `linked` compares of a finding, computed once (a document can have thousands of findings). */
interface Keys {
  own?: string;
  /** The own figure's canonical key with the printed finding: the same finding printed at an echo. */
  printed?: string;
  figures: string[];
  error?: ErrorSize;
}

function keysOf(f: Finding): Keys {
  const own = ownFigure(f);
  return {
    own: own?.id,
    printed: own ? JSON.stringify([canonical(own), f.ruleId, f.messageId, f.expected, f.actual]) : undefined,
    figures: [...new Set(figuresOf(f))],
    error: errorSize(f),
  };
}

/**
 * The pairs of findings that are about one mistake: the same own figure; the same finding printed at
 * an echo of its figure; or a figure in common and the same error. Pairs are only looked for among
 * findings that share a key, so a table of thousands of failing rows is not compared pairwise.
 */
function linkedPairs(keys: (Keys | undefined)[], link: (i: number, j: number) => void): void {
  const buckets = (key: (k: Keys) => string[]) => {
    const by = new Map<string, number[]>();
    keys.forEach((k, i) => {
      if (!k) return;
      for (const v of key(k)) {
        const members = by.get(v);
        if (members) members.push(i);
        else by.set(v, [i]);
      }
    });
    return by.values();
  };
  for (const members of buckets((k) => (k.own ? [k.own] : []))) for (const j of members.slice(1)) link(members[0], j);
  for (const members of buckets((k) => (k.printed ? [k.printed] : []))) for (const j of members.slice(1)) link(members[0], j);
  for (const members of buckets((k) => (k.error ? k.figures : []))) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) if (sameError(keys[members[a]]!.error, keys[members[b]]!.error)) link(members[a], members[b]);
    }
  }
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

function relatedEntry(f: Finding): RelatedPlace {
  return { ...f.location, ruleId: f.ruleId, ruleCode: f.ruleCode, severity: f.severity, messageId: f.messageId, data: f.data, message: f.message };
}

/** Merges the findings of one document; the input order (document order) breaks the last ties. */
export function mergeFindings(ranked: Ranked[]): Finding[] {
  const parent = ranked.map((_, i) => i);
  const keys = ranked.map((r) => (r.finding.severity !== 'info' ? keysOf(r.finding) : undefined));
  linkedPairs(keys, (i, j) => {
    parent[find(parent, j)] = find(parent, i);
  });
  const groups = new Map<number, number[]>();
  ranked.forEach((_, i) => {
    const root = find(parent, i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  const out: Finding[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) {
      out.push(ranked[members[0]].finding);
      continue;
    }
    const lead = leadOf(members.map((i) => ranked[i]));
    const others = members.map((i) => ranked[i]).filter((r) => r !== lead);
    const severity = members.map((i) => ranked[i].finding.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
    out.push({ ...lead.finding, severity, related: [...lead.finding.related, ...others.map((r) => relatedEntry(r.finding))] });
  }
  return out;
}

/**
 * How many other members point at the figure at this member's location: the more, the surer that
 * figure is the wrong one and this finding the one that names it.
 */
function leadOf(members: Ranked[]): Ranked {
  const named = (r: Ranked) => {
    const here = r.finding.location.figure;
    if (!here) return 0;
    return members.filter((m) => m !== r && (ownFigure(m.finding)?.id === here.id || figuresOf(m.finding).includes(canonical(here)))).length;
  };
  const score = members.map((r) => ({ r, named: named(r) }));
  score.sort(
    (a, b) =>
      b.named - a.named ||
      SEVERITY_RANK[a.r.finding.severity] - SEVERITY_RANK[b.r.finding.severity] ||
      a.r.ruleIndex - b.r.ruleIndex ||
      members.indexOf(a.r) - members.indexOf(b.r),
  );
  return score[0].r;
}
