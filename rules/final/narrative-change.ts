import { Decimal } from 'decimal.js';
import { defineRule } from '../../src/engine/rule.js';
import { signedChange, type Claim } from '../../src/model/claim.js';
import { intervalOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, stated, term } from '../claims.js';
import { actualOf, isTiedFinal, isTruncation, percentTerm } from '../final-claims.js';

/** The change in 万元 and the rate stated for one subject in one sentence. */
function groupsOf(claims: Claim[]): { delta: Claim; rate: Claim }[] {
  const groups: { delta: Claim; rate: Claim }[] = [];
  for (const rate of claims) {
    if (!isTiedFinal(rate) || rate.kind !== 'change' || rate.unit !== '%' || rate.budget) continue;
    const delta = claims.filter((c) => c.sentenceIndex === rate.sentenceIndex && c.id < rate.id && c.kind === 'change' && c.unit !== '%' && !c.wording && c.subject === rate.subject && !c.note).pop();
    if (delta) groups.push({ delta, rate });
  }
  return groups;
}

export default defineRule({
  meta: {
    id: 'final/narrative-change',
    code: 'BL062',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '决算情况说明中“比上年增加（减少）X万元，增长（下降）P%”：P = X ÷（本年数 ∓ X）；上年数为0时无法核对',
      en: 'A year-on-year change in the final-accounts narrative: P = X ÷ (this year ∓ X); against a zero prior year it cannot be checked',
    },
    messages: {
      rate: {
        zh: '“{subject}”本年{current}、{delta}，上年应为{prior}万元，变动率应为{expected}%，情况说明写作{stated}',
        en: '“{subject}”: {current} this year and a change of {delta} put last year at {prior}万元, so the rate is {expected}%, not {stated}',
      },
      truncated: {
        zh: '“{subject}”本年{current}、{delta}，变动率为{expected}%，情况说明写作{stated}：是截断而非四舍五入',
        en: '“{subject}”: {current} this year and a change of {delta}: the rate is {expected}%; the narrative says {stated}: truncated, not rounded',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    for (const { delta, rate } of groupsOf(claims)) {
      const current = actualOf(claims, delta, ctx.doc.tables);
      if (!current || !delta.direction) continue;
      const change = intervalOf(delta);
      const prior = { value: current.term.value.minus(signedChange(delta)), radius: current.term.radius.plus(change.radius) };
      // A zero (or negative) prior year: the rate is unverifiable, not wrong (a department new this year).
      const expected = prior.value.gt(0) ? percentTerm(change, prior) : undefined;
      if (!expected) continue;
      ctx.examine(rate.id, delta.id, current.claim?.id);
      const e = expected;
      if (printsAs(e, rate)) continue;
      const data = { subject: rate.subjectText, current: current.text, delta: `${delta.direction === 'decrease' ? '减少' : '增加'}${stated(delta)}`, prior: prior.value.toFixed(), stated: stated(rate) };
      const related = [claimPlace(delta), current.place];
      if (isTruncation(e, rate)) {
        ctx.report({ messageId: 'truncated', severity: 'warning', data: { ...data, expected: e.value.toFixed(4) }, expected: e.value.toFixed(4), actual: rate.value.toFixed(), unit: '%', location: claimPlace(rate), related });
        continue;
      }
      ctx.checkIdentity({ messageId: 'rate', data, expected: e, actual: term({ value: rate.value, radius: new Decimal(10).pow(-rate.decimals).div(2) }), unit: '%', location: claimPlace(rate), related });
    }
  },
});
