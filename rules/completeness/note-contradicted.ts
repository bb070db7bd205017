import { defineRule } from '../../src/engine/rule.js';
import { placeOf } from '../../src/engine/place.js';
import { formatAmount } from '../../src/engine/run.js';

/** Notes that declare a table empty: `本表无数据`, `空表列示`, `故本表为空表`, `无…预算`. */
const EMPTY_NOTE_RE = /本表无数据|空表列示|本表为空表|无.{0,20}(预算|数据|支出)[，,。]?.*空表/;

export default defineRule({
  meta: {
    id: 'completeness/note-contradicted',
    code: 'BL023',
    tags: ['completeness'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '注明“本表无数据/空表”的表格不应有数字',
      en: 'A table whose note says it is empty carries no figures',
    },
    messages: {
      notEmpty: {
        zh: '{table}注明“{note}”，但表中“{row}”为{actual}',
        en: '{table} says “{note}” but “{row}” is {actual}',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      if (table.empty || !table.note || !EMPTY_NOTE_RE.test(table.note)) continue;
      const row = table.rows.find((r) => Object.values(r.cells).some((a) => a && !a.value.isZero()));
      const amount = row && Object.entries(row.cells).find(([, a]) => a && !a.value.isZero());
      if (!row || !amount) continue;
      const [key, value] = amount;
      const actual = formatAmount(value!.value);
      ctx.report({
        messageId: 'notEmpty',
        data: { table: table.title, note: table.note, row: row.name ?? row.label, actual },
        expected: '0.00',
        actual,
        unit: table.unit,
        location: { ...placeOf(table, row, key as Parameters<typeof placeOf>[2]), excerpt: table.note },
      });
    }
  },
});
