import { defineRule } from '../../src/engine/rule.js';
import { ZERO_TERM } from '../../src/engine/arithmetic.js';
import { lineRow, tableOf } from '../../src/model/query.js';
import { figure, figureSum } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/vehicle-operation',
    code: 'BL018',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '“三公”经费表的公务用车运行维护费不低于基本支出经济分类表的同名科目',
      en: 'Vehicle operation in the “three public” table is not below the same economic item of basic expenditure',
    },
    messages: {
      below: {
        zh: '{a}为{expected}，低于{b}的{actual}（“三公”经费涵盖全部财政拨款，不应少于基本支出中的该项），相差{difference}',
        en: '{a} is {expected}, below {b} of {actual} (the “three public” table covers all fiscal money, so it cannot be less; difference {difference})',
      },
    },
  },
  check(ctx) {
    const threePublic = tableOf(ctx.doc, 'three-public');
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    if (!threePublic || !economic) return;
    const items = economic.rows.filter((r) => r.kind === 'economic-item' && /公务用车运行维护费/.test(r.name ?? ''));
    const b = figureSum(economic, items, 'total', `${economic.title}“公务用车运行维护费”`);
    if (!b || b.term.value.isZero()) return;
    const row = lineRow(threePublic, 'vehicleOperation');
    const a = row ? figure(threePublic, row, 'total') : undefined;
    const shown = a ?? { term: ZERO_TERM, place: { table: threePublic.title, row: '公务用车运行维护费', page: threePublic.position.page, line: threePublic.position.line }, text: `${threePublic.title}“公务用车运行维护费”` };
    // a ≥ b, i.e. b ≤ a
    ctx.checkIdentity({ messageId: 'below', data: { a: shown.text, b: b.text }, expected: shown.term, actual: b.term, unit: '万元', location: shown.place, related: [b.place], relation: 'atMost' });
  },
});
