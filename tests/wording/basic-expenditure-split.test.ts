import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { lineRow } from '../../src/model/query.js';
import type { BudgetDocument } from '../../src/model/document.js';
import { findingsOf, realdoc } from '../narrative/helpers.js';
import { parseText, seedText, SEEDS, type SeedId } from '../helpers.js';

const RULE = 'cross-table/basic-expenditure-split';
// R09, the Shanghai 单位预算: its 财务收支预算总表 prints 基本支出 as 人员经费 / 公用经费 (in 元).
const R09 = 'R09_上海市普陀区商务委员会_2025_单位预算.pdf';

/** R09 with the summary's 人员经费 and 公用经费 totals moved by the given amounts (元). */
async function r09Moved(personnel: number, publicUse: number): Promise<BudgetDocument> {
  const doc = await realdoc(R09);
  const row = lineRow(doc.tables.find((t) => t.kind === 'summary')!, 'expenditureGrandTotal')!;
  row.cells.personnel!.value = row.cells.personnel!.value.plus(new Decimal(personnel));
  row.cells.publicUse!.value = row.cells.publicUse!.value.plus(new Decimal(publicUse));
  return doc;
}

describe('cross-table/basic-expenditure-split', () => {
  it('stays silent on R09 as published and on the seeds (no summary table prints the split there)', async () => {
    expect(findingsOf(await realdoc(R09), RULE)).toEqual([]);
    for (const id of Object.keys(SEEDS) as SeedId[]) expect(findingsOf(parseText(seedText(id)), RULE)).toEqual([]);
  });

  it('fires when the totals agree but the split does not (10,000元 moved from 公用经费 to 人员经费)', async () => {
    const findings = findingsOf(await r09Moved(10000, -10000), RULE);
    expect(findings.map((f) => [f.severity, f.location.column, f.actual, f.expected])).toEqual([
      ['error', '基本支出/公用经费', '170.0062', '171.0062'],
      ['error', '预算数/基本支出/人员经费', '1813.0593', '1812.0593'],
    ]);
    expect(findings[0].location).toMatchObject({ table: '2025年预算单位财务收支预算总表', row: '支出总计' });
    expect(findings[0].related[0].table).toBe('2025年预算单位一般公共预算基本支出部门预算经济分类预算表');
  });

  it('does not compare the split when the basic totals differ (other money than the general budget in the summary)', async () => {
    expect(findingsOf(await r09Moved(10000, 0), RULE)).toEqual([]);
  });
});
