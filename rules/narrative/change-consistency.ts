import { defineRule } from '../../src/engine/rule.js';
import { changeComparisonsOf, changeGroupsOf, intervalOf, settledCurrentOf } from '../../src/narrative/links.js';
import { signedChange } from '../../src/model/claim.js';
import { claimPlace, printsAs, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/change-consistency',
    code: 'BL102',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '同比增减的金额、百分比和上年数相互一致（百分比 = 增减额 ÷ 上年数，上年数 = 本年数 ∓ 增减额）',
      en: 'A year-on-year change is self-consistent: pct = delta ÷ prior and prior = current ∓ delta',
    },
    messages: {
      percentFromDelta: {
        zh: '“{subject}”本年{current}万元、{delta}，上年应为{prior}万元，变动率应为{expected}%，情况说明写作{stated}',
        en: '“{subject}”: {current}万元 this year and a change of {delta} put last year at {prior}万元, so the rate is {expected}%, not {stated}',
      },
      deltaFromPrior: {
        zh: '“{subject}”上年{priorStated}、本年{current}万元，增减额应为{expected}万元，情况说明写作{stated}',
        en: '“{subject}”: last year {priorStated}, this year {current}万元, so the change is {expected}万元, not {stated}',
      },
      percentFromPrior: {
        zh: '“{subject}”上年{priorStated}、本年{current}万元，变动率应为{expected}%，情况说明写作{stated}',
        en: '“{subject}”: last year {priorStated}, this year {current}万元, so the rate is {expected}%, not {stated}',
      },
    },
  },
  check(ctx) {
    for (const group of changeGroupsOf(ctx.doc.claims)) {
      const current = settledCurrentOf(group, ctx.doc.claims, ctx.doc.tables);
      if (!current) continue;
      const delta = group.delta && !group.delta.wording ? group.delta : undefined;
      for (const { kind, expected, claim } of changeComparisonsOf(group, current)) {
        ctx.examine(claim.id, group.prior?.id, delta?.id, group.current?.id);
        if (printsAs(term(expected), claim)) continue;
        ctx.checkIdentity({
          messageId: kind,
          data: {
            subject: claim.subjectText,
            current: current.value.toFixed(),
            delta: delta ? `${delta.direction === 'decrease' ? '减少' : '增加'}${stated(delta)}` : '',
            prior: delta ? current.value.minus(signedChange(delta)).toFixed() : '',
            priorStated: group.prior ? stated(group.prior) : '',
            stated: stated(claim),
          },
          expected: term(expected),
          actual: term(intervalOf(claim)),
          unit: claim.unit === '%' ? '%' : '万元',
          location: claimPlace(claim),
          related: [group.current, group.prior, delta].filter((c) => c !== undefined && c !== claim).map((c) => claimPlace(c!)),
        });
      }
    }
  },
});
