import { sumTerms, term } from '../src/engine/arithmetic.js';
import { placeOf } from '../src/engine/place.js';
import type { Data, RuleContext } from '../src/engine/rule.js';
import type { ColumnKey, Row, Table } from '../src/model/table.js';
import { NUMERIC_KEYS } from './shared.js';

/**
 * `parent = Σ parts`, column by column, for every amount column the parent row prints. The message
 * gets `table`, `row`, `column` and `count` on top of the caller's data.
 */
export function checkColumnSums<M extends string>(
  ctx: RuleContext<M>,
  table: Table,
  parent: Row,
  parts: Row[],
  messageId: M,
  data: Data = {},
): void {
  if (parts.length === 0) return;
  for (const key of Object.keys(parent.cells) as ColumnKey[]) {
    if (!NUMERIC_KEYS.has(key)) continue;
    const location = placeOf(table, parent, key);
    ctx.checkIdentity({
      messageId,
      data: { table: table.title, row: parent.label, column: location.column ?? key, count: parts.length, ...data },
      expected: sumTerms(parts.map((p) => term(p.cells[key]))),
      actual: term(parent.cells[key]),
      unit: table.unit,
      location,
      related: parts.map((p) => placeOf(table, p, key)),
    });
  }
}
