import { defineRule } from '../../src/engine/rule.js';
import { finalFigureOf } from '../../src/narrative/final/figures.js';
import { claimPlace, printsAs, stated } from '../claims.js';
import { isTiedFinal, isTruncation, termOf } from '../final-claims.js';

export default defineRule({
  meta: {
    id: 'final/narrative-amount',
    code: 'BL058',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '决算情况说明中的决算数（及“三公”经费的预算数）等于决算表中的对应数字（总计、本年收入/支出合计、各类/项、基本支出、人员/公用经费、“三公”各项）',
      en: 'A 决算数 stated in the final-accounts narrative (and a 三公 预算数) equals the table figure it names',
    },
    messages: {
      mismatch: {
        zh: '情况说明称“{subject}”{which}为{stated}，而{figure}为{expected}，相差{difference}',
        en: 'The narrative states {stated} as the {which} of “{subject}”, but {figure} is {expected} (difference {difference})',
      },
      truncated: {
        zh: '情况说明称“{subject}”{which}为{stated}，{figure}为{expected}：是截断而非四舍五入',
        en: 'The narrative states {stated} as the {which} of “{subject}”; {figure} is {expected}: truncated, not rounded',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      if (!isTiedFinal(claim) || claim.kind !== 'amount' || claim.budget === 'adjusted') continue;
      const figure = finalFigureOf(ctx.doc.tables, claim.subject, claim.budget !== undefined);
      if (!figure) continue;
      ctx.examine(claim.id);
      const data = { subject: claim.subjectText, which: claim.budget ? '预算数' : '决算数', stated: stated(claim), figure: figure.text };
      const expected = { value: figure.term.value, radius: figure.term.radius };
      if (printsAs(expected, claim)) continue;
      if (isTruncation(figure.term, claim)) {
        ctx.report({ messageId: 'truncated', severity: 'warning', data: { ...data, expected: figure.term.value.toFixed() }, expected: figure.term.value.toFixed(), actual: claim.value.toFixed(), unit: '万元', location: claimPlace(claim), related: [figure.place] });
        continue;
      }
      ctx.checkIdentity({ messageId: 'mismatch', data, expected: figure.term, actual: termOf(claim), unit: '万元', location: claimPlace(claim), related: [figure.place] });
    }
  },
});
