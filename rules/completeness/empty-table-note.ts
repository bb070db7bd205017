import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'completeness/empty-table-note',
    code: 'BL021',
    tags: ['completeness'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '空表应附说明（如“本表无数据”“空表列示”）',
      en: 'An empty table carries a note saying so (本表无数据 / 空表列示)',
    },
    messages: {
      noNote: {
        zh: '{table}没有数据，也没有说明为何为空',
        en: '{table} has no data and no note saying why',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      if (!table.empty || table.note || table.kind === 'other' || table.kind === 'performance-target') continue;
      ctx.report({ messageId: 'noNote', data: { table: table.title }, location: { table: table.title, page: table.position.page, line: table.position.line } });
    }
  },
});
