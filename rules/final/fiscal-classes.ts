import { defineRule } from '../../src/engine/rule.js';
import { functionRow, lineRow, tableOf, totalRow } from '../../src/model/query.js';
import type { ColumnKey, TableKind } from '../../src/model/table.js';
import { figure, pair } from '../cross.js';

/** Each fund column of the 财政拨款收入支出决算总表 and the detail table that lists the same money by code. */
const FUND_TABLES: [ColumnKey, TableKind][] = [
  ['generalBudget', 'general-budget-expenditure'],
  ['governmentFund', 'government-fund-expenditure'],
  ['stateCapital', 'state-capital'],
];

export default defineRule({
  meta: {
    id: 'final/fiscal-classes',
    code: 'BL052',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '财政拨款收入支出决算总表各类支出（分资金）= 对应财政拨款支出决算表的类级行及合计',
      en: 'Fiscal summary classes per fund = the class rows and total of that fund’s expenditure table',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
      missingClass: {
        zh: '{a}为{actual}，但{table}没有{code}类的行',
        en: '{a} is {actual} but {table} has no row for class {code}',
      },
    },
  },
  check(ctx) {
    const fiscal = tableOf(ctx.doc, 'fiscal-summary');
    if (!fiscal || fiscal.empty) return;
    for (const [key, kind] of FUND_TABLES) {
      const detail = tableOf(ctx.doc, kind);
      if (!detail || !fiscal.columns.some((c) => c.key === key && c.side === 'expenditure')) continue;
      const total = figure(fiscal, lineRow(fiscal, 'currentExpenditureTotal', 'expenditure'), key);
      const detailTotal = figure(detail, totalRow(detail), 'total');
      if (total && detailTotal) ctx.checkIdentity({ messageId: 'mismatch', data: { a: total.text, b: detailTotal.text }, ...pair(total, detailTotal) });
      for (const line of fiscal.rows.filter((r) => r.side === 'expenditure' && r.line === 'expenditureClass' && r.code)) {
        const a = figure(fiscal, line, key);
        if (!a) continue;
        const match = functionRow(detail, line.code!);
        if (match) {
          const b = figure(detail, match, 'total')!;
          ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
        } else if (a.term.value.abs().gt(a.term.radius)) {
          ctx.report({ messageId: 'missingClass', data: { a: a.text, actual: a.term.value.toFixed(2), table: detail.title, code: line.code! }, location: a.place, actual: a.term.value.toFixed(2), unit: '万元' });
        }
      }
    }
  },
});
