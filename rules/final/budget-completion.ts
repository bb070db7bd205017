import { defineRule } from '../../src/engine/rule.js';
import { intervalOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, stated, term } from '../claims.js';
import { actualOf, BASIS_WORDS, budgetOf, isTruncation, percentTerm, termOf } from '../final-claims.js';

export default defineRule({
  meta: {
    id: 'final/budget-completion',
    code: 'BL060',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '“完成年初（全年）预算的X%”等于决算数 ÷ 所说的预算数；预算数为0时（0 ÷ 0）无法核对',
      en: '“完成年初（全年）预算的X%” equals the 决算数 divided by the budget it names; against a zero budget (0 ÷ 0) it cannot be checked',
    },
    messages: {
      completion: {
        zh: '“{subject}”决算数{actual}、{basis}{budget}，完成率应为{expected}%，情况说明写作{stated}',
        en: '“{subject}”: 决算数 {actual} against the {basis} of {budget} is {expected}%, but the narrative says {stated}',
      },
      wrongBudget: {
        zh: '“{subject}”完成{basis}的{stated}：{basis}为{named}，该比例实为决算数{actual}除以{other}{otherValue}',
        en: '“{subject}”: {stated} of the {basis} ({named}) is in fact the 决算数 {actual} divided by the {other} {otherValue}',
      },
      truncated: {
        zh: '“{subject}”决算数{actual}、{basis}{budget}，完成率为{expected}%，情况说明写作{stated}：是截断而非四舍五入',
        en: '“{subject}”: 决算数 {actual} against the {basis} of {budget} is {expected}%; the narrative says {stated}: truncated, not rounded',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    for (const claim of claims) {
      if (claim.kind !== 'share' || !claim.budget || claim.note) continue;
      const actual = actualOf(claims, claim, ctx.doc.tables);
      const budget = budgetOf(claims, claim, ctx.doc.tables);
      if (!actual || !budget) continue;
      // The budgets stated beside the rate (`年初预算为0万元，全年预算为321.02万元…完成年初预算的95.89%`).
      const beside = claims.filter((c) => c.kind === 'amount' && c.budget !== undefined && !c.note && (claim.item !== undefined ? c.item === claim.item : c.sentenceIndex === claim.sentenceIndex) && c.subject === claim.subject);
      const named = claim.budget === 'unstated' ? undefined : beside.find((c) => c.budget === claim.budget);
      const other = beside.find((c) => c.budget !== claim.budget && c.budget !== 'unstated');
      if (named && other && actual.claim) {
        const against = percentTerm(actual.term, termOf(named));
        const fitsOther = percentTerm(actual.term, termOf(other));
        if ((!against || !printsAs(against, claim)) && fitsOther && printsAs(fitsOther, claim)) {
          ctx.examine(claim.id, actual.claim.id, named.id, other.id);
          ctx.report({ messageId: 'wrongBudget', data: { subject: claim.subjectText, stated: stated(claim), basis: BASIS_WORDS[claim.budget!], named: stated(named), other: BASIS_WORDS[other.budget!], otherValue: stated(other), actual: actual.text }, expected: against ? against.value.toFixed(4) : '—', actual: claim.value.toFixed(), unit: '%', location: claimPlace(claim), related: [claimPlace(named), claimPlace(other), actual.place] });
          continue;
        }
      }
      // `完成年初预算的…` while only the 全年预算 is stated (or the reverse): which budget is meant is not certain.
      if (claim.budget !== 'unstated' && budget.basis !== 'unstated' && claim.budget !== budget.basis) continue;
      const expected = percentTerm(actual.term, budget.term);
      // 0 ÷ 0 (`因公出国（境）费…完成预算的0.00%` with no budget): unverifiable, left unchecked.
      if (!expected) continue;
      ctx.examine(claim.id, actual.claim?.id, budget.claim?.id);
      if (printsAs(expected, claim)) continue;
      const basis = BASIS_WORDS[claim.budget === 'unstated' ? budget.basis : claim.budget];
      const data = { subject: claim.subjectText, actual: actual.text, budget: budget.text, basis, stated: stated(claim) };
      const related = [actual.place, budget.place];
      if (isTruncation(expected, claim)) {
        ctx.report({ messageId: 'truncated', severity: 'warning', data: { ...data, expected: expected.value.toFixed(4) }, expected: expected.value.toFixed(4), actual: claim.value.toFixed(), unit: '%', location: claimPlace(claim), related });
        continue;
      }
      ctx.checkIdentity({ messageId: 'completion', data, expected, actual: term(intervalOf(claim)), unit: '%', location: claimPlace(claim), related });
    }
  },
});
