import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { functionRow, lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { INCOME_SOURCE_LINES, type ColumnKey, type LineKey, type Row } from '../../src/model/table.js';
import { figure, pair, type Figure } from '../cross.js';

const COLUMNS: ColumnKey[] = ['total', 'basic', 'project'];
/** Money other than this year's 一般公共预算 appropriation that a department may spend (表1 lines). */
const OTHER_MONEY: LineKey[] = [...INCOME_SOURCE_LINES.filter((l) => l !== 'generalBudget'), 'nonFiscalBalanceUsed', 'carryover'];

/**
 * 表5 (一般公共预算财政拨款支出) is part of 表3 (all spending): per code and column 表5 ≤ 表3. The gap is
 * spending of other money (non-fiscal income, 年初结转和结余): when 表1 shows none, 表3 = 表5 per code;
 * otherwise the total gap is at most that other money.
 */
export default defineRule({
  meta: {
    id: 'final/spending-by-code',
    code: 'BL054',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '支出决算表 − 一般公共预算财政拨款支出决算表（逐科目）由其他资金或结转结余解释：不为负；无其他资金时相等',
      en: 'Expenditure − general budget expenditure, code by code, is explained by other money or carry-over: never negative, zero when there is none',
    },
    messages: {
      exceeds: {
        zh: '{a}为{actual}，超过{b}的{expected}（财政拨款支出是全部支出的一部分），超出{difference}',
        en: '{a} is {actual}, more than {b} of {expected} (fiscal spending is part of all spending; by {difference})',
      },
      equal: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}（收入支出决算总表无其他资金和结转结余，两者应相等）',
        en: '{a} is {actual} but {b} is {expected} (difference {difference}; the summary shows no other money or carry-over, so they are equal)',
      },
      gap: {
        zh: '支出决算表与一般公共预算财政拨款支出决算表合计相差{actual}，超过其他资金和结转结余合计{expected}，超出{difference}',
        en: 'The expenditure table exceeds the general budget table by {actual}, more than the other money and carry-over of {expected} (by {difference})',
      },
      missing: {
        zh: '科目{code}在{present}中为{actual}，但{absent}没有该科目',
        en: 'Code {code} is {actual} in {present} but missing from {absent}',
      },
    },
  },
  check(ctx) {
    const spending = tableOf(ctx.doc, 'expenditure');
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const summary = tableOf(ctx.doc, 'summary');
    if (!spending || !general || !summary || spending.empty || general.empty) return;
    const other = OTHER_MONEY.map((l) => figure(summary, lineRow(summary, l, 'income'), 'total')).filter((f): f is Figure => f !== undefined);
    const noOtherMoney = other.every((f) => f.term.value.isZero());
    const rows: [Row | undefined, Row | undefined][] = [[totalRow(general), totalRow(spending)]];
    const codes = [...new Set([...general.rows, ...spending.rows].filter((r) => r.kind === 'function').map((r) => r.code!))];
    for (const code of codes) rows.push([functionRow(general, code), functionRow(spending, code)]);
    for (const [fiscalRow, allRow] of rows) {
      if (!fiscalRow || !allRow) {
        const [table, row, absent] = fiscalRow ? [general, fiscalRow, spending] : [spending, allRow!, general];
        const present = figure(table, row, 'total');
        // A code of 表3 paid from other money only is expected when there is other money.
        if (!present || present.term.value.isZero() || (!fiscalRow && !noOtherMoney)) continue;
        const actual = present.term.value.toFixed(2);
        ctx.report({ messageId: 'missing', data: { code: row.code ?? '', present: table.title, absent: absent.title, actual }, location: present.place, actual, unit: '万元' });
        continue;
      }
      for (const key of COLUMNS) {
        const a = figure(general, fiscalRow, key);
        const b = figure(spending, allRow, key);
        if (!a || !b || !fiscalRow.cells[key]) continue;
        const check = { data: { a: a.text, b: b.text }, ...pair(a, b) };
        if (noOtherMoney) ctx.checkIdentity({ messageId: 'equal', ...check });
        else ctx.checkIdentity({ messageId: 'exceeds', ...check, relation: 'atMost' });
      }
    }
    if (noOtherMoney) return;
    const all = figure(spending, totalRow(spending), 'total');
    const fiscal = figure(general, totalRow(general), 'total');
    if (!all || !fiscal) return;
    const gap = { value: all.term.value.minus(fiscal.term.value), radius: all.term.radius.plus(fiscal.term.radius) };
    ctx.checkIdentity({
      messageId: 'gap',
      data: {},
      expected: sumTerms(other.map((f) => f.term)),
      actual: gap,
      unit: '万元',
      location: all.place,
      related: [fiscal.place, ...other.filter((f) => !f.term.value.isZero()).map((f) => f.place)],
      relation: 'atMost',
    });
  },
});
