import { defineRule } from '../../src/engine/rule.js';
import { totalRow } from '../../src/model/query.js';
import type { Row, Table } from '../../src/model/table.js';
import { checkColumnSums } from '../sums.js';

const FUNCTION_TABLES = new Set(['income', 'expenditure', 'general-budget-expenditure', 'government-fund-expenditure', 'state-capital']);

/** Children of a row in the 类-款-项 hierarchy: rows whose code extends its code by two digits. */
function childrenOf(table: Table, parent: Row): Row[] {
  const code = parent.code ?? '';
  return table.rows.filter((r) => r.kind === 'function' && r.code?.length === code.length + 2 && r.code.startsWith(code));
}

export default defineRule({
  meta: {
    id: 'table/hierarchy-sum',
    code: 'BL001',
    tags: ['table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '功能分类：类 = Σ款，款 = Σ项，合计 = Σ类（逐列）',
      en: 'Function classification: class = Σ sections, section = Σ items, total = Σ classes (per column)',
    },
    messages: {
      parent: {
        zh: '{table}：{row}的“{column}”为{actual}，其下级{count}行合计{expected}，相差{difference}',
        en: '{table}: {column} of {row} is {actual} but its {count} sub-rows sum to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => FUNCTION_TABLES.has(t.kind) && !t.empty)) {
      const classes = table.rows.filter((r) => r.kind === 'function' && r.level === 'class');
      const parents: [Row, Row[]][] = table.rows
        .filter((r) => r.kind === 'function' && r.level !== 'item')
        .map((r) => [r, childrenOf(table, r)]);
      const total = totalRow(table);
      if (total && classes.length > 0) parents.unshift([total, classes]);
      for (const [parent, children] of parents) checkColumnSums(ctx, table, parent, children, 'parent');
    }
  },
});
