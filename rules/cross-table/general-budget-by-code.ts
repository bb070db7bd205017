import { defineRule } from '../../src/engine/rule.js';
import { functionRow, tableOf, totalRow } from '../../src/model/query.js';
import { figure, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/general-budget-by-code',
    code: 'BL013',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '一般公共预算支出表逐科目 = 收入总表“一般公共预算”列',
      en: 'General public budget expenditure by code = the 一般公共预算 column of the income table',
    },
    messages: {
      mismatch: {
        zh: '{row}：{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{row}: {a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const income = tableOf(ctx.doc, 'income');
    if (!general || !income || general.empty) return;
    if (!income.columns.some((c) => c.key === 'generalBudget')) return;
    const rows = general.rows.filter((r) => r.kind === 'function' || r.kind === 'total');
    for (const row of rows) {
      const match = row.kind === 'total' ? totalRow(income) : functionRow(income, row.code!);
      const a = figure(general, row, 'total');
      const b = figure(income, match, 'generalBudget');
      if (!a || !b) continue;
      ctx.checkIdentity({ messageId: 'mismatch', data: { row: row.label, a: a.text, b: b.text }, ...pair(a, b) });
    }
  },
});
