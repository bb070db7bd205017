import { sumTerms } from '../../src/engine/arithmetic.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Claim } from '../../src/model/claim.js';
import { claimPlace, stated } from '../claims.js';
import { byId, termOf } from '../final-claims.js';

export default defineRule({
  meta: {
    id: 'final/narrative-composition',
    code: 'BL063',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '决算情况说明中“其中”所列各项之和等于总数（收入/支出构成、人员经费 + 公用经费、“三公”各项、政府采购货物 + 工程 + 服务、各项目的预算数与决算数之和）；“主要用于”只核对不超过',
      en: 'The parts a final-accounts narrative lists (其中) add up to their total (sources, 人员 + 公用, 三公 lines, procurement, the items’ 预算数 and 决算数); a “主要” list may only not exceed it',
    },
    messages: {
      sum: {
        zh: '情况说明称“{subject}”为{total}，而所列{count}项（{parts}）之和为{expected}，相差{difference}',
        en: 'The narrative states {total} for “{subject}”, but its {count} listed parts ({parts}) add up to {expected} (difference {difference})',
      },
      exceeds: {
        zh: '情况说明称“{subject}”为{total}，而所列{count}项（{parts}）之和{expected}已超过总数',
        en: 'The narrative states {total} for “{subject}”, but its {count} listed parts ({parts}) add up to {expected}, more than the total',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    const lists = new Map<string, Claim[]>();
    for (const c of claims) if (c.breakdown && c.partOf && !c.note) lists.set(c.breakdown, [...(lists.get(c.breakdown) ?? []), c]);
    for (const parts of lists.values()) {
      const head = byId(claims, parts[0].partOf);
      if (!head || head.note) continue;
      ctx.examine(head.id, ...parts.map((p) => p.id));
      const sum = sumTerms(parts.map(termOf));
      const data = { subject: head.subjectText, total: stated(head), count: String(parts.length), parts: parts.map((p) => `${p.subjectText}${stated(p)}`).join('、') };
      const location = claimPlace(head);
      const related = parts.map(claimPlace);
      // `主要用于…` or a single member (`其中：因公出国（境）费…`): the list may leave parts out.
      if (parts.length === 1 || parts.some((p) => p.partial)) {
        ctx.checkIdentity({ messageId: 'exceeds', data, expected: termOf(head), actual: sum, unit: '万元', location, related, relation: 'atMost' });
      } else {
        ctx.checkIdentity({ messageId: 'sum', data, expected: sum, actual: termOf(head), unit: '万元', location, related });
      }
    }
  },
});
