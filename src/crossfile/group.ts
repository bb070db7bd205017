import type { FilingFigures } from './figures.js';
import { isOwnMark, OrganisationIndex, sameOrganisation } from './names.js';

/** A filing of the run (or a reference filing: used for checks, not reported on). */
export interface Filing {
  path: string;
  figures: FilingFigures;
  reference: boolean;
}

/** This year's filing and last year's of the same organisation and kind. */
export interface YearPair {
  current: Filing;
  prior: Filing;
  why: Reason;
}

export interface Reason {
  zh: string;
  en: string;
}

/** A 部门预算 and the 单位预算 of its units found in the run. */
export interface Consolidation {
  department: Filing;
  units: Filing[];
  /** Why each unit was paired with the department, in the order of `units`. */
  why: Reason[];
  /** Every unit with a budget of its own that the department declares is in the run. */
  complete: boolean;
  /** Declared units with a budget of their own that are not in the run (names as printed). */
  missing: string[];
  /** Why `complete` is false, when it is. */
  reason?: string;
}

/** A 决算 and the 预算 of the same organisation, kind and year (its 预算数 are that budget's figures). */
export interface FinalPair {
  final: Filing;
  budget: Filing;
  why: Reason;
}

export interface Unpaired {
  filing: Filing;
  reason: Reason;
}

export interface Grouping {
  filings: Filing[];
  yearPairs: YearPair[];
  consolidations: Consolidation[];
  /** 决算 ↔ 预算 of the same year (rules/cross-filing/final-budget.ts). */
  finalPairs: FinalPair[];
  unpaired: Unpaired[];
}

/**
 * Groups filings by organisation (normalised names), kind and year. A filing that matches more
 * than one candidate is not paired at all: a guess could turn into a false error.
 */
export function groupFilings(filings: Filing[]): Grouping {
  const all = [...filings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Final accounts (决算) have other tables and identities: the cross-filing rules cover budgets only.
  const sorted = all.filter((f) => f.figures.kind === '部门预算' || f.figures.kind === '单位预算');
  const yearPairs: YearPair[] = [];
  const consolidations: Consolidation[] = [];
  const notes = new Map<Filing, Unpaired['reason']>();
  const paired = new Set<Filing>();

  const byName = new OrganisationIndex<Filing>();
  for (const f of sorted) byName.add(f.figures.department, f);
  for (const current of sorted) {
    const { department, kind, year } = current.figures;
    const candidates = byName.find(department).filter((f) => f.figures.kind === kind && f.figures.year === year - 1);
    if (candidates.length === 1) {
      const prior = candidates[0];
      const same = prior.figures.department === department;
      yearPairs.push({
        current,
        prior,
        why: same
          ? { zh: `同名${kind}，${year - 1}→${year}年`, en: `same name and kind, ${year - 1}→${year}` }
          : { zh: `名称规范化后相同（“${prior.figures.department}”=“${department}”），${year - 1}→${year}年`, en: `same name once normalised (“${prior.figures.department}” = “${department}”), ${year - 1}→${year}` },
      });
      paired.add(current).add(prior);
    } else if (candidates.length > 1) {
      notes.set(current, {
        zh: `${year - 1}年有${candidates.length}份同名${kind}（${candidates.map((c) => c.path).join('、')}），无法确定上年文件`,
        en: `${candidates.length} ${year - 1} filings of this name and kind (${candidates.map((c) => c.path).join(', ')}): last year's filing is ambiguous`,
      });
    }
  }

  const departments = sorted.filter((f) => f.figures.kind === '部门预算');
  // A department is found by its own name (its own organ's 单位预算) or by the names of its listed units.
  const byUnitName = new OrganisationIndex<Filing>();
  for (const d of departments) {
    byUnitName.add(d.figures.department, d);
    for (const entry of d.figures.organisation?.units ?? []) if (!entry.own) byUnitName.add(entry.name, d);
  }
  const claimedBy = new Map<Filing, Filing[]>();
  for (const unit of sorted.filter((f) => f.figures.kind === '单位预算')) {
    const owners = [...new Set(byUnitName.find(unit.figures.department))].filter((d) => d.figures.year === unit.figures.year && belongsTo(unit, d));
    claimedBy.set(unit, owners);
    if (owners.length > 1) {
      notes.set(unit, {
        zh: `可归入多个部门（${owners.map((o) => o.path).join('、')}），不作部门与单位核对`,
        en: `matches several departments (${owners.map((o) => o.path).join(', ')}): not consolidated`,
      });
    }
  }
  const unitsOf = new Map<Filing, Filing[]>();
  for (const [unit, owners] of claimedBy) if (owners.length === 1) unitsOf.set(owners[0], [...(unitsOf.get(owners[0]) ?? []), unit]);
  for (const department of departments) {
    const units = unitsOf.get(department) ?? [];
    if (units.length === 0) continue;
    consolidations.push({ department, units, why: units.map((u) => whyUnit(u, department)!), ...completeness(department, units) });
    paired.add(department);
    for (const u of units) paired.add(u);
  }

  const finalPairs = pairFinals(all, sorted, byName, notes, paired);
  const unpaired: Unpaired[] = all
    .filter((f) => !paired.has(f))
    .map((filing) => ({ filing, reason: notes.get(filing) ?? reasonAlone(filing) }));
  return { filings: all, yearPairs, consolidations, finalPairs, unpaired };
}

/** A unit belongs to a department when it is the department's own organ or one of its declared units. */
function belongsTo(unit: Filing, department: Filing): boolean {
  return whyUnit(unit, department) !== undefined;
}

function whyUnit(unit: Filing, department: Filing): Reason | undefined {
  const name = unit.figures.department;
  if (sameOrganisation(name, department.figures.department)) return { zh: '单位名称即部门名称（部门本级）', en: 'the unit carries the department’s name (its own organ)' };
  const entries = department.figures.organisation?.units ?? [];
  const index = entries.findIndex((u) => !u.own && sameOrganisation(u.name, name));
  if (index === -1) return undefined;
  return { zh: `列于部门“机构设置”第${index + 1}项“${entries[index].name}”`, en: `listed as entry ${index + 1} (“${entries[index].name}”) of the department’s units` };
}

function completeness(department: Filing, units: Filing[]): Pick<Consolidation, 'complete' | 'missing' | 'reason'> {
  const organisation = department.figures.organisation;
  if (!organisation || organisation.units.length === 0) {
    return { complete: false, missing: [], reason: '部门文件未列明所属单位 / the department filing does not list its units' };
  }
  const declared = Object.values(organisation.counts).reduce((a, n) => a + n, 0);
  if (declared !== organisation.units.length) {
    return {
      complete: false,
      missing: [],
      reason: `部门声明${declared}家单位，但列出${organisation.units.length}家 / ${declared} units declared, ${organisation.units.length} listed`,
    };
  }
  const separate = organisation.units.filter((u) => u.separate);
  const missing = separate
    .filter((entry) => !units.some((u) => (entry.own || isOwnMark(entry.name) ? sameOrganisation(u.figures.department, department.figures.department) : sameOrganisation(entry.name, u.figures.department))))
    .map((e) => e.name);
  if (missing.length > 0) return { complete: false, missing, reason: `缺少单位预算 / unit filings not in the run: ${missing.join('、')}` };
  if (units.length !== separate.length) {
    return { complete: false, missing: [], reason: `单位文件${units.length}份，部门列明单列预算单位${separate.length}家 / ${units.length} unit filings for ${separate.length} declared units` };
  }
  return { complete: true, missing: [] };
}

function reasonAlone(filing: Filing): Unpaired['reason'] {
  const { kind, year } = filing.figures;
  if (kind !== '部门预算' && kind !== '单位预算') return { zh: `${kind}不作跨文件核对（只核对预算文件）`, en: `${kind} (final accounts): cross-filing checks cover budgets only` };
  return kind === '单位预算'
    ? { zh: `本次未见列明该单位的${year}年部门预算，也未见其${year - 1}年单位预算`, en: `no ${year} department filing listing this unit, and no ${year - 1} filing of it, in the run` }
    : { zh: `本次未见该部门${year - 1}年部门预算，也未见其所属单位的${year}年单位预算`, en: `no ${year - 1} filing of this department, and no ${year} unit filing of it, in the run` };
}

const BUDGET_OF: Record<string, string> = { 部门决算: '部门预算', 单位决算: '单位预算' };

/** Each 决算 with the one 预算 of the same organisation, kind (部门/单位) and year; none or several: not paired. */
function pairFinals(all: Filing[], budgets: Filing[], byName: OrganisationIndex<Filing>, notes: Map<Filing, Reason>, paired: Set<Filing>): FinalPair[] {
  const pairs: FinalPair[] = [];
  for (const final of all.filter((f) => BUDGET_OF[f.figures.kind] !== undefined)) {
    const { department, kind, year } = final.figures;
    const wanted = BUDGET_OF[kind];
    const candidates = [...new Set(byName.find(department))].filter((b) => budgets.includes(b) && b.figures.kind === wanted && b.figures.year === year);
    if (candidates.length === 1) {
      pairs.push({ final, budget: candidates[0], why: { zh: `同一${kind.slice(0, 2)}${year}年的${wanted}与${kind}`, en: `the ${year} budget and final accounts of the same organisation` } });
      paired.add(final).add(candidates[0]);
    } else {
      notes.set(final, candidates.length > 1
        ? { zh: `${year}年有${candidates.length}份同名${wanted}（${candidates.map((c) => c.path).join('、')}），无法确定对应的预算`, en: `${candidates.length} ${year} budgets of this name (${candidates.map((c) => c.path).join(', ')}): ambiguous` }
        : { zh: `本次未见该${kind.slice(0, 2)}${year}年${wanted}，${kind}的预算数无从核对`, en: `no ${year} budget of this organisation in the run: the 预算数 of the final accounts are not compared` });
    }
  }
  return pairs;
}
