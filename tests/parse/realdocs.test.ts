import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { isAmountText } from '../../src/model/amount.js';
import { parseDocument } from '../../src/parse/document.js';
import { isTableTitle, tableKindFromTitle } from '../../src/parse/titles.js';
import type { ExtractedDocument } from '../../src/extract/types.js';

const SHANGHAI_KINDS = [
  'summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure',
  'government-fund-expenditure', 'state-capital', 'basic-expenditure-economic', 'three-public',
];

const FILINGS = [
  ['R03_上海市普陀区万里街道办事处_2023_部门预算.pdf', '上海市普陀区人民政府万里街道办事处', 2023, '部门预算'],
  ['R04_上海市普陀区万里街道办事处_2024_部门预算.pdf', '上海市普陀区人民政府万里街道办事处', 2024, '部门预算'],
  ['R06_上海市普陀区人民政府办公室_2025_部门预算.pdf', '上海市普陀区人民政府办公室', 2025, '部门预算'],
  ['R07_上海市普陀区人民政府办公室_2025_单位预算.pdf', '上海市普陀区人民政府办公室', 2025, '单位预算'],
  ['R08_上海市普陀区商务委员会_2025_部门预算.pdf', '上海市普陀区商务委员会', 2025, '部门预算'],
  ['R09_上海市普陀区商务委员会_2025_单位预算.pdf', '上海市普陀区商务委员会', 2025, '单位预算'],
  ['R10_上海市普陀区财政局_2025_部门预算.pdf', '上海市普陀区财政局', 2025, '部门预算'],
  ['R12_上海市普陀区社会福利院_2024_单位预算.pdf', '上海市普陀区社会福利院', 2024, '单位预算'],
] as const;

/** Printed amounts (with a separator or decimals) in the table blocks that follow a budget-table title. */
function printedAmounts(extracted: ExtractedDocument): string[] {
  const amounts: string[] = [];
  let titled = false;
  for (const block of extracted.blocks) {
    if (block.kind === 'text') {
      if (isTableTitle(block.text)) titled = !['other', 'performance-target'].includes(tableKindFromTitle(block.text) ?? 'other');
      continue;
    }
    if (titled) amounts.push(...block.rows.flatMap((r) => r.cells.map((c) => c.text)).filter((t) => /[.,]/.test(t) && isAmountText(t)));
    titled = false;
  }
  return amounts;
}

describe.each(FILINGS)('%s', (file, department, year, kind) => {
  it('parses: department, year, kind, the nine Shanghai tables, every printed amount in the model', async () => {
    const extracted = await extractPdf(file, readFileSync(`fixtures/realdocs/${file}`));
    const doc = parseDocument(extracted);
    expect({ department: doc.department, year: doc.year, kind: doc.kind, template: doc.template }).toEqual({ department, year, kind, template: 'shanghai' });
    const budgetTables = doc.tables.filter((t) => t.kind !== 'other');
    expect(budgetTables.map((t) => t.kind)).toEqual(SHANGHAI_KINDS);
    for (const table of budgetTables) {
      // R04 and R12 print the 三公 title without a year; where a year is printed it is the budget year.
      expect(table.titleYear ?? year).toBe(year);
      expect(table.unit).toBe(table.kind === 'three-public' ? '万元' : '元');
      if (!table.empty) expect(table.rows.length).toBeGreaterThan(0);
    }
    const modelled = budgetTables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).map((a) => a?.raw ?? ''))).filter((t) => /[.,]/.test(t));
    const printed = printedAmounts(extracted);
    expect(printed.length).toBeGreaterThan(100);
    expect(modelled.sort()).toEqual(printed.sort());
    // pdf.js may warn about the file (`Bad value for key "Trapped"`); the parser itself must not.
    expect(doc.warnings.filter((w) => !w.startsWith('pdf.js'))).toEqual([]);
  });
});
