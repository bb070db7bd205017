import type { Finding } from '../model/finding.js';
import type { FilingFigures } from './figures.js';
import { groupFilings, type Filing, type Grouping } from './group.js';
import { runCrossFilingRules, type Coverage, type CrossFilingRule, type CrossRunOptions } from './rule.js';

export interface CrossCheck {
  grouping: Grouping;
  /** Findings by the path of the (reported) filing they belong to. */
  findings: Map<string, Finding[]>;
  coverage: Coverage[];
}

/** Groups the filings of a run and runs the cross-filing rules over their figures records. */
export function crossCheck(filings: Filing[], rules: CrossFilingRule[], options: CrossRunOptions): CrossCheck {
  const grouping = groupFilings(filings);
  return { grouping, ...runCrossFilingRules(grouping, rules, options) };
}

/** A filing whose figures hold the record's head only (what grouping reads); `load` gives the whole record. */
export interface LazyFiling extends Filing {
  load(): Promise<FilingFigures>;
}

/**
 * The same as `crossCheck`, for saved results too large to hold at once: filings are grouped on
 * their heads, then each connected group (a year pair, a department with its units, and whatever
 * they chain to) is loaded whole, checked and let go. The rules read only year pairs,
 * consolidations and 决算↔预算 pairs, so the findings are those of `crossCheck` over the whole records
 * (tests/crossfile/by-group.test.ts); memory is the heads plus the largest group.
 */
export async function crossCheckByGroup(filings: LazyFiling[], rules: CrossFilingRule[], options: CrossRunOptions): Promise<CrossCheck> {
  const grouping = groupFilings(filings);
  const findings = new Map<string, Finding[]>();
  const coverage: Coverage[] = [];
  for (const component of componentsOf(grouping)) {
    const whole = new Map<Filing, Filing>();
    for (const f of component.filings) whole.set(f, { path: f.path, reference: f.reference, figures: await (f as LazyFiling).load() });
    const full = (f: Filing) => whole.get(f)!;
    const part: Grouping = {
      filings: component.filings.map(full),
      yearPairs: component.yearPairs.map((p) => ({ ...p, current: full(p.current), prior: full(p.prior) })),
      consolidations: component.consolidations.map((c) => ({ ...c, department: full(c.department), units: c.units.map(full) })),
      finalPairs: component.finalPairs.map((p) => ({ ...p, final: full(p.final), budget: full(p.budget) })),
      unpaired: [],
    };
    const checked = runCrossFilingRules(part, rules, options);
    for (const [path, list] of checked.findings) findings.set(path, list);
    coverage.push(...checked.coverage);
  }
  const ruleOrder = new Map(rules.map((r, i) => [r.meta.id, i]));
  coverage.sort((a, b) => ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)! || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return { grouping, findings: new Map([...findings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), coverage };
}

interface Component {
  filings: Filing[];
  yearPairs: Grouping['yearPairs'];
  consolidations: Grouping['consolidations'];
  finalPairs: Grouping['finalPairs'];
}

/** The year pairs and consolidations that share a filing, together (union-find over the filings). */
function componentsOf(grouping: Grouping): Component[] {
  const parent = new Map<Filing, Filing>();
  const find = (f: Filing): Filing => {
    let root = f;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(f, root);
    return root;
  };
  const join = (a: Filing, b: Filing) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const p of grouping.yearPairs) join(p.current, p.prior);
  for (const c of grouping.consolidations) for (const u of c.units) join(c.department, u);
  for (const p of grouping.finalPairs) join(p.budget, p.final);
  const byRoot = new Map<Filing, Component>();
  const of = (f: Filing) => {
    const root = find(f);
    if (!byRoot.has(root)) byRoot.set(root, { filings: [], yearPairs: [], consolidations: [], finalPairs: [] });
    return byRoot.get(root)!;
  };
  for (const p of grouping.yearPairs) of(p.current).yearPairs.push(p);
  for (const c of grouping.consolidations) of(c.department).consolidations.push(c);
  for (const p of grouping.finalPairs) of(p.budget).finalPairs.push(p);
  // grouping.filings is in path order: so are the components' filings and the components.
  for (const f of grouping.filings) if (parent.has(f)) of(f).filings.push(f);
  return [...new Set(grouping.filings.filter((f) => parent.has(f)).map(of))];
}
