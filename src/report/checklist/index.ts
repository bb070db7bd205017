import type { FileResult } from '../../batch/check-file.js';
import { checklistOf, type Checklist } from './items.js';

const HEADER = ['序号', '检查项目', '符合要求', '问题说明'];

/** The document's metadata, the lines above the sheet's table. */
function metadata(c: Checklist): [string, string][] {
  const d = c.document;
  return [
    ['文件', c.path],
    ['部门（单位）', d?.department ?? ''],
    ['年度', d ? String(d.year) : ''],
    ['类型', d?.kind ?? ''],
    ['页数', d?.pageCount ? String(d.pageCount) : ''],
    ['检查结果', c.failure ? `无法检查：${c.failure}` : `${c.rows.filter((r) => r.verdict === '否').length} 项不符合要求`],
  ];
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(c: Checklist, used: Set<string>): string {
  const base = (c.document ? `${c.document.department}${c.document.year}` : c.path.split(/[\\/]/).pop() ?? 'sheet').replace(/[[\]:*?/\\]/g, '_').slice(0, 28);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

/** The 公开情况检查表 as an .xlsx workbook: one sheet per document. */
export async function checklistXlsx(results: FileResult[]): Promise<Buffer> {
  // Loaded here, not at the top: exceljs takes ~0.8 s of CPU to load, which every check paid (issue 11).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'budgetlint';
  // A fixed date: the same input gives the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  for (const result of results) {
    const c = checklistOf(result);
    const sheet = workbook.addWorksheet(sheetName(c, used));
    sheet.columns = [{ width: 6 }, { width: 42 }, { width: 10 }, { width: 90 }];
    sheet.addRow(['公开情况检查表']).font = { bold: true, size: 14 };
    for (const [label, value] of metadata(c)) sheet.addRow([label, value]);
    sheet.addRow([]);
    const header = sheet.addRow(HEADER);
    header.font = { bold: true };
    c.rows.forEach((r, i) => {
      const row = sheet.addRow([i + 1, r.item, r.verdict, r.note]);
      row.alignment = { vertical: 'top', wrapText: true };
      if (r.verdict === '否') row.getCell(3).font = { bold: true, color: { argb: 'FFB00020' } };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The same sheets as one CSV (a BOM so that Excel reads it as UTF-8): one line per document and
 * inspection item, the document's metadata repeated in the first columns.
 */
export function checklistCsv(results: FileResult[]): string {
  const lines = [['文件', '部门（单位）', '年度', '类型', ...HEADER].map(csvField).join(',')];
  for (const result of results) {
    const c = checklistOf(result);
    const d = c.document;
    const meta = [c.path, d?.department ?? '', d ? String(d.year) : '', d?.kind ?? ''];
    if (c.failure) lines.push([...meta, '', '', '', `无法检查：${c.failure}`].map(csvField).join(','));
    c.rows.forEach((r, i) => lines.push([...meta, i + 1, r.item, r.verdict, r.note].map(csvField).join(',')));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
