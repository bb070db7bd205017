import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'consistency/title-year',
    code: 'BL031',
    tags: ['consistency'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '表格标题中的年度与文件的预算年度一致',
      en: 'The year in a table title is the document’s budget year',
    },
    messages: {
      year: {
        zh: '{table}：标题年度为{titleYear}年，而本文件是{year}年预算',
        en: '{table}: the title says {titleYear} but the document is the {year} budget',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      if (table.kind === 'other' || table.kind === 'performance-target' || table.titleYear === undefined) continue;
      if (table.titleYear === ctx.doc.year) continue;
      ctx.report({
        messageId: 'year',
        data: { table: table.title, titleYear: table.titleYear, year: ctx.doc.year },
        expected: String(ctx.doc.year),
        actual: String(table.titleYear),
        location: { table: table.title, page: table.position.page, line: table.position.line, excerpt: table.title },
      });
    }
  },
});
