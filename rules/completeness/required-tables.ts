import { defineRule } from '../../src/engine/rule.js';
import type { Template } from '../../src/model/document.js';
import type { TableKind } from '../../src/model/table.js';
import { TABLE_NAMES } from '../../src/model/table-names.js';

/** From refdata/required_tables.json: the 143号 minimum, and the tables each template family prints. */
const REQUIRED: Record<Template, TableKind[]> = {
  shanxi: [
    'summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic',
    'government-fund-income', 'government-fund-expenditure', 'state-capital', 'three-public', 'operating-costs',
    'project-current', 'project-carryover',
  ],
  hebei: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic', 'government-fund-expenditure', 'state-capital', 'three-public'],
  shanghai: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'government-fund-expenditure', 'state-capital', 'basic-expenditure-economic', 'three-public'],
  unknown: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic', 'government-fund-expenditure', 'three-public'],
};


export default defineRule({
  meta: {
    id: 'completeness/required-tables',
    code: 'BL020',
    tags: ['completeness'],
    severity: 'error',
    documents: ['budget', 'final'],
    description: {
      zh: '按模板应公开的表格齐全（无数据的表也应以空表列示）',
      en: 'Every table the template requires is published (an empty one too, with its note)',
    },
    messages: {
      noTables: {
        zh: '未找到预算表格：文件只有情况说明（表格可能以图片或附件形式公开），只核对了情况说明中的数字',
        en: 'No budget tables found: the file has only the narrative (the tables may be published as images or attachments); only the narrative was checked',
      },
      missing: {
        zh: '未找到{name}（{template}模板应公开该表；无数据时也应以空表列示）',
        en: 'No {name} found (required by the {template} template; publish it empty with a note if there is no data)',
      },
    },
  },
  check(ctx) {
    const present = new Set(ctx.doc.tables.map((t) => t.kind));
    // A narrative published alone is checked as such: one warning, not one error per table.
    if (![...present].some((kind) => kind !== 'other' && kind !== 'performance-target')) {
      ctx.report({ messageId: 'noTables', severity: 'warning', data: {}, location: { table: '情况说明' } });
      return;
    }
    for (const kind of REQUIRED[ctx.doc.template]) {
      if (present.has(kind)) continue;
      ctx.report({ messageId: 'missing', data: { name: TABLE_NAMES[kind].zh, template: ctx.doc.template }, location: { table: TABLE_NAMES[kind].zh } });
    }
  },
});

