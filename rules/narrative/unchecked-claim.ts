import { defineRule } from '../../src/engine/rule.js';
import type { Claim } from '../../src/model/claim.js';
import type { Table } from '../../src/model/table.js';
import { uncheckableReason } from '../../src/narrative/subjects.js';
import { claimPlace, stated } from '../claims.js';

const NOTES: Record<NonNullable<Claim['note']>, string> = {
  reason: '说明原因时引用的数字，表中无对应项',
  indicator: '绩效指标值，不是预算金额',
  threshold: '金额标准（单价、“…以上/以下”），不是预算金额',
};

/** Subject domains whose figures live in one kind of table: without it, that is the reason. */
const MISSING_TABLE: Record<string, { kinds: Table['kind'][]; name: string }> = {
  operatingCosts: { kinds: ['operating-costs', 'three-public'], name: '机关运行经费表' },
  threePublic: { kinds: ['three-public'], name: '“三公”经费表' },
};

/** Why no rule compared a claim, in words an auditor can act on (computed after the rules ran). */
function reasonFor(claim: Claim, tables: Table[]): string {
  if (claim.note) return NOTES[claim.note];
  if (claim.unresolved) return claim.unresolved;
  if (!claim.subject) return `未能确定“${claim.subjectText || claim.sentence.slice(0, 20)}”对应哪一项预算数字`;
  if (claim.kind === 'share') return '表中没有这个比例的总数';
  if (claim.kind === 'change') return claim.wording === 'unchanged' ? '上年数未列出，无法核对“持平”' : '上年数未列出，且只说了一个变化数，无法核对';
  if (claim.basis) return '上年数，本文件的表中只有本年数';
  const known = uncheckableReason(claim.subject);
  if (known) return known;
  const missing = MISSING_TABLE[claim.subject.split('.')[0]];
  if (missing && !tables.some((t) => missing.kinds.includes(t.kind))) return `本文件没有${missing.name}`;
  if (claim.subject.startsWith('projects.name:')) {
    return tables.some((t) => t.kind === 'project-current' && !t.empty) ? `项目支出表中没有（或不止一个）名为“${claim.subjectText}”的项目` : '本文件没有项目支出表，无法核对单个项目的金额';
  }
  if (claim.subject.startsWith('projects.') && tables.some((t) => t.kind === 'project-current' && t.empty)) return '项目支出表为空表，无法核对';
  return `本文件的表中没有“${claim.subjectText}”（${claim.subject}）对应的数字`;
}

export default defineRule({
  meta: {
    id: 'narrative/unchecked-claim',
    code: 'BL119',
    tags: ['narrative'],
    severity: 'info',
    documents: ['budget', 'final'],
    description: {
      zh: '列出情况说明中没有任何规则核对过的数字及原因，使核对范围一目了然（在其他规则之后运行）',
      en: 'Lists the narrative numbers no rule compared with a table value or another statement, with the reason (runs after the other rules)',
    },
    messages: {
      unchecked: {
        zh: '未核对：{stated}（{reason}）',
        en: 'Not checked: {stated} ({reason})',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      if (ctx.examined.has(claim.id)) continue;
      ctx.report({ messageId: 'unchecked', data: { stated: stated(claim), reason: reasonFor(claim, ctx.doc.tables) }, location: claimPlace(claim) });
    }
  },
});
