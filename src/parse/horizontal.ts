import type { ExtractedRow } from '../extract/types.js';
import type { Amount } from '../model/amount.js';
import { isAmountText, parseAmount } from '../model/amount.js';
import type { Column, ColumnKey, LineKey, Row } from '../model/table.js';
import { threePublicLineOf } from './labels.js';

/**
 * The Shanghai 三公 table prints its lines as columns (合计 | 因公出国(境)费 | 公务接待费 |
 * 公务用车购置及运行费: 小计 购置费 运行费 | 机关运行经费) over a single row of amounts. Recognised by
 * two or more 三公 line labels side by side in one row.
 */
export function isHorizontalThreePublic(rows: ExtractedRow[]): boolean {
  return rows.some((r) => r.cells.filter((c) => /因公出国|公务接待|公务用车/.test(c.text)).length >= 2);
}

function lineOfPath(path: string[]): LineKey | undefined {
  const leaf = path[path.length - 1] ?? '';
  const parent = path.slice(0, -1).join('/');
  if (/^合计$/.test(leaf)) return 'threePublicTotal';
  if (/^小计$/.test(leaf)) return threePublicLineOf(parent.split('/').pop() ?? '');
  if (/^购置费?$/.test(leaf) && /公务用车/.test(parent)) return 'vehiclePurchase';
  if (/^运行(维护)?费$/.test(leaf) && /公务用车/.test(parent)) return 'vehicleOperation';
  return threePublicLineOf(leaf);
}

/** A 决算 三公 table prints 预算数 and 决算数 under each line: the leaf names the column, not the line. */
function figureKeyOf(path: string[]): { key: ColumnKey; path: string[] } {
  const leaf = path[path.length - 1] ?? '';
  if (/^预算数$/.test(leaf)) return { key: 'budgetEstimate', path: path.slice(0, -1) };
  if (/^决算数$/.test(leaf)) return { key: 'total', path: path.slice(0, -1) };
  return { key: 'total', path };
}

/**
 * One row per column: the labels above a column (carried right over merged cells) make its line,
 * the amount below it its value, kept under the `total` key like a vertical 三公 table's 合计 column.
 * Under `预算数 | 决算数` pairs (决算) one row per line holds both: `budgetEstimate` and `total`.
 */
export function transposeThreePublic(rows: ExtractedRow[], unitDecimals = 2): { columns: Column[]; rows: Row[] } {
  const dataIndex = rows.findIndex((r) => r.cells.every((c) => c.text === '' || isAmountText(c.text)) && r.cells.some((c) => c.text !== ''));
  const header = dataIndex === -1 ? rows : rows.slice(0, dataIndex);
  const data = dataIndex === -1 ? undefined : rows[dataIndex];
  const width = Math.max(...rows.map((r) => r.cells.length));
  const paths: string[][] = Array.from({ length: width }, () => []);
  header.forEach((row, r) => {
    let carried = '';
    for (let c = 0; c < width; c++) {
      const text = row.cells[c]?.text ?? '';
      // A label spans right until a label above it starts a new group (决算: `公务用车运行维护费` must not run on under `公务接待费`).
      if (header.slice(0, r).some((h) => h.cells[c]?.text)) carried = '';
      if (text) {
        carried = text;
        paths[c].push(text);
      } else if (carried && header.slice(r + 1).some((h) => h.cells[c]?.text)) {
        paths[c].push(carried);
      }
    }
  });
  const columns: Column[] = paths.map((path, index) => ({ key: figureKeyOf(path).key, label: path.join('/'), index }));
  const out: Row[] = [];
  paths.forEach((fullPath, c) => {
    const { key, path } = figureKeyOf(fullPath);
    const line = lineOfPath(path);
    if (!line) return;
    const cell = data?.cells[c];
    const parsed = parseAmount(cell?.text ?? '', unitDecimals);
    const amount: Amount | undefined = parsed
      ? { ...parsed, raw: cell?.text ?? '', position: { line: cell?.line ?? data?.line, page: cell?.page ?? data?.page, x: cell?.x, y: cell?.y, w: cell?.w, h: cell?.h } }
      : undefined;
    const same = out.find((r) => r.line === line && r.label === path.join('/'));
    if (same) {
      if (amount) same.cells[key] = amount;
      return;
    }
    out.push({
      kind: line === 'threePublicTotal' ? 'total' : 'line',
      label: path.join('/'),
      name: path[path.length - 1] === '小计' ? path[path.length - 2] : path[path.length - 1],
      line,
      cells: amount ? { [key]: amount } : {},
      position: { line: data?.line ?? header[0]?.line, page: data?.page ?? cell?.page ?? header[0]?.page },
    });
  });
  return { columns, rows: out };
}
