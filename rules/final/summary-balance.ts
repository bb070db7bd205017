import { defineRule } from '../../src/engine/rule.js';
import { lineRow } from '../../src/model/query.js';
import { INCOME_SOURCE_LINES, type LineKey, type Row } from '../../src/model/table.js';
import { checkColumnSums } from '../sums.js';
import { figure, pair } from '../cross.js';

/**
 * The balance of the two 决算 总表 (表1 收入支出决算总表, 表4 财政拨款收入支出决算总表), every amount column:
 * 本年收入合计 = Σ income lines; 本年支出合计 = Σ classes; 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余
 * = 本年支出合计 + 结余分配 + 年末结转和结余; the two 总计 agree.
 */
export default defineRule({
  meta: {
    id: 'final/summary-balance',
    code: 'BL050',
    tags: ['table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '决算总表：本年收入合计 = Σ收入；本年支出合计 = Σ各类支出；总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余',
      en: 'Final-accounts summaries: current income = Σ sources; current expenditure = Σ classes; total = income + balance used + opening balance = expenditure + distribution + closing balance',
    },
    messages: {
      balance: {
        zh: '{table}：“{row}”的“{column}”为{actual}，而{parts}之和为{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but {parts} add up to {expected} (difference {difference})',
      },
      grand: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => (t.kind === 'summary' || t.kind === 'fiscal-summary') && !t.empty)) {
      const income = (line: LineKey) => lineRow(table, line, 'income');
      const spending = (line: LineKey) => lineRow(table, line, 'expenditure');
      const identity = (row: Row | undefined, parts: (Row | undefined)[], label?: string) => {
        const present = parts.filter((p): p is Row => p !== undefined);
        if (!row || present.length === 0) return;
        checkColumnSums(ctx, table, row, present, 'balance', { parts: label ?? present.map((p) => `“${p.name}”`).join('、') });
      };
      identity(income('currentIncomeTotal'), INCOME_SOURCE_LINES.map(income));
      const classes = table.rows.filter((r) => r.side === 'expenditure' && r.line === 'expenditureClass');
      identity(spending('currentExpenditureTotal'), classes, `${classes.length}个支出功能分类（类）`);
      identity(income('incomeGrandTotal'), [income('currentIncomeTotal'), income('nonFiscalBalanceUsed'), income('carryover')]);
      identity(spending('expenditureGrandTotal'), [spending('currentExpenditureTotal'), spending('balanceDistribution'), spending('yearEndCarryover')]);
      const a = figure(table, spending('expenditureGrandTotal'), 'total');
      const b = figure(table, income('incomeGrandTotal'), 'total');
      if (a && b) ctx.checkIdentity({ messageId: 'grand', data: { a: a.text, b: b.text }, ...pair(a, b) });
    }
  },
});

