import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import { figure, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/operating-costs',
    code: 'BL016',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '机关运行经费不超过基本支出经济分类表的公用经费合计',
      en: 'Operating costs (机关运行经费) do not exceed the public-use (公用经费) total of basic expenditure',
    },
    messages: {
      exceeds: {
        zh: '{a}为{actual}，超过{b}的{expected}，超出{difference}',
        en: '{a} is {actual}, more than {b} of {expected} (by {difference})',
      },
    },
  },
  check(ctx) {
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    const operating = tableOf(ctx.doc, 'operating-costs');
    const threePublic = tableOf(ctx.doc, 'three-public');
    if (!economic) return;
    // Shanghai prints 机关运行经费 as a line of the 三公 table.
    const a = operating ? figure(operating, totalRow(operating), 'total') : threePublic ? figure(threePublic, lineRow(threePublic, 'operatingCosts'), 'total') : undefined;
    const b = figure(economic, totalRow(economic), 'publicUse');
    if (!a || !b) return;
    ctx.checkIdentity({ messageId: 'exceeds', data: { a: a.text, b: b.text }, ...pair(a, b), relation: 'atMost' });
  },
});
