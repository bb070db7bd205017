import { defineRule } from '../../src/engine/rule.js';
import { intervalOf, shareTermsOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, ratioTerm, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/share-of-total',
    code: 'BL101',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '情况说明中的占比等于该金额除以所说总数（按四舍五入区间判断）',
      en: 'A stated share equals the amount divided by the total it is said to be a share of (interval rule)',
    },
    messages: {
      share: {
        zh: '“{subject}”{part}占{whole}应为{expected}%，情况说明写作{stated}',
        en: '“{subject}” {part} is {expected}% of {whole}, but the narrative says {stated}',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      const terms = shareTermsOf(claim, ctx.doc.claims, ctx.doc.tables);
      if (!terms) continue;
      ctx.examine(claim.id, claim.about);
      // The interval of part ÷ whole from both amounts' rounding, against the percentage's own ±½·10⁻ᵈ.
      const expected = ratioTerm(terms.part, terms.whole);
      if (!expected || printsAs(expected, claim)) continue;
      const part = ctx.doc.claims.find((c) => c.id === claim.about);
      ctx.checkIdentity({
        messageId: 'share',
        data: { subject: claim.subjectText, part: part ? stated(part) : '', whole: terms.wholeText, stated: stated(claim) },
        expected,
        actual: term(intervalOf(claim)),
        unit: '%',
        location: claimPlace(claim),
        related: terms.wholePlace ? [terms.wholePlace] : [],
      });
    }
  },
});
