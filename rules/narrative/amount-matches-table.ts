import { defineRule } from '../../src/engine/rule.js';
import { valueInWan, type Claim } from '../../src/model/claim.js';
import { inConflict, intervalOf, tableFigureOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, stated, term, truncates } from '../claims.js';

/** `…738.66万元 … 2024年预算安排738.66万元`: the same figure again in the item (or sentence) is reported once. */
function restatesEarlier(claim: Claim, claims: Claim[]): boolean {
  const sameScope = (c: Claim) => (claim.item !== undefined ? c.item === claim.item : c.sentenceIndex === claim.sentenceIndex);
  return claims.some((c) => c.id < claim.id && sameScope(c) && c.subject === claim.subject && c.kind === claim.kind && c.basis === undefined && valueInWan(c).eq(valueInWan(claim)));
}

export default defineRule({
  meta: {
    id: 'narrative/amount-matches-table',
    code: 'BL100',
    tags: ['narrative', 'cross-table'],
    severity: 'error',
    description: {
      zh: '情况说明中的金额（或项目数）与表中对应数字一致',
      en: 'An amount (or count) the narrative states equals the table value of what it names',
    },
    messages: {
      truncated: {
        zh: '情况说明称“{subject}”为{stated}，{figure}为{expected}：是截断而非四舍五入',
        en: 'The narrative states {stated} for “{subject}”; {figure} is {expected}: truncated, not rounded',
      },
      mismatch: {
        zh: '情况说明称“{subject}”为{stated}，而{figure}为{expected}，相差{difference}',
        en: 'The narrative states {stated} for “{subject}”, but {figure} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      // A stated zero has its own rule (narrative/stated-zero): saying “none” is a different mistake.
      if (claim.value.isZero()) continue;
      const figure = tableFigureOf(ctx.doc.tables, claim);
      if (!figure) continue;
      ctx.examine(claim.id);
      // Two different values for one item are one finding (narrative/duplicate-amount says which is wrong).
      if (restatesEarlier(claim, ctx.doc.claims) || inConflict(claim, ctx.doc.claims) || printsAs(figure, claim)) continue;
      const data = { subject: claim.subjectText, stated: stated(claim), figure: figure.text };
      if (truncates(figure, claim)) {
        // 204.9197 printed as 204.91: cut, not rounded — off by less than one unit of the last place.
        ctx.report({ messageId: 'truncated', severity: 'warning', data: { ...data, expected: figure.value.toFixed() }, expected: figure.value.toFixed(), actual: valueInWan(claim).toFixed(), unit: '万元', location: claimPlace(claim), related: [figure.place] });
        continue;
      }
      ctx.checkIdentity({
        messageId: 'mismatch',
        data,
        expected: term(figure),
        actual: term(intervalOf(claim)),
        unit: claim.kind === 'count' ? '个' : '万元',
        location: claimPlace(claim),
        related: [figure.place],
      });
    }
  },
});
