import { defineRule } from '../../src/engine/rule.js';
import { lineRow, totalRow } from '../../src/model/query.js';
import type { LineKey, Row } from '../../src/model/table.js';
import { checkColumnSums } from '../sums.js';

const COMPOSITIONS: [LineKey, LineKey[]][] = [
  ['threePublicTotal', ['abroad', 'reception', 'vehicle']],
  ['vehicle', ['vehiclePurchase', 'vehicleOperation']],
];

export default defineRule({
  meta: {
    id: 'table/three-public-composition',
    code: 'BL004',
    tags: ['table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '“三公”经费：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车 = 购置费 + 运行维护费',
      en: '“Three public” costs: total = overseas travel + reception + vehicles; vehicles = purchase + operation',
    },
    messages: {
      composition: {
        zh: '{table}：“{row}”的“{column}”为{actual}，而{parts}之和为{expected}，相差{difference}',
        en: '{table}: {column} of “{row}” is {actual} but {parts} add up to {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => t.kind === 'three-public' && !t.empty)) {
      const total = totalRow(table);
      const find = (line: LineKey): Row | undefined => (line === 'threePublicTotal' ? total : lineRow(table, line));
      for (const [whole, partLines] of COMPOSITIONS) {
        const row = find(whole);
        const parts = partLines.map(find).filter((r): r is Row => r !== undefined);
        if (!row || parts.length < 2) continue;
        checkColumnSums(ctx, table, row, parts, 'composition', { parts: parts.map((p) => `“${p.name}”`).join('、') });
      }
    }
  },
});
