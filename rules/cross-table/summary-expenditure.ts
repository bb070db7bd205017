import { defineRule } from '../../src/engine/rule.js';
import { functionRow, lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { figure, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/summary-expenditure',
    code: 'BL011',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '收支总表的本年支出合计及各类支出 = 支出总表合计行及对应类',
      en: 'Summary table expenditure total and classes = the expenditure table total and class rows',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
      missingClass: {
        zh: '{a}为{actual}，但支出总表没有{code}类的行',
        en: '{a} is {actual} but the expenditure table has no row for class {code}',
      },
    },
  },
  check(ctx) {
    const summary = tableOf(ctx.doc, 'summary');
    const expenditure = tableOf(ctx.doc, 'expenditure');
    if (!summary || !expenditure || summary.empty || expenditure.empty) return;
    const a = figure(summary, lineRow(summary, 'currentExpenditureTotal', 'expenditure'), 'total');
    const b = figure(expenditure, totalRow(expenditure), 'total');
    if (a && b) ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
    for (const line of summary.rows.filter((r) => r.line === 'expenditureClass' && r.code)) {
      const classFigure = figure(summary, line, 'total');
      if (!classFigure) continue;
      const match = functionRow(expenditure, line.code!);
      if (!match) {
        if (!classFigure.term.value.isZero()) {
          ctx.report({ messageId: 'missingClass', data: { a: classFigure.text, actual: classFigure.term.value.toFixed(2), code: line.code! }, location: classFigure.place, actual: classFigure.term.value.toFixed(2), unit: '万元' });
        }
        continue;
      }
      const other = figure(expenditure, match, 'total')!;
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: classFigure.text, b: other.text }, ...pair(classFigure, other) });
    }
  },
});
