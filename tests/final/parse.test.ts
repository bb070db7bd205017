import { describe, expect, it } from 'vitest';
import { isAmountText } from '../../src/model/amount.js';
import { ParseError, parseDocument } from '../../src/parse/document.js';
import { isTableTitle, tableKindFromTitle } from '../../src/parse/titles.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { checkFile } from '../../src/batch/check-file.js';
import { rules } from '../../rules/index.js';
import { FINAL_DIR, FINALS, TEMPLATE, extractFinal } from './helpers.js';
import { parseText, seedText } from '../helpers.js';

/** The nine 决算 tables in published order (FINAL_ACCOUNTS.md), as the model's table kinds. */
const FINAL_KINDS = [
  'summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure',
  'basic-expenditure-economic', 'three-public', 'government-fund-expenditure', 'state-capital',
];

const EXPECTED = {
  R14: { department: '上海市普陀区规划和自然资源局', classes: 24, empty: ['government-fund-expenditure', 'state-capital'] },
  R15: { department: '中共上海市普陀区委社会工作部', classes: 26, empty: ['three-public', 'government-fund-expenditure', 'state-capital'] },
} as const;

/** Printed amounts (with decimals) in the table blocks that follow a 决算 table title. */
function printedAmounts(extracted: ExtractedDocument): string[] {
  const amounts: string[] = [];
  let titled = false;
  for (const block of extracted.blocks) {
    if (block.kind === 'text') {
      if (isTableTitle(block.text)) titled = (tableKindFromTitle(block.text) ?? 'other') !== 'other';
      else if (/^第[一二三四五六]部分/.test(block.text)) titled = false;
      continue;
    }
    if (titled) amounts.push(...block.rows.flatMap((r) => r.cells.map((c) => c.text)).filter((t) => /[.,]/.test(t) && isAmountText(t)));
    titled = false;
  }
  return amounts;
}

describe.each(Object.entries(FINALS))('%s', (id, file) => {
  const expected = EXPECTED[id as keyof typeof EXPECTED];
  it('is a 部门决算 of 2024: the nine tables, every printed amount in the model, empty tables with their notes', async () => {
    const extracted = await extractFinal(file);
    const doc = parseDocument(structuredClone(extracted));
    expect({ department: doc.department, year: doc.year, kind: doc.kind, template: doc.template }).toEqual({
      department: expected.department, year: 2024, kind: '部门决算', template: 'shanghai',
    });
    const tables = doc.tables.filter((t) => t.kind !== 'other');
    expect(tables.map((t) => t.kind)).toEqual(FINAL_KINDS);
    for (const table of tables) {
      expect(table.unit).toBe('万元');
      expect(table.empty).toBe((expected.empty as readonly string[]).includes(table.kind));
      if (table.empty) expect(table.note).toMatch(/本年度没有.*故本表无数据/);
    }
    // The 总表 lists its expenditure classes by name: 24 (R14) or 26 (R15, with 债务还本/付息).
    const summary = tables[0];
    expect(summary.rows.filter((r) => r.line === 'expenditureClass')).toHaveLength(expected.classes);
    const modelled = tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).map((a) => a?.raw ?? ''))).filter((t) => /[.,]/.test(t));
    const printed = printedAmounts(extracted);
    expect(printed.length).toBeGreaterThan(150);
    expect(modelled.sort()).toEqual(printed.sort());
    expect(doc.warnings.filter((w) => !w.startsWith('pdf.js'))).toEqual([]);
  });

  it('reads the side-by-side 基本支出 table as one list with its two footers, and the 三公 预算数 beside 决算数', async () => {
    const doc = parseDocument(structuredClone(await extractFinal(file)));
    const basic = doc.tables.find((t) => t.kind === 'basic-expenditure-economic')!;
    expect(basic.rows.filter((r) => r.kind === 'economic-class').map((r) => r.code)).toEqual(['301', '303', '302', '310']);
    expect(basic.rows.filter((r) => r.line).map((r) => r.line)).toEqual(['personnelTotal', 'publicUseTotal']);
    const threePublic = doc.tables.find((t) => t.kind === 'three-public')!;
    expect(threePublic.rows.map((r) => r.line)).toEqual(['threePublicTotal', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']);
    if (id === 'R14') {
      const reception = threePublic.rows.find((r) => r.line === 'reception')!;
      expect([reception.cells.budgetEstimate?.raw, reception.cells.total?.raw]).toEqual(['2.85', '0.39']);
    }
  });
});

describe('R14 narrative', () => {
  it('keeps the justified lines the PDF extractor reads as a table (p21, p25, p27) as narrative text', async () => {
    const doc = parseDocument(structuredClone(await extractFinal(FINALS.R14)));
    const texts = doc.narrative.map((p) => p.text);
    expect(texts).toContain('一般公共预算财政拨款支出年初预算为10210.34万元，支');
    expect(texts).toContain('出决算为9746.50万元，完成年初预算的95.45%。决算数小于');
    expect(texts).toContain('225.10万元，面向小微企业预留政府采购项目预算金额164.87');
    expect(doc.tables.filter((t) => t.kind === 'other' && t.position.page! >= 20)).toEqual([]);
    // The part title `第三部分 <部门> 2024 年度部门决算` (then `情况说明` on its own line) starts the narrative.
    expect(doc.narrative[0].position.page).toBe(20);
  });
});

describe('the blank 决算 template (X02)', () => {
  it('is recognised as a 部门决算 template and not checked as a filing: code TEMPLATE', async () => {
    const extracted = await extractFinal(TEMPLATE);
    expect(() => parseDocument(extracted)).toThrow(ParseError);
    const result = await checkFile(`${FINAL_DIR}/${TEMPLATE}`, rules, { lang: 'zh' });
    expect(result.status).toBe('failed');
    expect(result.error?.code).toBe('TEMPLATE');
    expect(result.error?.message).toMatch(/blank 部门决算 template/);
  });
});


describe('a budget that mentions a 决算', () => {
  it('stays a 部门预算: only 决算 tables make a 决算', () => {
    const text = seedText('001').split('\n');
    text.splice(1, 0, '稷山县医疗保障局2023年度部门决算');
    const doc = parseText(text.join('\n'));
    expect({ kind: doc.kind, year: doc.year }).toEqual({ kind: '部门预算', year: 2024 });
  });
});
