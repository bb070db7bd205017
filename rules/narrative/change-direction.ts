import { defineRule } from '../../src/engine/rule.js';
import { compare } from '../../src/engine/arithmetic.js';
import { formatAmount } from '../../src/engine/run.js';
import { changeComparisonsOf, changeGroupsOf, currentOf, intervalOf, type ChangeGroup, type Interval } from '../../src/narrative/links.js';
import { radiusInWan, valueInWan } from '../../src/model/claim.js';
import { claimPlace, printsAs, stated } from '../claims.js';

const WORD = { increase: '增加', decrease: '减少' } as const;

/** The stated size of the change (amount or rate, sign aside) fits the prior and current figures. */
function magnitudeHolds(group: ChangeGroup, current: Interval): boolean {
  return changeComparisonsOf(group, current).every(({ expected, claim }) => printsAs(expected, claim) || compare(expected, intervalOf(claim)).verdict !== 'mismatch');
}

export default defineRule({
  meta: {
    id: 'narrative/change-direction',
    code: 'BL107',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '“增加”“减少”与数字的方向一致（说减少而实为增加，比写错一个数字更严重）',
      en: 'A stated increase or decrease goes the way the numbers go (a “decrease” that is an increase misleads more than a wrong digit)',
    },
    messages: {
      reversed: {
        zh: '情况说明称“{subject}”比上年{word}，但上年{prior}、本年{current}万元，实为{actualWord}',
        en: 'The narrative says “{subject}” went {wordEn}, but last year was {prior} and this year is {current}万元',
      },
      negativePrior: {
        zh: '情况说明称“{subject}”{word}{stated}，但本年只有{current}万元，上年数将为负数',
        en: 'The narrative says “{subject}” increased by {stated}, but this year is only {current}万元, so last year would be negative',
      },
    },
  },
  check(ctx) {
    for (const group of changeGroupsOf(ctx.doc.claims)) {
      const current = currentOf(group, ctx.doc.tables);
      const claim = group.delta ?? group.percent;
      if (!current || !claim || (claim.direction !== 'increase' && claim.direction !== 'decrease')) continue;
      if (group.prior) ctx.examine(claim.id, group.prior.id);
      else if (group.delta?.direction === 'increase') ctx.examine(group.delta.id);
      // A stated size that the prior and current figures contradict is narrative/change-consistency's finding.
      if (group.prior && !magnitudeHolds(group, current)) continue;
      if (group.prior) {
        const prior = intervalOf(group.prior);
        const diff = current.value.minus(prior.value);
        const tolerance = current.radius.plus(prior.radius);
        const wrong = claim.direction === 'increase' ? diff.lt(tolerance.neg()) : diff.gt(tolerance);
        if (!wrong) continue;
        ctx.report({
          messageId: 'reversed',
          data: { subject: claim.subjectText, word: WORD[claim.direction], wordEn: claim.direction === 'increase' ? 'up' : 'down', prior: stated(group.prior), current: current.value.toFixed(), actualWord: diff.gt(0) ? '增加' : '减少' },
          expected: diff.gt(0) ? '增加' : '减少',
          actual: WORD[claim.direction],
          difference: formatAmount(diff),
          tolerance: formatAmount(tolerance),
          unit: '万元',
          location: claimPlace(claim),
          related: [claimPlace(group.prior)],
        });
      } else if (group.delta && group.delta.direction === 'increase') {
        // 增加 X to a current value below X puts last year below zero (R03: 政府性基金 0万元，比上年增加1421.25万元).
        const prior = current.value.minus(valueInWan(group.delta));
        const tolerance = current.radius.plus(radiusInWan(group.delta));
        if (!prior.lt(tolerance.neg())) continue;
        ctx.report({
          messageId: 'negativePrior',
          data: { subject: group.delta.subjectText, word: '增加', stated: stated(group.delta), current: current.value.toFixed() },
          expected: `≤ ${formatAmount(current.value)}`,
          actual: formatAmount(valueInWan(group.delta)),
          difference: formatAmount(prior.neg()),
          tolerance: formatAmount(tolerance),
          unit: '万元',
          location: claimPlace(group.delta),
          related: group.current ? [claimPlace(group.current)] : [],
        });
      }
    }
  },
});
