import { defineRule } from '../../src/engine/rule.js';
import { totalRow } from '../../src/model/query.js';
import { checkColumnSums } from '../sums.js';

export default defineRule({
  meta: {
    id: 'table/operating-cost-units',
    code: 'BL007',
    tags: ['table'],
    severity: 'error',
    description: {
      zh: '机关运行经费表：部门合计 = Σ各单位',
      en: 'Operating costs table: department total = Σ units',
    },
    messages: {
      units: {
        zh: '{table}：“{row}”的“{column}”为{actual}，{count}个单位合计{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but the {count} units sum to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => t.kind === 'operating-costs' && !t.empty)) {
      const total = totalRow(table);
      const units = table.rows.filter((r) => r.kind === 'unit');
      if (total) checkColumnSums(ctx, table, total, units, 'units');
    }
  },
});
