import { defineRule } from '../../src/engine/rule.js';
import { placeOf } from '../../src/engine/place.js';
import { knownNames, normalizeName } from '../../src/model/classification.js';

export default defineRule({
  meta: {
    id: 'consistency/code-name',
    code: 'BL030',
    tags: ['consistency'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '科目编码与科目名称一致（对照实际公开文件中出现过的编码名称；未知编码不报）',
      en: 'Classification codes carry their names (checked against names seen in real filings; unknown codes pass)',
    },
    messages: {
      name: {
        zh: '{table}：科目{code}印为“{name}”，该编码的名称应为“{known}”',
        en: '{table}: code {code} is printed as “{name}” but that code is named “{known}”',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables) {
      for (const row of table.rows) {
        if (!row.code || !row.name) continue;
        const economic = row.kind === 'economic-class' || row.kind === 'economic-item';
        if (row.kind !== 'function' && !economic) continue;
        const names = knownNames(economic ? 'economic' : 'function', row.code);
        if (!names || names.has(normalizeName(row.name))) continue;
        ctx.report({
          messageId: 'name',
          data: { table: table.title, code: row.code, name: row.name, known: [...names][0] },
          location: placeOf(table, row),
        });
      }
    }
  },
});

