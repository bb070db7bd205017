import { defineRule } from '../../src/engine/rule.js';
import { ZERO_TERM } from '../../src/engine/arithmetic.js';
import { lineRow, tableOf } from '../../src/model/query.js';
import type { LineKey } from '../../src/model/table.js';
import { figure, figureSum } from '../cross.js';

/** 三公 lines and the 基本支出 item that pays the same thing from basic money (公务用车运行维护费: BL018). */
const ITEMS: [LineKey, string, RegExp][] = [
  ['reception', '30217', /公务接待费/],
  ['abroad', '30212', /因公出国/],
];

export default defineRule({
  meta: {
    id: 'final/three-public-basic',
    code: 'BL056',
    tags: ['cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '“三公”经费决算数的公务接待费、因公出国（境）费不低于基本支出决算表的同名科目（三公还含项目支出）',
      en: 'The “three public” reception and overseas-travel 决算数 are not below the same basic-expenditure items (三公 covers project money too)',
    },
    messages: {
      below: {
        zh: '{a}为{expected}，低于{b}的{actual}，相差{difference}',
        en: '{a} is {expected}, below {b} of {actual} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const threePublic = tableOf(ctx.doc, 'three-public');
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    if (!threePublic || !economic) return;
    for (const [line, code, name] of ITEMS) {
      const items = economic.rows.filter((r) => r.kind === 'economic-item' && (r.code === code || (!r.code && name.test(r.name ?? ''))));
      const b = figureSum(economic, items, 'total', `${economic.title}“${items[0]?.label ?? code}”`);
      if (!b || b.term.value.isZero()) continue;
      const row = lineRow(threePublic, line);
      const a = (row && figure(threePublic, row, 'total')) ?? { term: ZERO_TERM, place: { table: threePublic.title, row: line, page: threePublic.position.page }, text: `${threePublic.title}“${line}”` };
      ctx.checkIdentity({ messageId: 'below', data: { a: a.text, b: b.text }, expected: a.term, actual: b.term, unit: '万元', location: a.place, related: [b.place], relation: 'atMost' });
    }
  },
});
