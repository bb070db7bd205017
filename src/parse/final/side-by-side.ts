import type { ExtractedRow } from '../../extract/types.js';

/**
 * The 决算 基本支出 table prints two lists side by side (`编码 名称 决算数 | 编码 名称 决算数`: 301 and
 * 303 on the left, 302 and 310 on the right, footer `人员经费合计 … | 公用经费合计 …`). Returns the
 * column where the right list starts, or undefined when the header does not repeat itself.
 */
export function sideBySideSplit(rows: ExtractedRow[]): number | undefined {
  for (const row of rows.slice(0, 4)) {
    const texts = row.cells.map((c) => c.text);
    if (texts.length < 4 || texts.length % 2 !== 0) continue;
    const half = texts.length / 2;
    const left = texts.slice(0, half);
    if (!left.some((t) => /编码|名称/.test(t))) continue;
    if (left.every((t, i) => t === texts[half + i])) return half;
  }
  return undefined;
}

/** One list out of two: the header once, the left list, then the right list (rows that are blank on one side dropped there). */
export function unfoldSideBySide(rows: ExtractedRow[], split: number): ExtractedRow[] {
  const headerIndex = rows.findIndex((r) => r.cells.length === split * 2 && r.cells.slice(0, split).some((c) => /编码|名称/.test(c.text)));
  const header = rows.slice(0, headerIndex + 1).map((r) => ({ ...r, cells: r.cells.slice(0, split) }));
  const body = rows.slice(headerIndex + 1);
  const half = (r: ExtractedRow, from: number): ExtractedRow => ({ ...r, cells: r.cells.slice(from, from + split) });
  const filled = (r: ExtractedRow) => r.cells.some((c) => c.text !== '');
  return [...header, ...body.map((r) => half(r, 0)).filter(filled), ...body.map((r) => half(r, split)).filter(filled)];
}
