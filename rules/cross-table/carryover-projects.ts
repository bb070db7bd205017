import { defineRule } from '../../src/engine/rule.js';
import { ZERO_TERM } from '../../src/engine/arithmetic.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { figure, figureSum, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/carryover-projects',
    code: 'BL019',
    tags: ['cross-table'],
    severity: 'warning',
    description: {
      zh: '上年结转项目支出表合计 = 收支总表上年结转（结转资金全部用于项目时）',
      en: 'Carry-over project table total = carry-over in the summary table (when all carry-over is project money)',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}（若结转资金并非全部用于项目可忽略）',
        en: '{a} is {actual} but {b} is {expected} (difference {difference}; fine if not all carry-over is project money)',
      },
    },
  },
  check(ctx) {
    const carryover = tableOf(ctx.doc, 'project-carryover');
    const summary = tableOf(ctx.doc, 'summary');
    if (!carryover || !summary) return;
    const b = figure(summary, lineRow(summary, 'carryover', 'income'), 'total');
    if (!b) return;
    const total = totalRow(carryover);
    const projects = carryover.rows.filter((r) => r.kind === 'project');
    const a = (total ? figure(carryover, total, 'total') : figureSum(carryover, projects, 'total', `${carryover.title}（项目合计）`)) ?? {
      term: ZERO_TERM,
      place: { table: carryover.title, page: carryover.position.page, line: carryover.position.line },
      text: carryover.title,
    };
    ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
  },
});
