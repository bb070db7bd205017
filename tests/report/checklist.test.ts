import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { rules } from '../../rules/index.js';
import { checkFile } from '../../src/batch/check-file.js';
import { checklistCsv } from '../../src/report/checklist/index.js';
import { checklistOf } from '../../src/report/checklist/items.js';
import { SEEDS } from '../helpers.js';

const R12 = 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf';

async function run(...argv: string[]) {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: () => undefined });
  return { code, stdout };
}

describe('checklist (公开情况检查表)', () => {
  it('writes an .xlsx with one sheet per document and one row per inspection item; each 否 row names its findings', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'budgetlint-checklist-')), 'checklist.xlsx');
    const { code } = await run('check', '--format', 'checklist', '--output-file', file, SEEDS['001'], R12, 'fixtures/bad-text/empty.txt');
    expect(code).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['稷山县医疗保障局2024', '上海市普陀区社会福利院2024', 'empty.txt']);

    const seed = workbook.getWorksheet('稷山县医疗保障局2024')!;
    const cells = (r: number) => (seed.getRow(r).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    expect(cells(3)).toEqual(['部门（单位）', '稷山县医疗保障局']);
    const header = [...Array(seed.rowCount).keys()].map((i) => i + 1).find((r) => cells(r)[0] === '序号')!;
    expect(cells(header)).toEqual(['序号', '检查项目', '符合要求', '问题说明']);
    const items = [...Array(seed.rowCount - header).keys()].map((i) => cells(header + 1 + i));
    // 6 manual items, 预算编制说明, the Shanxi template's 13 tables, 其他相关说明, 项目经费情况说明.
    expect(items.map((r) => r[1])).toEqual([
      '及时性', '封面', '目录', '主要职能', '机构设置', '名词解释', '预算编制说明',
      '2024年预算收支总表', '2024年预算收入总表', '2024年预算支出总表', '2024年财政拨款收支总表',
      '2024年一般公共预算支出预算表（不含上年结转）', '2024年一般公共预算安排基本支出分经济科目表（不含上年结转）',
      '2024年政府性基金预算收入表（不含上年结转）', '2024年政府性基金预算支出表（不含上年结转）',
      '2024年国有资本经营预算收支预算表（不含上年结转）', '2024年财政拨款安排“三公”经费支出预算表',
      '2024年财政拨款安排机关运行经费预算表', '2024年项目支出预算表（本年预算）', '2024年项目支出预算表（上年结转）',
      '其他相关说明', '项目经费情况说明',
    ].map(String));
    expect(items.slice(0, 6).every((r) => r[2] === '未检查')).toBe(true);
    const no = items.filter((r) => r[2] === '否');
    // A paragraph without its closing 。 (BL301, wording), the empty 项目支出表 (BL022) and the 绩效目标
    // sentence (BL101, BL110 ×2): the seed's real errors.
    expect(no.map((r) => r[1])).toEqual(['预算编制说明', '2024年项目支出预算表（本年预算）', '其他相关说明']);
    expect(no[0][3]).toMatch(/^BL301 第404行 /);
    expect(no[1][3]).toMatch(/^BL022 第375行 2024年项目支出预算表（本年预算）为空表/);
    expect(no[2][3].split('\n').map((l) => l.slice(0, 5))).toEqual(['BL101', 'BL110', 'BL110']);
    expect(items.filter((r) => r[2] === '是').length).toBe(items.length - 6 - 3);

    const failed = workbook.getWorksheet('empty.txt')!;
    expect((failed.getRow(7).values as unknown[])[2]).toBe('无法检查：[EMPTY_FILE] 文件为空（0 字节）');
  });

  it('maps every error and warning of a real filing to a row, none lost', async () => {
    const result = await checkFile(R12, rules, { lang: 'zh' });
    const sheet = checklistOf(result);
    const mapped = sheet.rows.flatMap((r) => r.findings);
    const problems = result.findings.filter((f) => f.severity !== 'info');
    // A finding merged into another (same figure) keeps its own row.
    const merged = problems.flatMap((f) => f.related).filter((r) => r.ruleCode);
    expect(mapped.length).toBe(problems.length + merged.length);
    const byItem = Object.fromEntries(sheet.rows.filter((r) => r.verdict === '否').map((r) => [r.item, r.findings.map((f) => f.ruleCode)]));
    expect(byItem).toEqual({
      // BL105 is no longer reported on R12: the one wrong figure (738.66, BL100) already explains the list.
      预算编制说明: ['BL100', 'BL306'],
      '2024年预算单位收入预算总表': ['BL012'],
      '2024年预算单位支出预算总表': ['BL012'],
      '2024年预算单位一般公共预算基本支出部门预算经济分类预算表': Array(13).fill('BL030'),
      // “主要原因是。”: a truncated sentence in the 三公 section.
      其他相关说明: ['BL302'],
    });
  });

  it('prints the same sheets as CSV, with a BOM for Excel, when no .xlsx file is asked for', async () => {
    const { stdout } = await run('check', '--format', 'checklist', SEEDS['001']);
    expect(stdout.startsWith('\uFEFF文件,部门（单位）,年度,类型,序号,检查项目,符合要求,问题说明\r\n')).toBe(true);
    const result = await checkFile(SEEDS['001'], rules, { lang: 'zh' });
    expect(stdout).toBe(checklistCsv([result]) + '\n');
    expect(stdout.split('\r\n').filter((l) => l.includes(',否,')).length).toBe(3);
  });
});
