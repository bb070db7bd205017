import { defineRule } from '../../src/engine/rule.js';
import type { Claim } from '../../src/model/claim.js';
import { intervalOf, isCurrentFigure, isTied } from '../../src/narrative/links.js';
import { quantityOf } from '../../src/narrative/subjects.js';
import { claimPlace, stated, term } from '../claims.js';

/**
 * 收入预算 = 支出预算, 财政拨款收入 = 财政拨款支出 = 财政拨款收支总预算: two statements of one
 * quantity under different names. Only the document's totals (outside numbered items) are compared;
 * their stated changes are compared by narrative/prior-year-agreement (same quantity, same year).
 */
export default defineRule({
  meta: {
    id: 'narrative/statement-identity',
    code: 'BL112',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '情况说明中同一数量的不同表述一致：收入预算 = 支出预算，财政拨款收入 = 财政拨款支出',
      en: 'Statements of one quantity under different names agree: income = expenditure, fiscal income = fiscal expenditure',
    },
    messages: {
      differ: {
        zh: '情况说明称“{first}”为{firstStated}，又称“{second}”为{secondStated}，两者应相等',
        en: 'The narrative states {firstStated} for “{first}” and {secondStated} for “{second}”; they must be equal',
      },
    },
  },
  check(ctx) {
    const totals = ctx.doc.claims.filter((c): c is Claim & { subject: NonNullable<Claim['subject']> } => c.kind === 'amount' && c.item === undefined && isCurrentFigure(c) && isTied(c) && !c.wording);
    const byQuantity = new Map<string, Claim[]>();
    for (const c of totals) {
      const quantity = quantityOf(c.subject);
      if (quantity !== c.subject || totals.some((o) => o.subject !== c.subject && quantityOf(o.subject) === c.subject)) byQuantity.set(quantity, [...(byQuantity.get(quantity) ?? []), c]);
    }
    for (const claims of byQuantity.values()) {
      // The first statement of each name stands for it; a name restated differently is narrative/duplicate-amount's.
      const firsts = claims.filter((c, i) => claims.findIndex((o) => o.subject === c.subject) === i);
      const [first, ...others] = firsts;
      for (const other of others) {
        ctx.examine(first.id, other.id);
        ctx.checkIdentity({
          messageId: 'differ',
          data: { first: first.subjectText, firstStated: stated(first), second: other.subjectText, secondStated: stated(other) },
          expected: term(intervalOf(first)),
          actual: term(intervalOf(other)),
          unit: '万元',
          location: claimPlace(other),
          related: [claimPlace(first)],
        });
      }
    }
  },
});
