import { defineRule } from '../../src/engine/rule.js';
import { sumTerms, term } from '../../src/engine/arithmetic.js';
import { placeOf } from '../../src/engine/place.js';
import { columnLabel } from '../../src/model/query.js';
import type { ColumnKey, Table } from '../../src/model/table.js';
import { FINAL_ONLY_KEYS, FUND_KEYS, INCOME_SOURCE_KEYS, NUMERIC_KEYS } from '../shared.js';

interface Split {
  whole: ColumnKey;
  parts: ColumnKey[];
}

/**
 * The column identities of one side of a table, from its column keys: 合计 = 基本 + 项目 (+ 经营 …),
 * 合计 = 人员 + 公用, 本年收入 = Σ sources, 合计 = 本年收入 + 上年结转, 合计 = 当年 + 结转,
 * 小计 = Σ funds, 财政拨款 = Σ funds.
 */
export function splitsOf(keys: ColumnKey[]): Split[] {
  const has = (k: ColumnKey) => keys.includes(k);
  const amountKeys = keys.filter((k) => NUMERIC_KEYS.has(k) && !FINAL_ONLY_KEYS.includes(k));
  const splits: Split[] = [];
  const fundsPresent = FUND_KEYS.some(has);
  if (has('fiscalAppropriation') && fundsPresent) splits.push({ whole: 'fiscalAppropriation', parts: FUND_KEYS.filter(has) });
  const sources = INCOME_SOURCE_KEYS.filter(has).filter((k) => !(k === 'fiscalAppropriation' && fundsPresent));
  if (has('currentIncomeSubtotal')) {
    splits.push({ whole: 'currentIncomeSubtotal', parts: sources });
    if (has('total')) splits.push({ whole: 'total', parts: ['currentIncomeSubtotal', ...(has('carryover') ? ['carryover' as const] : [])] });
    return splits.filter((s) => s.parts.length > 0);
  }
  if (has('total')) {
    const parts = amountKeys.filter((k) => k !== 'total' && !(k === 'fiscalAppropriation' && fundsPresent));
    if (parts.length > 0) splits.push({ whole: 'total', parts });
  }
  return splits;
}

function sidesOf(table: Table): (undefined | 'income' | 'expenditure')[] {
  return table.columns.some((c) => c.side) ? ['income', 'expenditure'] : [undefined];
}

export default defineRule({
  meta: {
    id: 'table/row-split',
    code: 'BL002',
    tags: ['table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '行内分项：合计 = 基本支出 + 项目支出、人员经费 + 公用经费、各收入来源之和、各资金性质之和',
      en: 'Row splits: total = basic + project, personnel + public, Σ income sources, Σ funds',
    },
    messages: {
      split: {
        zh: '{table}：{row}的“{column}”为{actual}，而{parts}之和为{expected}，相差{difference}',
        en: '{table}: {column} of {row} is {actual} but {parts} add up to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      if (table.empty || table.kind === 'other' || table.kind === 'performance-target') continue;
      for (const side of sidesOf(table)) {
        const keys = table.columns.filter((c) => c.side === side).map((c) => c.key);
        const splits = splitsOf(keys);
        for (const row of table.rows.filter((r) => r.side === side)) {
          for (const { whole, parts } of splits) {
            if (!row.cells[whole]) continue;
            const location = placeOf(table, row, whole);
            ctx.checkIdentity({
              messageId: 'split',
              data: {
                table: table.title,
                row: row.label,
                column: location.column ?? whole,
                parts: parts.map((p) => `“${columnLabel(table, p, side)}”`).join('、'),
              },
              expected: sumTerms(parts.map((p) => term(row.cells[p]))),
              actual: term(row.cells[whole]),
              unit: table.unit,
              location,
              related: parts.map((p) => placeOf(table, row, p)),
            });
          }
        }
      }
    }
  },
});
