import { defineRule } from '../../src/engine/rule.js';
import { tableFigureOf } from '../../src/narrative/links.js';
import { formatAmount } from '../../src/engine/run.js';
import { claimPlace, stated } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/stated-zero',
    code: 'BL109',
    tags: ['narrative', 'cross-table'],
    severity: 'error',
    description: {
      zh: '情况说明称某项为0或“无”时，表中该项也应为0',
      en: 'When the narrative says an item is zero or “none”, the table shows zero too',
    },
    messages: {
      notZero: {
        zh: '情况说明称“{subject}”为{stated}，但{figure}为{actual}{unit}',
        en: 'The narrative says “{subject}” is {stated}, but {figure} is {actual}{unit}',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      if (!claim.value.isZero()) continue;
      const figure = tableFigureOf(ctx.doc.tables, claim);
      if (figure) ctx.examine(claim.id);
      // Zero within the table's own rounding (a printed 0.00) is still zero.
      if (!figure || figure.value.abs().lte(figure.radius)) continue;
      const actual = claim.kind === 'count' ? figure.value.toFixed() : formatAmount(figure.value);
      const unit = claim.kind === 'count' ? '个' : '万元';
      ctx.report({
        messageId: 'notZero',
        data: { subject: claim.subjectText, stated: stated(claim), figure: figure.text, actual, unit },
        expected: '0.00',
        actual,
        difference: actual,
        tolerance: formatAmount(figure.radius),
        unit,
        location: claimPlace(claim),
        related: [figure.place],
      });
    }
  },
});
