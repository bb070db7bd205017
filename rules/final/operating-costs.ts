import { defineRule } from '../../src/engine/rule.js';
import { finalFigureOf } from '../../src/narrative/final/figures.js';
import { claimPlace, stated } from '../claims.js';
import { isTiedFinal, termOf } from '../final-claims.js';

export default defineRule({
  meta: {
    id: 'final/operating-costs',
    code: 'BL064',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '情况说明中的机关运行经费不超过一般公共预算财政拨款基本支出决算表的公用经费合计（行政、参公单位全部时相等）',
      en: 'The 机关运行经费 stated in the narrative does not exceed the 公用经费合计 of the basic-expenditure table',
    },
    messages: {
      exceeds: {
        zh: '情况说明称机关运行经费为{stated}，超过{figure}{expected}',
        en: 'The narrative states 机关运行经费 of {stated}, more than {figure} ({expected})',
      },
    },
  },
  check(ctx) {
    const publicUse = finalFigureOf(ctx.doc.tables, 'final.basic.publicUse');
    if (!publicUse) return;
    for (const claim of ctx.doc.claims) {
      if (!isTiedFinal(claim) || claim.subject !== 'final.operatingCosts' || claim.kind !== 'amount' || claim.budget) continue;
      ctx.examine(claim.id);
      ctx.checkIdentity({ messageId: 'exceeds', data: { stated: stated(claim), figure: publicUse.text }, expected: publicUse.term, actual: termOf(claim), unit: '万元', location: claimPlace(claim), related: [publicUse.place], relation: 'atMost' });
    }
  },
});
