import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { INCOME_SOURCE_LINES, type ColumnKey, type LineKey } from '../../src/model/table.js';
import { figure, pair } from '../cross.js';

const SOURCE_LINES: LineKey[] = [...INCOME_SOURCE_LINES, 'carryover'];

export default defineRule({
  meta: {
    id: 'cross-table/summary-income',
    code: 'BL010',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '收支总表的本年收入合计、各收入来源、上年结转 = 收入总表合计行的对应列',
      en: 'Summary table income lines = the matching column totals of the income table',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const summary = tableOf(ctx.doc, 'summary');
    const income = tableOf(ctx.doc, 'income');
    if (!summary || !income || summary.empty) return;
    const incomeTotal = totalRow(income);
    if (!incomeTotal) return;
    const subtotalKey: ColumnKey = income.columns.some((c) => c.key === 'currentIncomeSubtotal') ? 'currentIncomeSubtotal' : 'total';
    const pairs: [LineKey, ColumnKey][] = [['currentIncomeTotal', subtotalKey], ...SOURCE_LINES.map((l): [LineKey, ColumnKey] => [l, l as ColumnKey])];
    for (const [line, key] of pairs) {
      if (!income.columns.some((c) => c.key === key)) continue;
      const a = figure(summary, lineRow(summary, line, 'income'), 'total');
      const b = figure(income, incomeTotal, key);
      if (!a || !b) continue;
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
    }
  },
});
