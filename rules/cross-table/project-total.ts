import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { tableOf, totalRow } from '../../src/model/query.js';
import type { Row, Table } from '../../src/model/table.js';
import { figure, figureSum, type Figure, pair } from '../cross.js';

/** A project table's total: its 合计 row, or the sum of its projects when it prints none. */
function projectTotal(table: Table | undefined, key: 'total' | 'generalBudget'): Figure | undefined {
  if (!table || table.empty) return undefined;
  const total = totalRow(table);
  if (total) return figure(table, total, key);
  const projects: Row[] = table.rows.filter((r) => r.kind === 'project');
  return figureSum(table, projects, key, `${table.title}（项目合计）`);
}

export default defineRule({
  meta: {
    id: 'cross-table/project-total',
    code: 'BL017',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '支出总表项目支出 = 项目支出表（本年 + 上年结转）合计；一般公共预算项目支出 = 本年项目支出表一般公共预算合计',
      en: 'Project expenditure of the expenditure table = project tables (current + carry-over); general budget project expenditure = the current project table’s 一般公共预算 total',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const current = tableOf(ctx.doc, 'project-current');
    const carryover = tableOf(ctx.doc, 'project-carryover');
    const currentTotal = projectTotal(current, 'total');
    if (!currentTotal) return; // an empty project table is completeness/empty-contradicted's case
    const carryoverTotal = projectTotal(carryover, 'total');
    const expenditure = tableOf(ctx.doc, 'expenditure');
    const a = expenditure && figure(expenditure, totalRow(expenditure), 'project');
    if (a) {
      const parts = [currentTotal, carryoverTotal].filter((f): f is Figure => f !== undefined);
      const text = parts.map((p) => p.text).join(' + ');
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: text }, expected: sumTerms(parts.map((p) => p.term)), actual: a.term, unit: '万元', location: a.place, related: parts.map((p) => p.place) });
    }
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const g = general && figure(general, totalRow(general), 'project');
    const currentGeneral = projectTotal(current, 'generalBudget');
    if (g && currentGeneral) {
      ctx.checkIdentity({ messageId: 'mismatch', data: { a: g.text, b: currentGeneral.text }, ...pair(g, currentGeneral) });
    }
  },
});
