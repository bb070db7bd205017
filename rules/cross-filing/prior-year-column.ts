import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { cellTerm, fileName, placeIn, rowOf, tableOf } from '../../src/crossfile/terms.js';

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/prior-year-column',
    code: 'BL202',
    tags: ['cross-filing', 'year-over-year'],
    severity: 'error',
    description: {
      zh: '表中“上年预算数”列 = 上年预算文件同一表同一行的预算数',
      en: 'A table’s last-year column (上年预算数) equals the same row of the same table in last year’s filing',
    },
    messages: {
      column: {
        zh: '{table}“{row}”的上年预算数为{actual}万元，{priorFile}同一行为{expected}万元',
        en: '{table} prints {actual}万元 as last year’s budget for “{row}”; {priorFile} prints {expected}万元',
      },
    },
  },
  check(ctx) {
    for (const { current, prior } of ctx.grouping.yearPairs) {
      for (const table of current.figures.tables.filter((t) => t.columns.priorYear !== undefined && !t.empty)) {
        const lastYear = tableOf(prior.figures, table.kind);
        if (!lastYear) continue;
        for (const row of table.rows) {
          const printed = row.cells.priorYear;
          // Only rows last year's filing prints: a row it does not have is a new line this year, not a mismatch.
          if (printed === undefined || (!lastYear.empty && !rowOf(lastYear, row.key))) continue;
          const expected = cellTerm(lastYear, row.key, 'total');
          if (!expected) continue;
          ctx.compared(current.path);
          ctx.checkIdentity({
            path: current.path,
            messageId: 'column',
            data: { table: table.title, row: row.label, priorFile: fileName(prior) },
            expected,
            actual: cellTerm(table, row.key, 'priorYear')!,
            unit: '万元',
            location: placeIn(current, table, row, 'priorYear', false),
            related: [placeIn(prior, lastYear, rowOf(lastYear, row.key), 'total')],
          });
        }
      }
    }
  },
});
