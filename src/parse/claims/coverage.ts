import type { Claim, ClaimCheck } from '../../model/claim.js';
import type { PerformanceTarget } from '../../model/performance.js';
import type { Table } from '../../model/table.js';
import {
  changeBreakdownsOf,
  changeComparisonsOf,
  changeGroupsOf,
  compositionsOf,
  currentOf,
  impliedPriorOf,
  isPublishedTargets,
  isTied,
  priorPeersOf,
  restatementsOf,
  shareTermsOf,
  tableFigureOf,
} from '../../model/claim-links.js';

/**
 * Marks how each claim will be compared, with the same link queries the narrative rules run
 * (src/model/claim-links.ts), and says why the others cannot be: the coverage count is then what
 * the rules actually do, and nothing is dropped silently.
 */
export function markCoverage(claims: Claim[], tables: Table[], sheets: PerformanceTarget[]): void {
  const mark = (claim: Claim | undefined, check: ClaimCheck) => {
    if (claim && !claim.checks.includes(check)) claim.checks.push(check);
  };
  for (const claim of claims) {
    if (tableFigureOf(tables, claim)) mark(claim, 'table');
    if (isPublishedTargets(claim) && sheets.length > 0 && (claim.kind === 'count' || sheets.every((s) => s.annualAmount))) mark(claim, 'sheets');
    if (claim.kind === 'share' && shareTermsOf(claim, claims, tables)) mark(claim, 'share');
  }
  for (const { total, parts } of compositionsOf(claims)) [total, ...parts].forEach((c) => mark(c, 'composition'));
  for (const { total, parts } of changeBreakdownsOf(claims)) [total, ...parts].forEach((c) => mark(c, 'breakdown'));
  for (const list of restatementsOf(claims)) list.forEach((c) => mark(c, 'duplicate'));

  const groups = changeGroupsOf(claims);
  for (const group of groups) {
    const current = currentOf(group, tables);
    for (const comparison of current ? changeComparisonsOf(group, current) : []) {
      [comparison.claim, group.prior, group.delta?.wording ? undefined : group.delta].forEach((c) => mark(c, 'change'));
    }
    const direction = group.delta ?? group.percent;
    if (current && group.prior) [direction, group.prior].forEach((c) => mark(c, 'direction'));
    else if (current && group.delta?.direction === 'increase') mark(group.delta, 'direction');
  }
  for (const peers of priorPeersOf(groups)) {
    const implied = peers.filter((g) => impliedPriorOf(g, tables) !== undefined);
    if (implied.length > 1) implied.forEach((g) => g.changes.forEach((c) => mark(c, 'prior')));
  }
  for (const claim of claims) if (claim.checks.length === 0) claim.uncheckedReason = reasonFor(claim, tables);
}

/** Subject domains whose figures live in one kind of table: without it, that is the reason. */
const MISSING_TABLE: Record<string, { kinds: Table['kind'][]; name: string }> = {
  operatingCosts: { kinds: ['operating-costs'], name: '机关运行经费表' },
  threePublic: { kinds: ['three-public'], name: '“三公”经费表' },
  procurement: { kinds: [], name: '政府采购预算表（表中的数字未读入模型）' },
};

/** Why a claim is compared with nothing, in words an auditor can act on. */
function reasonFor(claim: Claim, tables: Table[]): string {
  if (claim.subject === 'reason') return '说明原因时引用的数字，表中无对应项';
  if (claim.subject === 'indicator') return '绩效指标值，不是预算金额';
  if (claim.subject === 'threshold') return '资产单价标准，不是预算金额';
  if (!isTied(claim)) return `未能确定“${claim.subjectText || claim.sentence.slice(0, 20)}”对应哪一项预算数字`;
  if (claim.kind === 'share') return claim.scope ? `表中没有“${claim.scope}”的总数` : '句中未说明是占哪一个总数的比例';
  if (claim.kind === 'change') {
    return claim.wording === 'unchanged' ? '上年数未列出，无法核对“持平”' : '上年数未列出，且只说了一个变化数，无法核对';
  }
  if (claim.basis) return '上年数，本文件的表中只有本年数';
  if (claim.subject === 'projects.published') return '本文件未附项目绩效目标表';
  if (claim.subject === 'projects.targets') return '编报绩效目标的项目，其绩效目标表未随本文件公开';
  if (claim.subject.startsWith('assets.')) return '资产数量或金额，本文件的预算表中没有对应数字';
  if (claim.subject.startsWith('units.')) return '单位或机构个数，本文件的预算表中没有对应数字';
  const missing = MISSING_TABLE[claim.subject.split('.')[0]];
  if (missing && !tables.some((t) => missing.kinds.includes(t.kind))) return `本文件没有${missing.name}`;
  const emptyProjects = tables.some((t) => t.kind === 'project-current' && t.empty);
  if (claim.subject.startsWith('projects.') && emptyProjects) return '项目支出表为空表，无法核对';
  return `本文件的表中没有“${claim.subjectText}”（${claim.subject}）对应的数字`;
}
