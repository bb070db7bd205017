import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { TableKind } from '../../src/model/table.js';
import { figure, figureSum, type Figure } from '../cross.js';

/** Figures elsewhere in the document that an empty table of each kind would have to carry. */
function evidenceFor(doc: BudgetDocument, kind: TableKind): Figure[] {
  const summary = tableOf(doc, 'summary');
  const expenditure = tableOf(doc, 'expenditure');
  const general = tableOf(doc, 'general-budget-expenditure');
  const economic = tableOf(doc, 'basic-expenditure-economic');
  const carryover = tableOf(doc, 'project-carryover');
  const items = (re: RegExp) => economic?.rows.filter((r) => r.kind === 'economic-item' && re.test(r.name ?? '')) ?? [];
  const candidates: (Figure | undefined)[] = [];
  switch (kind) {
    case 'project-current': {
      const projectTotal = expenditure && figure(expenditure, totalRow(expenditure), 'project');
      const carried = carryover && !carryover.empty ? figureSum(carryover, carryover.rows.filter((r) => r.kind === 'project'), 'total', carryover.title) : undefined;
      // Project money not explained by the carry-over table belongs in the current one.
      if (projectTotal && carried) {
        candidates.push({ ...projectTotal, term: sumTerms([projectTotal.term, { value: carried.term.value.neg(), radius: carried.term.radius }]) });
      } else candidates.push(projectTotal);
      candidates.push(general && figure(general, totalRow(general), 'project'));
      break;
    }
    case 'government-fund-expenditure':
      candidates.push(summary && figure(summary, lineRow(summary, 'governmentFund', 'income'), 'total'));
      break;
    case 'state-capital':
      candidates.push(summary && figure(summary, lineRow(summary, 'stateCapital', 'income'), 'total'));
      break;
    case 'three-public':
      candidates.push(economic && figureSum(economic, items(/公务接待费|公务用车运行维护费|因公出国/), 'total', `${economic.title}“公务接待费/公务用车运行维护费”`));
      break;
    case 'basic-expenditure-economic':
      candidates.push(general && figure(general, totalRow(general), 'basic'));
      break;
    default:
      break;
  }
  // Positive beyond rounding: a value whose interval includes zero proves nothing.
  return candidates.filter((f): f is Figure => f !== undefined && f.term.value.abs().gt(f.term.radius));
}

export default defineRule({
  meta: {
    id: 'completeness/empty-contradicted',
    code: 'BL022',
    tags: ['completeness', 'cross-table'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '空表只有在其他表对应数字为零时才成立',
      en: 'An empty table is only right when the figures it would carry are zero elsewhere',
    },
    messages: {
      contradicted: {
        zh: '{table}为空表，但{evidence}为{actual}',
        en: '{table} is empty, but {evidence} is {actual}',
      },
    },
  },
  check(ctx) {
    for (const table of ctx.doc.tables.filter((t) => t.empty)) {
      // One finding per empty table: the first contradicting figure, the others as related places.
      const [evidence, ...more] = evidenceFor(ctx.doc, table.kind);
      if (evidence) {
        const actual = evidence.term.value.toFixed(2);
        ctx.report({
          messageId: 'contradicted',
          data: { table: table.title, evidence: evidence.text, actual },
          expected: '0.00',
          actual,
          difference: actual,
          unit: '万元',
          location: { table: table.title, page: table.position.page, line: table.position.line, excerpt: table.note },
          related: [evidence.place, ...more.map((m) => m.place)],
        });
      }
    }
  },
});
