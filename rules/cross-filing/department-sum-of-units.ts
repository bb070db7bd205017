import { compare, sumTerms, type Term } from '../../src/engine/arithmetic.js';
import { comparableColumns, comparableTables } from '../../src/crossfile/consolidation.js';
import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { cellTerm, placeIn, rowOf } from '../../src/crossfile/terms.js';

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/department-sum-of-units',
    code: 'BL201',
    tags: ['cross-filing', 'consolidation'],
    severity: 'error',
    description: {
      zh: '本次包含部门列明的全部单位时，部门预算每一行 = 各单位预算同一行之和',
      en: 'When every unit the department lists is in the run, each department line = Σ the units’ same line',
    },
    messages: {
      sum: {
        zh: '部门预算{table}“{row}”（{column}）为{actual}万元，其{count}家单位的单位预算合计{expected}万元，相差{difference}万元',
        en: 'The department prints {actual}万元 for {table} “{row}” ({column}); its {count} unit filings add up to {expected}万元 (difference {difference}万元)',
      },
    },
  },
  check(ctx) {
    for (const consolidation of ctx.grouping.consolidations.filter((c) => c.complete)) {
      const { department } = consolidation;
      for (const { department: deptTable, units } of comparableTables(consolidation)) {
        // Every unit must publish the table; otherwise its share of the sum is unknown.
        if (deptTable.empty || units.some((t) => t === undefined)) continue;
        const unitTables = units.filter((t) => t !== undefined);
        for (const deptRow of deptTable.rows) {
          const off = comparableColumns(deptRow).flatMap((column) => {
            const parts = unitTables.map((t) => cellTerm(t, deptRow.key, column));
            const actual = cellTerm(deptTable, deptRow.key, column);
            if (!actual || parts.some((p) => p === undefined)) return [];
            const expected = sumTerms(parts as Term[]);
            ctx.compared(department.path);
            return compare(expected, actual).verdict === 'exact' ? [] : [{ column, expected, actual }];
          });
          if (off.length === 0) continue;
          const [first, ...rest] = off;
          ctx.checkIdentity({
            path: department.path,
            messageId: 'sum',
            data: { table: deptTable.title, row: deptRow.label, column: deptTable.columns[first.column] ?? first.column, count: unitTables.length },
            expected: first.expected,
            actual: first.actual,
            unit: '万元',
            location: placeIn(department, deptTable, deptRow, first.column, false),
            related: [
              ...unitTables.map((t, i) => placeIn(consolidation.units[i], t, rowOf(t, deptRow.key), first.column)),
              ...rest.map((o) => placeIn(department, deptTable, deptRow, o.column, false)),
            ],
          });
        }
      }
    }
  },
});
