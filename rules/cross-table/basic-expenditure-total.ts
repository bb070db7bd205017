import { defineRule } from '../../src/engine/rule.js';
import { tableOf, totalRow } from '../../src/model/query.js';
import { figure, pair } from '../cross.js';

export default defineRule({
  meta: {
    id: 'cross-table/basic-expenditure-total',
    code: 'BL015',
    tags: ['cross-table'],
    severity: 'error',
    description: {
      zh: '一般公共预算支出表的基本支出合计 = 基本支出经济分类表合计',
      en: 'Basic expenditure total of the general budget table = total of the economic classification table',
    },
    messages: {
      mismatch: {
        zh: '{a}为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} is {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    if (!general || !economic) return;
    const a = figure(economic, totalRow(economic), 'total');
    const b = figure(general, totalRow(general), 'basic');
    if (a && b) ctx.checkIdentity({ messageId: 'mismatch', data: { a: a.text, b: b.text }, ...pair(a, b) });
  },
});
