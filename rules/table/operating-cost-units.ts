import { defineRule } from '../../src/engine/rule.js';
import { sumTerms, term } from '../../src/engine/arithmetic.js';
import { placeOf } from '../../src/engine/place.js';
import type { ColumnKey } from '../../src/model/table.js';
import { NUMERIC_KEYS } from '../shared.js';

export default defineRule({
  meta: {
    id: 'table/operating-cost-units',
    code: 'BL007',
    tags: ['table'],
    severity: 'error',
    description: {
      zh: '机关运行经费表：部门合计 = Σ各单位',
      en: 'Operating costs table: department total = Σ units',
    },
    messages: {
      units: {
        zh: '{table}：“{row}”的“{column}”为{actual}，{count}个单位合计{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but the {count} units sum to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => t.kind === 'operating-costs' && !t.empty)) {
      const total = table.rows.find((r) => r.kind === 'total');
      const units = table.rows.filter((r) => r.kind === 'unit');
      if (!total || units.length === 0) continue;
      for (const key of Object.keys(total.cells) as ColumnKey[]) {
        if (!NUMERIC_KEYS.has(key)) continue;
        const location = placeOf(table, total, key);
        ctx.checkIdentity({
          messageId: 'units',
          data: { table: table.title, row: total.label, column: location.column ?? key, count: units.length },
          expected: sumTerms(units.map((u) => term(u.cells[key]))),
          actual: term(total.cells[key]),
          unit: table.unit,
          location,
          related: units.map((u) => placeOf(table, u, key)),
        });
      }
    }
  },
});
