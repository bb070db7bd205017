import { atMost } from '../../src/engine/arithmetic.js';
import { comparableColumns, comparableTables } from '../../src/crossfile/consolidation.js';
import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { cellTerm, fileName, placeIn, rowOf } from '../../src/crossfile/terms.js';

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/unit-within-department',
    code: 'BL200',
    tags: ['cross-filing', 'consolidation'],
    severity: 'error',
    description: {
      zh: '单位预算的每一行不大于其部门预算的同一行（部门预算汇总所属单位）',
      en: 'No line of a unit budget exceeds the same line of its department budget (which consolidates its units)',
    },
    messages: {
      exceeds: {
        zh: '单位预算{unit}的{table}“{row}”（{column}）为{actual}万元，大于部门预算的{expected}万元',
        en: 'The unit filing {unit} prints {actual}万元 for {table} “{row}” ({column}), more than the department’s {expected}万元',
      },
    },
  },
  check(ctx) {
    for (const consolidation of ctx.grouping.consolidations) {
      const { department } = consolidation;
      for (const { department: deptTable, units } of comparableTables(consolidation)) {
        if (deptTable.empty) continue;
        units.forEach((unitTable, i) => {
          if (!unitTable || unitTable.empty) return;
          const unit = consolidation.units[i];
          for (const unitRow of unitTable.rows) {
            const deptRow = rowOf(deptTable, unitRow.key);
            if (!deptRow) continue;
            // One finding per row: the first column over the department's, the others as related places.
            const over = comparableColumns(unitRow).flatMap((column) => {
              const small = cellTerm(unitTable, unitRow.key, column);
              const large = deptRow.cells[column] === undefined ? undefined : cellTerm(deptTable, deptRow.key, column);
              if (!small || !large || small.value.isNegative()) return [];
              ctx.compared(department.path);
              if (atMost(small, large).verdict === 'exact') return [];
              return [{ column, small, large }];
            });
            if (over.length === 0) continue;
            const [first, ...rest] = over;
            ctx.checkIdentity({
              path: department.path,
              messageId: 'exceeds',
              data: { unit: fileName(unit), table: deptTable.title, row: deptRow.label, column: deptTable.columns[first.column] ?? first.column },
              expected: first.large,
              actual: first.small,
              relation: 'atMost',
              unit: '万元',
              location: placeIn(department, deptTable, deptRow, first.column, false),
              related: [placeIn(unit, unitTable, unitRow, first.column), ...rest.map((o) => placeIn(unit, unitTable, unitRow, o.column))],
            });
          }
        });
      }
    }
  },
});
