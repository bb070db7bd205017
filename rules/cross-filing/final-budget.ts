import { Decimal } from 'decimal.js';
import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { cellTerm, fileName, placeIn, rowOf, tableOf } from '../../src/crossfile/terms.js';
import { halfUnit, parseAmount } from '../../src/model/amount.js';

/** 三公 lines: the same row keys in the 决算 table (预算数 column) and the budget's table. */
const THREE_PUBLIC_ROWS = ['total', 'l::abroad', 'l::vehicle', 'l::vehiclePurchase', 'l::vehicleOperation', 'l::reception'];
const WAN: Record<string, Decimal> = { 万元: new Decimal(1), 元: new Decimal('0.0001'), 亿元: new Decimal(10000) };

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/final-budget',
    code: 'BL205',
    tags: ['cross-filing'],
    severity: 'error',
    description: {
      zh: '决算的预算数（“三公”经费表各项预算数、情况说明中一般公共预算财政拨款支出及各项目的年初预算）等于同年部门预算的对应数字',
      en: 'The 预算数 of final accounts (三公 table, the 年初预算 of 一般公共预算 expenditure and its items) equal the same year’s budget filing',
    },
    messages: {
      threePublic: {
        zh: '决算“三公”经费表“{row}”的预算数为{actual}万元，而{budget}的{table}为{expected}万元',
        en: 'The final accounts give {actual}万元 as the 预算数 of 三公 “{row}”, but {budget} prints {expected}万元 in {table}',
      },
      stated: {
        zh: '决算情况说明称“{subject}”年初预算为{actual}万元，而{budget}的{table}“{row}”为{expected}万元',
        en: 'The final accounts state a 年初预算 of {actual}万元 for “{subject}”, but {budget} prints {expected}万元 in {table} “{row}”',
      },
    },
  },
  check(ctx) {
    for (const { final, budget } of ctx.grouping.finalPairs) {
      const finalTable = tableOf(final.figures, 'three-public');
      const budgetTable = tableOf(budget.figures, 'three-public');
      if (finalTable && budgetTable && finalTable.columns.budgetEstimate !== undefined) {
        for (const key of THREE_PUBLIC_ROWS) {
          const row = rowOf(finalTable, key);
          const actual = row || finalTable.empty ? cellTerm(finalTable, key, 'budgetEstimate') : undefined;
          const expected = cellTerm(budgetTable, key, 'total');
          if (!actual || !expected) continue;
          ctx.compared(final.path);
          ctx.checkIdentity({
            path: final.path,
            messageId: 'threePublic',
            data: { row: row?.label ?? key, budget: fileName(budget), table: budgetTable.title },
            expected,
            actual,
            unit: '万元',
            location: placeIn(final, finalTable, row, 'budgetEstimate', false),
            related: [placeIn(budget, budgetTable, rowOf(budgetTable, key), 'total')],
          });
        }
      }
      // The 年初预算 is the budget as published; a 全年预算 (adjusted during the year) is not compared.
      const general = tableOf(budget.figures, 'general-budget-expenditure');
      if (!general) continue;
      for (const stated of final.figures.budgets ?? []) {
        if (stated.basis !== 'initial') continue;
        const code = /^final\.general\.code:(\d+)$/.exec(stated.subject)?.[1];
        const key = code ? `f${code}` : 'total';
        const budgetRow = rowOf(general, key);
        if (!budgetRow && !general.empty) continue;
        const expected = cellTerm(general, key, 'total');
        if (!expected) continue;
        // `printed` is what the 决算 reader wrote with toFixed (statedBudgetsOf): always a plain number.
        const printed = parseAmount(stated.printed)!;
        const actual = { value: printed.value.mul(WAN[stated.unit]), radius: halfUnit(printed.decimals).mul(WAN[stated.unit]) };
        ctx.compared(final.path);
        ctx.checkIdentity({
          path: final.path,
          messageId: 'stated',
          data: { subject: code ? `${code}` : '一般公共预算财政拨款支出', budget: fileName(budget), table: general.title, row: budgetRow?.label ?? '合计' },
          expected,
          actual,
          unit: '万元',
          location: { table: '情况说明', page: stated.page, line: stated.line, excerpt: stated.sentence },
          related: [placeIn(budget, general, budgetRow, 'total')],
        });
      }
    }
  },
});
