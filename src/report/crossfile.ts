import chalk from 'chalk';
import type { Lang } from '../engine/rule.js';
import type { CrossCheck } from '../crossfile/index.js';

/** The cross-filing part of the JSON contract: which files were paired and why, which were not, and what was compared. */
export function crossFilingJson(cross: CrossCheck, lang: Lang) {
  const { grouping, coverage } = cross;
  return {
    references: grouping.filings.filter((f) => f.reference).map((f) => f.path),
    yearPairs: grouping.yearPairs.map((p) => ({ prior: p.prior.path, current: p.current.path, why: p.why[lang] })),
    consolidations: grouping.consolidations.map((c) => ({
      department: c.department.path,
      units: c.units.map((u, i) => ({ path: u.path, why: c.why[i][lang] })),
      complete: c.complete,
      ...(c.missing.length ? { missing: c.missing } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    finalPairs: grouping.finalPairs.map((p) => ({ budget: p.budget.path, final: p.final.path, why: p.why[lang] })),
    unpaired: grouping.unpaired.map((u) => ({ path: u.filing.path, reason: u.reason[lang] })),
    coverage,
  };
}

const WORDS = {
  zh: {
    title: '跨文件核对',
    year: '逐年',
    consolidation: '部门与单位',
    finalPair: '决算与预算',
    complete: '所属单位齐全：部门 = Σ单位',
    incomplete: (why: string) => `所属单位不全，只核对单位 ≤ 部门（${why}）`,
    unpaired: '未配对',
    reference: '（参照）',
    compared: (code: string, n: number) => `${code} 核对 ${n} 项`,
    none: '本次文件之间无可配对者',
  },
  en: {
    title: 'Across filings',
    year: 'year over year',
    consolidation: 'department and units',
    finalPair: 'final accounts and budget',
    complete: 'all units present: department = Σ units',
    incomplete: (why: string) => `not all units present, unit ≤ department only (${why})`,
    unpaired: 'not paired',
    reference: ' (reference)',
    compared: (code: string, n: number) => `${code} ${n} comparisons`,
    none: 'no two filings of this run could be paired',
  },
};

/** The terminal section: groups with their reasons and what each rule compared. */
export function crossFilingStylish(cross: CrossCheck, lang: Lang): string {
  const w = WORDS[lang];
  const { grouping, coverage } = cross;
  const name = (path: string) => `${path}${grouping.filings.find((f) => f.path === path)?.reference ? w.reference : ''}`;
  const counts = (group: string) => coverage.filter((c) => c.group === group).map((c) => w.compared(c.ruleCode, c.compared)).join('，');
  const out = [chalk.bold.underline(w.title)];
  for (const p of grouping.yearPairs) {
    out.push(`  ${w.year}: ${name(p.prior.path)} → ${name(p.current.path)}`, `    ${p.why[lang]}${counts(p.current.path) ? `；${counts(p.current.path)}` : ''}`);
  }
  for (const c of grouping.consolidations) {
    out.push(`  ${w.consolidation}: ${name(c.department.path)}`);
    c.units.forEach((u, i) => out.push(`    ⊇ ${name(u.path)}（${c.why[i][lang]}）`));
    out.push(`    ${c.complete ? w.complete : w.incomplete(c.reason ?? '')}${counts(c.department.path) ? `；${counts(c.department.path)}` : ''}`);
  }
  for (const p of grouping.finalPairs) {
    out.push(`  ${w.finalPair}: ${name(p.budget.path)} → ${name(p.final.path)}`, `    ${p.why[lang]}${counts(p.final.path) ? `；${counts(p.final.path)}` : ''}`);
  }
  if (grouping.yearPairs.length === 0 && grouping.consolidations.length === 0 && grouping.finalPairs.length === 0) out.push(`  ${w.none}`);
  for (const u of grouping.unpaired) out.push(chalk.gray(`  ${w.unpaired}: ${name(u.filing.path)}：${u.reason[lang]}`));
  return out.join('\n') + '\n';
}
