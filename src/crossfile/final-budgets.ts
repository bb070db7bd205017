import type { z } from 'zod';
import type { StatedBudgetSchema } from './final-budgets.schema.js';
import type { BudgetDocument } from '../model/document.js';

/** The shapes, fields documented: final-budgets.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

export type StatedBudget = z.infer<typeof StatedBudgetSchema>;

export function statedBudgetsOf(doc: BudgetDocument): StatedBudget[] {
  return doc.claims
    .filter((c) => c.kind === 'amount' && c.budget && !c.note && !c.unresolved && (c.subject === 'final.general' || c.subject?.startsWith('final.general.code:')))
    .filter((c) => c.unit === '万元' || c.unit === '元' || c.unit === '亿元')
    .map((c) => ({
      subject: c.subject!,
      basis: c.budget!,
      printed: c.value.toFixed(c.decimals),
      unit: c.unit as StatedBudget['unit'],
      page: c.position.page,
      line: c.position.line,
      sentence: c.sentence,
    }));
}
