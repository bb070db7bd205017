import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runRules } from '../../src/engine/run.js';
import { parseDocument } from '../../src/parse/document.js';
import { extractFinal, FINALS } from './helpers.js';

/**
 * 表8/表9 carry no data in any sample 决算 (FINAL_ACCOUNTS.md: not verifiable yet), so the identity is shown on
 * R14's empty 表8 (p18) with one 项 row written into its first blank row, as a department with fund money prints it.
 * (Writing into the 合计 row instead would change how the header is read: R14 prints 合计/基本支出/项目支出 on the
 * 合计 row of the empty table.)
 */
const rule = rules.filter((r) => r.meta.id === 'final/fund-balance');

async function withRow(cells: string[]) {
  const copy = structuredClone(await extractFinal(FINALS.R14));
  const blank = copy.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).find((r) => (r.page ?? r.cells.find((c) => c.page)?.page) === 18 && r.cells.every((c) => c.text === ''));
  if (!blank || blank.cells.length !== cells.length) throw new Error('no blank row of 8 cells on p18');
  cells.forEach((text, i) => (blank.cells[i].text = text));
  return runRules(parseDocument(copy), rule, { lang: 'zh' });
}

describe('final/fund-balance (BL065)', () => {
  it('is silent on the real (empty) tables of R14 and R15', async () => {
    for (const id of ['R14', 'R15'] as const) expect(runRules(parseDocument(structuredClone(await extractFinal(FINALS[id]))), rule, { lang: 'zh' })).toEqual([]);
  });

  it('silent when 年末 = 年初 + 本年收入 − 本年支出, a warning at 年末 when not', async () => {
    expect(await withRow(['2120101', '行政运行', '1.00', '5.00', '4.00', '4.00', '', '2.00'])).toEqual([]);
    const findings = await withRow(['2120101', '行政运行', '1.00', '5.00', '4.00', '4.00', '', '3.00']);
    expect(findings.map((f) => [f.severity, f.location.row, f.location.column, f.expected, f.actual])).toEqual([['warning', '2120101 行政运行', '年末结转和结余', '2.00', '3.00']]);
  });
});
