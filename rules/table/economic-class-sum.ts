import { defineRule } from '../../src/engine/rule.js';
import { totalRow } from '../../src/model/query.js';
import type { Row } from '../../src/model/table.js';
import { groupsAfter } from '../groups.js';
import { checkColumnSums } from '../sums.js';

export default defineRule({
  meta: {
    id: 'table/economic-class-sum',
    code: 'BL005',
    tags: ['table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '基本支出经济分类：类 = Σ款，合计 = Σ类（逐列）',
      en: 'Basic expenditure by economic class: class = Σ items, total = Σ classes (per column)',
    },
    messages: {
      sum: {
        zh: '{table}：“{row}”的“{column}”为{actual}，其下{count}行合计{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but its {count} rows sum to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => t.kind === 'basic-expenditure-economic' && !t.empty)) {
      const groups = groupsAfter(table.rows, (r) => r.kind === 'economic-class', (r) => r.kind === 'economic-item');
      const total = totalRow(table);
      const classes = groups.map((g) => g.head);
      const pairs: [Row, Row[]][] = groups.map((g) => [g.head, g.members]);
      if (total && classes.length > 0) pairs.unshift([total, classes]);
      for (const [parent, children] of pairs) checkColumnSums(ctx, table, parent, children, 'sum');
    }
  },
});
