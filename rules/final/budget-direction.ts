import { compare } from '../../src/engine/arithmetic.js';
import { defineRule } from '../../src/engine/rule.js';
import { claimPlace } from '../claims.js';
import { actualOf, BASIS_WORDS, budgetOf } from '../final-claims.js';

const WORDS = { increase: '大于', decrease: '小于', unchanged: '等于（持平）' } as const;

export default defineRule({
  meta: {
    id: 'final/budget-direction',
    code: 'BL061',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '“决算数大于/小于/同预算数持平”与所列决算数、预算数的大小一致（按四舍五入区间判断）',
      en: '“决算数大于/小于/同…持平预算数” agrees with the stated 决算数 and 预算数 (interval rule)',
    },
    messages: {
      direction: {
        zh: '情况说明称“{subject}”决算数{said}预算数，而决算数为{actual}、{basis}为{budget}',
        en: 'The narrative says the 决算数 of “{subject}” is {said} the budget, but the 决算数 is {actual} and the {basis} {budget}',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    for (const claim of claims) {
      if (claim.kind !== 'change' || !claim.budget || !claim.direction || claim.note) continue;
      const actual = actualOf(claims, claim, ctx.doc.tables);
      const budget = budgetOf(claims, claim, ctx.doc.tables);
      if (!actual || !budget) continue;
      ctx.examine(claim.id, actual.claim?.id, budget.claim?.id);
      const c = compare(budget.term, actual.term);
      const fits = claim.direction === 'unchanged' ? c.verdict !== 'mismatch' : claim.direction === 'increase' ? c.difference.gt(0) : c.difference.lt(0);
      if (fits) continue;
      ctx.report({
        messageId: 'direction',
        data: { subject: claim.subjectText, said: WORDS[claim.direction], actual: actual.text, budget: budget.text, basis: BASIS_WORDS[budget.basis] },
        expected: c.expected.toFixed(),
        actual: c.actual.toFixed(),
        difference: c.difference.toFixed(),
        unit: '万元',
        location: claimPlace(claim),
        related: [actual.place, budget.place],
      });
    }
  },
});
