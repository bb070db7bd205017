import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf } from '../../src/model/query.js';
import type { LineKey } from '../../src/model/table.js';
import { compareByCode, figure } from '../cross.js';

/** Lines that must be zero for fiscal income to equal 一般公共预算 spending code by code. */
const CONDITION: [LineKey, 'income' | 'expenditure', 'fiscal-summary' | 'summary'][] = [
  ['carryover', 'income', 'fiscal-summary'], // 年初财政拨款结转和结余
  ['yearEndCarryover', 'expenditure', 'fiscal-summary'], // 年末财政拨款结转和结余
  ['governmentFund', 'income', 'summary'],
  ['stateCapital', 'income', 'summary'],
];

export default defineRule({
  meta: {
    id: 'final/fiscal-by-code',
    code: 'BL053',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '无财政拨款结转结余、且财政拨款全为一般公共预算时：收入决算表“财政拨款收入”逐科目 = 一般公共预算财政拨款支出决算表合计',
      en: 'With no fiscal carry-over and only general-budget money: the income table’s 财政拨款收入 equals the general budget expenditure, code by code',
    },
    messages: {
      mismatch: {
        zh: '科目{code}：{a}为{actual}，而{b}为{expected}，相差{difference}（本年无财政拨款结转结余，两者应相等）',
        en: 'Code {code}: {a} is {actual} but {b} is {expected} (difference {difference}; with no fiscal carry-over they are equal)',
      },
      missing: {
        zh: '科目{code}在{present}中为{actual}，但{absent}没有该科目',
        en: 'Code {code} is {actual} in {present} but missing from {absent}',
      },
    },
  },
  check(ctx) {
    const income = tableOf(ctx.doc, 'income');
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const fiscal = tableOf(ctx.doc, 'fiscal-summary');
    const summary = tableOf(ctx.doc, 'summary');
    if (!income || !general || !fiscal || !summary || income.empty || general.empty) return;
    if (!income.columns.some((c) => c.key === 'fiscalAppropriation')) return;
    // The condition first: any fiscal carry-over or non-general fiscal money makes the two differ legitimately.
    for (const [line, side, kind] of CONDITION) {
      const table = kind === 'summary' ? summary : fiscal;
      const row = lineRow(table, line, side);
      if (!row) return;
      if (Object.values(row.cells).some((a) => a && !a.value.isZero())) return;
    }
    compareByCode(
      ctx,
      { table: income, figureOf: (row) => figure(income, row, 'fiscalAppropriation') },
      { table: general, figureOf: (row) => figure(general, row, 'total') },
    );
  },
});
