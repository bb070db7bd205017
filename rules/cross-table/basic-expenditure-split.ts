import { compare, sumTerms } from '../../src/engine/arithmetic.js';
import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import type { Table } from '../../src/model/table.js';
import { figure, pair } from '../cross.js';

/** Summary tables that print basic expenditure split into 人员经费 / 公用经费 (e.g. the Shanghai 单位 财务收支预算总表). */
const SPLIT_KINDS = ['summary', 'expenditure', 'general-budget-expenditure'] as const;

function splitTotalRow(table: Table) {
  return totalRow(table) ?? lineRow(table, 'expenditureGrandTotal') ?? lineRow(table, 'currentExpenditureTotal');
}

export default defineRule({
  meta: {
    id: 'cross-table/basic-expenditure-split',
    code: 'BL024',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '汇总表所列基本支出的人员经费、公用经费 = 基本支出经济分类表的人员经费、公用经费（两表基本支出合计一致时）',
      en: 'The 人员经费/公用经费 split of basic expenditure in a summary table = the split in the economic classification table (when both basic totals agree)',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}（两表基本支出合计一致，拆分不一致）',
        en: '{a} is {actual} but {b} is {expected} (difference {difference}; the basic totals agree, the split does not)',
      },
    },
  },
  check(ctx) {
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    if (!economic) return;
    const econTotal = totalRow(economic);
    const econBasic = figure(economic, econTotal, 'total');
    const econPersonnel = figure(economic, econTotal, 'personnel');
    const econPublic = figure(economic, econTotal, 'publicUse');
    if (!econBasic || !econPersonnel || !econPublic) return;
    for (const table of ctx.doc.tables) {
      if (!(SPLIT_KINDS as readonly string[]).includes(table.kind)) continue;
      const row = splitTotalRow(table);
      if (row?.cells.personnel === undefined || row.cells.publicUse === undefined) continue;
      const personnel = figure(table, row, 'personnel');
      const publicUse = figure(table, row, 'publicUse');
      if (!personnel || !publicUse) continue;
      // The summary covers all money, the economic table the general budget only: the split is comparable when the basic totals agree.
      if (compare(econBasic.term, sumTerms([personnel.term, publicUse.term])).verdict === 'mismatch') continue;
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: personnel.text, b: econPersonnel.text }, ...pair(personnel, econPersonnel) });
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: publicUse.text, b: econPublic.text }, ...pair(publicUse, econPublic) });
    }
  },
});
