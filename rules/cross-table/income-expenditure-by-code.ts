import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { functionRow, tableOf } from '../../src/model/query.js';
import { knownNames } from '../../src/model/classification.js';
import { cellFigure } from '../../src/engine/figure.js';
import type { Figure as PrintedFigure } from '../../src/model/finding.js';
import type { ColumnKey, Row, Table } from '../../src/model/table.js';
import { compareByCode, figure, type Figure } from '../cross.js';

/** A 收入总表 row's full amount: 合计, or 本年收入 + 上年结转 where 合计 is only this year's. */
function incomeFigure(income: Table, row: Row): Figure | undefined {
  const keys: ColumnKey[] = income.columns.some((c) => c.key === 'total') ? ['total'] : ['currentIncomeSubtotal', 'carryover'];
  const parts = keys.map((k) => figure(income, row, k)).filter((f): f is Figure => f !== undefined);
  if (parts.length === 0) return undefined;
  return { term: sumTerms(parts.map((p) => p.term)), place: parts[0].place, text: `${income.title}“${row.label}”` };
}

export default defineRule({
  meta: {
    id: 'cross-table/income-expenditure-by-code',
    code: 'BL012',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '收入总表（本年 + 上年结转）与支出总表合计逐科目相等',
      en: 'Income table (current + carry-over) equals the expenditure table total, code by code',
    },
    messages: {
      mismatch: {
        zh: '科目{code}：{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: 'Code {code}: {a} is {actual} but {b} is {expected} (difference {difference})',
      },
      missing: {
        zh: '科目{code}在{present}中为{actual}，但{absent}没有该科目',
        en: 'Code {code} is {actual} in {present} but missing from {absent}',
      },
    },
  },
  check(ctx) {
    const misprint = misprintedCodes(ctx.doc.tables);
    const income = tableOf(ctx.doc, 'income');
    const expenditure = tableOf(ctx.doc, 'expenditure');
    if (!income || !expenditure || income.empty || expenditure.empty) return;
    // A row printed under a code that does not exist (R12: class “7” for 210) is missing from the
    // other table under its real code: both findings are about the misprinted row.
    compareByCode(
      ctx,
      { table: income, figureOf: (row) => incomeFigure(income, row) },
      { table: expenditure, figureOf: (row) => figure(expenditure, row, 'total') },
      misprint,
    );
  },
});

/**
 * Rows that stand in one table under a code no classification has, and in the other table under a
 * known code with the same name and amount: the unknown code is a misprint. Maps both codes to the
 * misprinted cell.
 */
function misprintedCodes(tables: Table[]): Map<string, PrintedFigure | undefined> {
  const out = new Map<string, PrintedFigure | undefined>();
  const income = tables.find((t) => t.kind === 'income');
  const expenditure = tables.find((t) => t.kind === 'expenditure');
  if (!income || !expenditure) return out;
  const orphans = (a: Table, b: Table) => a.rows.filter((r) => r.kind === 'function' && r.code && !functionRow(b, r.code));
  for (const [a, b] of [[income, expenditure], [expenditure, income]] as const) {
    const candidates = orphans(b, a).filter((r) => knownNames('function', r.code!));
    for (const bad of orphans(a, b).filter((r) => !knownNames('function', r.code!))) {
      const good = candidates.filter((r) => r.name === bad.name && r.cells.total && bad.cells.total && r.cells.total.value.eq(bad.cells.total.value));
      if (good.length !== 1) continue;
      const figure = cellFigure(a, bad, 'total');
      out.set(bad.code!, figure);
      out.set(good[0].code!, figure);
    }
  }
  return out;
}
