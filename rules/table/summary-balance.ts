import { defineRule } from '../../src/engine/rule.js';
import { sumTerms, term, type Term } from '../../src/engine/arithmetic.js';
import { placeOf } from '../../src/engine/place.js';
import { lineRow } from '../../src/model/query.js';
import { FUND_LINES, INCOME_SOURCE_LINES, type LineKey, type Row } from '../../src/model/table.js';


const amountOf = (row: Row | undefined): Term => term(row?.cells.total);

export default defineRule({
  meta: {
    id: 'table/summary-balance',
    code: 'BL003',
    tags: ['table'],
    severity: 'error',
    description: {
      zh: '收支总表：本年收入合计 = Σ收入来源；收入总计 = 本年收入 + 上年结转；本年支出合计 = Σ各类支出；收入总计 = 支出总计',
      en: 'Summary tables: current income = Σ sources; income total = current + carry-over; current expenditure = Σ classes; income total = expenditure total',
    },
    messages: {
      balance: {
        zh: '{table}：“{row}”为{actual}，而{parts}为{expected}，相差{difference}',
        en: '{table}: “{row}” is {actual} but {parts} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => (t.kind === 'summary' || t.kind === 'fiscal-summary') && !t.empty)) {
      const income = (line: LineKey) => lineRow(table, line, 'income');
      const expenditure = (line: LineKey) => lineRow(table, line, 'expenditure');
      const identity = (row: Row | undefined, parts: (Row | undefined)[], partsLabel: string) => {
        const present = parts.filter((p): p is Row => p !== undefined);
        if (!row || present.length === 0) return;
        const location = placeOf(table, row, 'total');
        ctx.checkIdentity({
          messageId: 'balance',
          data: { table: table.title, row: row.label, parts: partsLabel },
          expected: sumTerms(present.map(amountOf)),
          actual: amountOf(row),
          unit: table.unit,
          location,
          related: present.map((p) => placeOf(table, p, 'total')),
        });
      };
      // Shanghai prints 财政拨款收入 with its funds beneath it (`1. 一般公共预算资金`): the funds are
      // then a breakdown, not sources of their own.
      const fiscal = income('fiscalAppropriation');
      const funds = FUND_LINES.map(income).filter((r): r is Row => r !== undefined);
      if (fiscal && funds.length > 0) identity(fiscal, funds, funds.map((f) => f.name).join(' + '));
      const sources = INCOME_SOURCE_LINES.filter((l) => !(fiscal && (FUND_LINES as readonly LineKey[]).includes(l)))
        .map(income)
        .filter((r): r is Row => r !== undefined);
      const current = income('currentIncomeTotal');
      const carryover = income('carryover');
      if (current) {
        identity(current, sources, sourcesLabel(sources));
        identity(income('incomeGrandTotal'), [current, carryover], '本年收入合计 + 上年结转');
      } else {
        identity(income('incomeGrandTotal'), [...sources, carryover], sourcesLabel(carryover ? [...sources, carryover] : sources));
      }
      const classes = table.rows.filter((r) => r.side === 'expenditure' && r.line === 'expenditureClass');
      const currentSpending = expenditure('currentExpenditureTotal');
      const yearEnd = expenditure('yearEndCarryover');
      if (currentSpending) {
        identity(currentSpending, classes, 'Σ 各类支出');
        identity(expenditure('expenditureGrandTotal'), [currentSpending, yearEnd], '本年支出合计 + 年终结转');
      } else {
        identity(expenditure('expenditureGrandTotal'), [...classes, yearEnd], 'Σ 各类支出 + 年终结转');
      }
      identity(expenditure('expenditureGrandTotal'), [income('incomeGrandTotal')], '收入总计');
    }
  },
});

function sourcesLabel(sources: Row[]): string {
  return sources.map((s) => s.name ?? s.label).join(' + ');
}
