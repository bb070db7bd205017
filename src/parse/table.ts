import type { ExtractedCell, ExtractedRow, TableBlock } from '../extract/types.js';
import type { Amount } from '../model/amount.js';
import { isAmountText, parseAmount } from '../model/amount.js';
import type { Column, ColumnKey, Row, Table, TableKind } from '../model/table.js';
import { buildColumns, isColumnNumberRow } from './columns.js';
import { isFunctionCode, isTotalLabel, threePublicLineOf } from './labels.js';
import { typeRows } from './rows.js';
import { yearOf } from './titles.js';
import { isHorizontalThreePublic, transposeThreePublic } from './horizontal.js';
import { sideBySideSplit, unfoldSideBySide } from './final/side-by-side.js';

/** Cells of these keys are text, not amounts. */
const TEXT_KEYS = new Set<ColumnKey>(['code', 'name', 'secondaryName', 'label', 'serial', 'unknown']);

export interface TableContext {
  id: string;
  kind: TableKind;
  title: string;
  unit: '万元' | '元';
  position: { line?: number; page?: number };
  warnings: string[];
}

export interface TableMeta {
  unit?: '万元' | '元';
  department?: string;
  year?: number;
}

const UNIT_RE = /(?:金额)?单位[:：]\s*(万元|元)/;

/** Reads a `单位：万元`, `部门名称：…`, `预算年度：2026` line. */
export function readMetaLine(text: string, meta: TableMeta): boolean {
  let found = false;
  const unit = UNIT_RE.exec(text);
  if (unit) {
    meta.unit = unit[1] as '万元' | '元';
    found = true;
  }
  const dept = /(?:(?:部门|单位|预算单位)名称|预算主管部门|预算单位|编制部门|编制单位)[:：]\s*([^\s:：]+?)(?:\s|(?:金额)?单位[:：]|$)/.exec(text);
  if (dept) {
    meta.department = dept[1];
    found = true;
  }
  const year = /预算年度[:：]\s*(\d{4})/.exec(text);
  if (year) {
    meta.year = Number(year[1]);
    found = true;
  }
  return found;
}

/** A table block's leading rows that only carry metadata (the Word dump puts them in the table). */
function isMetaRow(row: ExtractedRow): boolean {
  const texts = row.cells.map((c) => c.text).filter(Boolean);
  return texts.length > 0 && texts.some((t) => UNIT_RE.test(t) || /预算年度[:：]|(部门|单位)名称[:：]|编制(部门|单位)[:：]/.test(t));
}

/**
 * The row's label when it sits at the left edge (after a Hebei 序号 cell). A header row such as
 * `\t\t合计\t人员经费` starts further right and has no label.
 */
function firstLabel(row: ExtractedRow): string {
  const cells = row.cells.map((c) => c.text);
  if (/^\d{1,3}$/.test(cells[0] ?? '') && cells.length > 2) return cells[1] || cells[2] || '';
  return cells[0] ?? '';
}

/** The first row that carries data: an amount, a total, a function code or a known line label. */
function isDataRow(row: ExtractedRow): boolean {
  if (row.cells.some((c) => isAmountText(c.text) && /[.,]/.test(c.text))) return true;
  const label = firstLabel(row);
  return isTotalLabel(label) || isFunctionCode(label) || /^[一二三四五六七八九十]+、/.test(label) || threePublicLineOf(label) !== undefined;
}

/**
 * Some producers print the first row label in the header's blank corner (`因公出国（境）费 | 合计 |
 * 一般公共预算 …`). Such a row is split in two: its label starts the data, the rest is header.
 */
function splitLabelFromHeader(body: ExtractedRow[]): void {
  const index = body.findIndex(isDataRow);
  const row = body[index];
  if (!row || index === 0) return;
  const rest = row.cells.slice(1).filter((c) => c.text !== '');
  if (rest.length < 2 || rest.some((c) => isAmountText(c.text))) return;
  const blank = (c: ExtractedCell) => ({ ...c, text: '' });
  body.splice(index, 1, { ...row, cells: [blank(row.cells[0]), ...row.cells.slice(1)] }, { ...row, cells: [row.cells[0], ...row.cells.slice(1).map(blank)] });
}

export function isNoteText(text: string): boolean {
  return /^(注|说明)[:：]|本表无数据|空表列示|故本表为空表/.test(text);
}

/**
 * Turns a recognised table block into a typed table: metadata rows and column-number rows out,
 * header rows into columns, data rows typed by the table kind, every amount exact.
 */
export function parseTable(block: TableBlock, ctx: TableContext, meta: TableMeta): Table {
  const rows = block.rows.filter((r) => r.cells.some((c) => c.text !== ''));
  let note: string | undefined;
  const body: ExtractedRow[] = [];
  for (const row of rows) {
    const texts = row.cells.map((c) => c.text).filter(Boolean);
    if (isMetaRow(row)) texts.forEach((t) => readMetaLine(t, meta));
    else if (texts.length === 1 && isNoteText(texts[0])) note = texts[0];
    else if (!isColumnNumberRow(row)) body.push(row);
  }
  const unit = meta.unit ?? ctx.unit;
  const split = ctx.kind === 'basic-expenditure-economic' ? sideBySideSplit(body) : undefined;
  if (split !== undefined) body.splice(0, body.length, ...unfoldSideBySide(body, split));
  if (ctx.kind === 'three-public' && isHorizontalThreePublic(body)) {
    const { columns, rows: lines } = transposeThreePublic(body);
    const empty = lines.every((r) => Object.values(r.cells).every((a) => a === undefined || a.value.isZero()));
    return { id: ctx.id, kind: ctx.kind, title: ctx.title, titleYear: yearOf(ctx.title), unit, columns, rows: lines, empty, note, position: ctx.position };
  }
  splitLabelFromHeader(body);
  const firstData = body.findIndex(isDataRow);
  const headerRows = firstData === -1 ? body : body.slice(0, firstData);
  const dataRows = firstData === -1 ? [] : body.slice(firstData);
  const width = Math.max(0, ...dataRows.map((r) => r.cells.length), ...headerRows.map((r) => r.cells.length));
  const columns = buildColumns(headerRows, width);
  assignSides(ctx.kind, columns);

  const typed = typeRows(ctx.kind, columns, dataRows, (cell, column) => readAmount(cell, column, ctx));
  const empty = typed.every((r) => Object.values(r.cells).every((a) => a === undefined || a.value.isZero()));
  return {
    id: ctx.id,
    kind: ctx.kind,
    title: ctx.title,
    titleYear: yearOf(ctx.title),
    unit,
    columns,
    rows: typed,
    empty,
    note,
    position: ctx.position,
    cellTexts: ctx.kind === 'performance-target' ? rows.map((r) => r.cells.map((c) => c.text)) : undefined, // narrative claims: src/parse/performance.ts
  };
}

function readAmount(cell: ExtractedCell | undefined, column: Column, ctx: TableContext): Amount | undefined {
  if (TEXT_KEYS.has(column.key)) return undefined;
  const text = cell?.text ?? '';
  const parsed = parseAmount(text);
  if (!parsed) {
    ctx.warnings.push(`${ctx.title}: “${text}” in column ${column.label} is not an amount (line ${cell?.line ?? '?'}${cell?.page ? `, page ${cell.page}` : ''})`);
    return undefined;
  }
  return { ...parsed, raw: text, position: { line: cell?.line, page: cell?.page, x: cell?.x, y: cell?.y, w: cell?.w, h: cell?.h } };
}

/** Two-sided tables: the second label column starts the expenditure side. */
function assignSides(kind: TableKind, columns: Column[]): void {
  if (kind !== 'summary' && kind !== 'fiscal-summary') return;
  const labelColumns = columns.filter((c) => c.key === 'name');
  const split = labelColumns[1]?.index ?? Infinity;
  for (const c of columns) {
    if (c.key === 'serial') continue;
    c.side = c.index >= split ? 'expenditure' : 'income';
  }
}

