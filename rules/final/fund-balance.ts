import { sumTerms, type Term } from '../../src/engine/arithmetic.js';
import { defineRule } from '../../src/engine/rule.js';
import type { ColumnKey, Row, Table } from '../../src/model/table.js';
import { figure } from '../cross.js';

const negate = (t: Term): Term => ({ ...t, value: t.value.neg() });
const PARTS: ColumnKey[] = ['openingBalance', 'currentIncome', 'total'];

/**
 * 表8/表9 (政府性基金 / 国有资本经营预算财政拨款收入支出决算表), every row: 年末结转和结余 = 年初结转和结余 +
 * 本年收入 − 本年支出. A warning, not an error: no real 决算 in the samples prints data in these tables
 * (FINAL_ACCOUNTS.md: not verifiable yet), so the identity is checked as the template defines it.
 */
export default defineRule({
  meta: {
    id: 'final/fund-balance',
    code: 'BL065',
    tags: ['table'],
    severity: 'warning',
    documents: ['final'],
    description: {
      zh: '政府性基金、国有资本经营预算财政拨款收入支出决算表每行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出',
      en: 'Government-fund and state-capital final-accounts tables, every row: closing balance = opening balance + income − expenditure',
    },
    messages: {
      balance: {
        zh: '{table}“{row}”的年末结转和结余为{actual}，而年初结转和结余 + 本年收入 − 本年支出为{expected}，相差{difference}',
        en: '{table} “{row}”: closing balance {actual}, but opening + income − expenditure is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const tables = ctx.doc.tables.filter((t) => (t.kind === 'government-fund-expenditure' || t.kind === 'state-capital') && !t.empty && hasColumns(t));
    for (const table of tables) {
      for (const row of table.rows.filter((r) => r.kind === 'function' || r.kind === 'total')) {
        if (!printsAny(row)) continue;
        const closing = figure(table, row, 'closingBalance');
        const parts = PARTS.map((key) => figure(table, row, key));
        if (!closing || parts.some((p) => p === undefined)) continue;
        const [opening, income, spent] = parts as NonNullable<(typeof parts)[number]>[];
        ctx.checkIdentity({
          messageId: 'balance',
          data: { table: table.title, row: row.label },
          expected: sumTerms([opening.term, income.term, negate(spent.term)]),
          actual: closing.term,
          unit: '万元',
          location: closing.place,
          related: [opening.place, income.place, spent.place],
        });
      }
    }
  },
});

const hasColumns = (t: Table) => ['closingBalance', ...PARTS].every((key) => t.columns.some((c) => c.key === key));
const printsAny = (row: Row) => ['closingBalance', ...PARTS].some((key) => row.cells[key as ColumnKey] !== undefined);
