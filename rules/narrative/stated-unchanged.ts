import { defineRule } from '../../src/engine/rule.js';
import { changeGroupsOf, currentOf, intervalOf } from '../../src/narrative/links.js';
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/stated-unchanged',
    code: 'BL108',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '称“持平”“与上年相同”或“增减0”时，上年数与本年数相同',
      en: 'A stated “unchanged” (持平, 与上年相同, a change of 0) matches equal prior-year and current values',
    },
    messages: {
      notUnchanged: {
        zh: '情况说明称“{subject}”{stated}，但上年{prior}、本年{current}万元',
        en: 'The narrative says “{subject}” is unchanged ({stated}), but last year was {prior} and this year is {current}万元',
      },
    },
  },
  check(ctx) {
    for (const group of changeGroupsOf(ctx.doc.claims)) {
      const claim = group.delta;
      if (!claim || !group.prior || !(claim.wording === 'unchanged' || claim.value.isZero())) continue;
      const current = currentOf(group, ctx.doc.tables);
      if (!current) continue;
      ctx.examine(claim.id, group.prior.id, group.current?.id);
      ctx.checkIdentity({
        messageId: 'notUnchanged',
        data: { subject: claim.subjectText, stated: stated(claim), prior: stated(group.prior), current: current.value.toFixed() },
        expected: term(intervalOf(group.prior)),
        actual: term(current),
        unit: '万元',
        location: claimPlace(claim),
        related: [claimPlace(group.prior)],
      });
    }
  },
});
