import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument, TableBlock } from '../../src/extract/types.js';
import { extractPdfFile, REALDOCS_DIR, tablesOf, titledTables } from './pdf-helpers.js';

/**
 * Real filings (Shanghai template, WPS exports, rulings as filled rectangles): nine tables each,
 * amounts in 元, function codes in three columns 类 / 款 / 项. No labels come with them, so the
 * checks are structural and arithmetic: the 合计 row of the income and expenditure tables must be
 * the sum of the 类 rows above it, which holds only when every row (also across page breaks) is
 * there and every amount sits in its column.
 */

const FILINGS: [file: string, pages: number][] = [
  ['R03_上海市普陀区万里街道办事处_2023_部门预算.pdf', 35],
  ['R04_上海市普陀区万里街道办事处_2024_部门预算.pdf', 33],
  ['R06_上海市普陀区人民政府办公室_2025_部门预算.pdf', 22],
  ['R07_上海市普陀区人民政府办公室_2025_单位预算.pdf', 21],
  ['R08_上海市普陀区商务委员会_2025_部门预算.pdf', 26],
  ['R09_上海市普陀区商务委员会_2025_单位预算.pdf', 22],
  ['R10_上海市普陀区财政局_2025_部门预算.pdf', 24],
  ['R12_上海市普陀区社会福利院_2024_单位预算.pdf', 16],
];

const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d{2})?$/;
const cents = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100);

function tableTitled(doc: ExtractedDocument, title: RegExp): TableBlock {
  const found = titledTables(doc).find((t) => t.heading.some((h) => title.test(h)));
  if (!found) throw new Error(`no table under a title matching ${title}`);
  return found.table;
}

const texts = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => c.text));

describe.each(FILINGS)('%s', (file, pageCount) => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = await extractPdfFile(join(REALDOCS_DIR, file));
  });

  it('reads every page and finds the nine budget tables', () => {
    expect(doc.pageCount).toBe(pageCount);
    const titles = titledTables(doc).map((t) => t.heading.join(' '));
    for (const name of ['财务收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表', '一般公共预算支出功能分类预算表',
      '政府性基金预算支出功能分类预算表', '国有资本经营预算支出功能分类预算', '一般公共预算基本支出部门预算经济', '“三公”经费和机关运行经费预算表']) {
      expect(titles.some((t) => t.includes(name)), name).toBe(true);
    }
  });

  it('gives every block, row and cell its page and position', () => {
    for (const block of doc.blocks) {
      expect(block.page).toBeGreaterThanOrEqual(1);
      expect(block.page).toBeLessThanOrEqual(pageCount);
      expect(Number.isFinite(block.x) && Number.isFinite(block.y)).toBe(true);
      if (block.kind !== 'table') continue;
      for (const row of block.rows) {
        expect(row.cells.every((c) => c.page === row.page && Number.isFinite(c.x) && Number.isFinite(c.y))).toBe(true);
      }
    }
  });

  it.each([[/收入预算总表$/], [/支出预算总表$/]])('%s: codes in 类/款/项, 合计 = sum of the 类 rows', (title) => {
    const rows = texts(tableTitled(doc, title));
    const header = rows.findIndex((r) => r.slice(0, 3).join('/') === '类/款/项');
    expect(header, 'a header row 类 | 款 | 项').toBeGreaterThan(0);
    const body = rows.slice(header + 1, -1);
    const total = rows[rows.length - 1];
    expect(total[0]).toBe('合计');
    for (const r of body) {
      // R12 prints `7` where the 类 code 210 belongs (p. 9): a filing error, reproduced as printed.
      expect(r[0]).toMatch(/^\d{1,3}$/);
      expect(r[1]).toMatch(/^(\d{2})?$/);
      expect(r[2]).toMatch(r[1] === '' ? /^$/ : /^(\d{2})?$/);
      expect(r[3]).toMatch(/\p{Script=Han}/u);
      expect(r.slice(4).every((t) => t === '' || AMOUNT.test(t)), r.join(' | ')).toBe(true);
    }
    const classRows = body.filter((r) => r[1] === '');
    expect(classRows.length).toBeGreaterThan(0);
    const totalColumn = 4;
    expect(classRows.reduce((s, r) => s + cents(r[totalColumn]), 0)).toBe(cents(total[totalColumn]));
  });

  it('keeps tables that continue on the next page as one table, without repeated headers', () => {
    for (const table of tablesOf(doc)) {
      const pages = new Set(table.rows.map((r) => r.page));
      if (pages.size < 2) continue;
      const rows = texts(table);
      expect(rows.filter((r) => r[0] === '项目').length).toBeLessThanOrEqual(1);
      expect(rows.filter((r) => r.slice(0, 3).join('/') === '类/款/项').length).toBeLessThanOrEqual(1);
    }
  });
});
