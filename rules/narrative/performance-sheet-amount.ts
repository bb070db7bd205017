import { Decimal } from 'decimal.js';
import { defineRule } from '../../src/engine/rule.js';
import { term } from '../../src/engine/arithmetic.js';
import { placeOf } from '../../src/engine/place.js';
import { normalizeName } from '../../src/model/classification.js';
import { scaleToWan } from '../../src/model/query.js';

export default defineRule({
  meta: {
    id: 'narrative/performance-sheet-amount',
    code: 'BL111',
    tags: ['narrative', 'cross-table'],
    severity: 'error',
    description: {
      zh: '每张项目绩效目标表的年度资金总额等于项目支出表中该项目的金额',
      en: 'Each performance-target sheet’s annual amount equals its project’s amount in the project table',
    },
    messages: {
      amount: {
        zh: '“{project}”绩效目标表的年度资金总额为{sheet}，而项目支出表中该项目为{expected}万元',
        en: 'The target sheet of “{project}” states {sheet}, but the project table has {expected}万元',
      },
      missing: {
        zh: '“{project}”有绩效目标表，但项目支出表中没有这个项目',
        en: '“{project}” has a performance-target sheet but is not in the project table',
      },
    },
  },
  check(ctx) {
    const projectTables = ctx.doc.tables.filter((t) => (t.kind === 'project-current' || t.kind === 'project-carryover') && !t.empty);
    if (projectTables.length === 0) return; // no project table, or an empty one (completeness/empty-contradicted says so)
    for (const sheet of ctx.doc.performanceTargets ?? []) {
      if (!sheet.projectName || !sheet.annualAmount) continue;
      const name = normalizeName(sheet.projectName);
      const rows = projectTables.flatMap((table) => table.rows.filter((r) => r.kind === 'project' && normalizeName(r.name ?? '') === name).map((row) => ({ table, row })));
      const location = { table: sheet.title, row: sheet.projectName, page: sheet.position.page, line: sheet.position.line, excerpt: `年度资金总额：${sheet.annualAmount.raw}` };
      if (rows.length === 0) {
        ctx.report({ messageId: 'missing', severity: 'warning', data: { project: sheet.projectName }, location });
        continue;
      }
      const sheetTerm = term(sheet.annualAmount, sheet.unit === '元' ? new Decimal('0.0001') : 1);
      // The same project name can appear under two units (004: 临时人员聘用): any one of them may be the sheet's.
      const candidates = rows.map(({ table, row }) => ({ table, row, term: term(row.cells.total, scaleToWan(table)) }));
      const match = candidates.find((c) => c.term.value.minus(sheetTerm.value).abs().lte(c.term.radius.plus(sheetTerm.radius)));
      const best = match ?? candidates[0];
      ctx.checkIdentity({
        messageId: 'amount',
        data: { project: sheet.projectName, sheet: `${sheet.annualAmount.raw}${sheet.unit}` },
        expected: best.term,
        actual: sheetTerm,
        unit: '万元',
        location,
        related: [placeOf(best.table, best.row, 'total')],
      });
    }
  },
});
