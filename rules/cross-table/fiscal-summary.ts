import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf } from '../../src/model/query.js';
import { FUND_LINES } from '../../src/model/table.js';
import { figure, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/fiscal-summary',
    code: 'BL014',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '财政拨款收支总表的各项财政拨款收入 = 收支总表的对应收入',
      en: 'Fiscal appropriation summary income lines = the matching lines of the summary table',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const fiscal = tableOf(ctx.doc, 'fiscal-summary');
    const summary = tableOf(ctx.doc, 'summary');
    if (!fiscal || !summary) return;
    for (const line of FUND_LINES) {
      const a = figure(fiscal, lineRow(fiscal, line, 'income'), 'total');
      const b = figure(summary, lineRow(summary, line, 'income'), 'total');
      if (a && b) ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
    }
  },
});
