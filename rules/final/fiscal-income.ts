import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { FUND_LINES } from '../../src/model/table.js';
import { figure, pair, type Figure } from '../cross.js';

export default defineRule({
  meta: {
    id: 'final/fiscal-income',
    code: 'BL051',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '收入决算表的财政拨款收入合计 = 收入支出决算总表三项财政拨款收入之和',
      en: 'The 财政拨款收入 total of the income table = the three fiscal income lines of the summary',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}之和为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} add up to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const summary = tableOf(ctx.doc, 'summary');
    const income = tableOf(ctx.doc, 'income');
    if (!summary || !income || summary.empty || !income.columns.some((c) => c.key === 'fiscalAppropriation')) return;
    const a = figure(income, totalRow(income), 'fiscalAppropriation');
    const funds = FUND_LINES.map((l) => figure(summary, lineRow(summary, l, 'income'), 'total')).filter((f): f is Figure => f !== undefined);
    if (!a || funds.length === 0) return;
    const b: Figure = { term: sumTerms(funds.map((f) => f.term)), place: funds[0].place, text: funds.map((f) => f.text).join('、') };
    ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b), related: funds.map((f) => f.place) });
  },
});
