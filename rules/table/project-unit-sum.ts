import { defineRule } from '../../src/engine/rule.js';
import { totalRow } from '../../src/model/query.js';
import type { Row } from '../../src/model/table.js';
import { groupsAfter } from '../groups.js';
import { checkColumnSums } from '../sums.js';

export default defineRule({
  meta: {
    id: 'table/project-unit-sum',
    code: 'BL006',
    tags: ['table'],
    severity: 'error',
    description: {
      zh: '项目支出表：单位小计 = Σ其项目，合计 = Σ项目',
      en: 'Project tables: unit subtotal = Σ its projects, total = Σ projects',
    },
    messages: {
      unit: {
        zh: '{table}：单位“{row}”的“{column}”为{actual}，其下{count}个项目合计{expected}，相差{difference}',
        en: '{table}: {column} of unit “{row}” is {actual} but its {count} projects sum to {expected} (difference {difference})',
      },
      total: {
        zh: '{table}：“{row}”的“{column}”为{actual}，全部{count}个项目合计{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but all {count} projects sum to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => (t.kind === 'project-current' || t.kind === 'project-carryover') && !t.empty)) {
      const projects = table.rows.filter((r) => r.kind === 'project');
      // A unit printed twice in a row (a group and the unit itself) heads no projects the first time.
      const units = groupsAfter(table.rows, (r) => r.kind === 'unit', (r) => r.kind === 'project').filter((g) => g.members.length > 0);
      const checks: ['unit' | 'total', Row, Row[]][] = units.map((g) => ['unit', g.head, g.members]);
      const total = totalRow(table);
      if (total && projects.length > 0) checks.unshift(['total', total, projects]);
      for (const [messageId, row, members] of checks) checkColumnSums(ctx, table, row, members, messageId, { row: row.name ?? row.label });
    }
  },
});
