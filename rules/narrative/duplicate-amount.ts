import { defineRule } from '../../src/engine/rule.js';
import { intervalOf, restatementsOf } from '../../src/model/claim-links.js';
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/duplicate-amount',
    code: 'BL106',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '同一段中同一项目两次给出的本年金额相同',
      en: 'The same item stated twice in one paragraph has the same amount both times',
    },
    messages: {
      twice: {
        zh: '同一段中“{subject}”先写作{first}，又写作{second}',
        en: '“{subject}” is stated as {first} and then as {second} in the same paragraph',
      },
    },
  },
  check(ctx) {
    for (const [first, ...again] of restatementsOf(ctx.doc.claims)) {
      for (const claim of again) {
        ctx.checkIdentity({
          messageId: 'twice',
          data: { subject: first.subjectText, first: stated(first), second: stated(claim) },
          expected: term(intervalOf(first)),
          actual: term(intervalOf(claim)),
          unit: '万元',
          location: claimPlace(claim),
          related: [claimPlace(first)],
        });
      }
    }
  },
});
