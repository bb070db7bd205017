import type { Column, ColumnKey } from '../model/table.js';
import type { ExtractedRow } from '../extract/types.js';
import { SOURCE_WORDS } from './labels.js';

/** Leaf-label keywords, most specific first. */
const LEAF_KEYS: [RegExp, ColumnKey][] = [
  [/^序号$/, 'serial'],
  [/编码|^类$|^款$|^项$/, 'code'],
  [/政府预算支出经济科目/, 'secondaryName'],
  [/名称|^项目$|^科目$/, 'name'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/经营支出/, 'business'],
  [/上解上级|上缴上级/, 'remitToHigher'],
  [/对附属单位补助/, 'subsidyToAffiliates'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'publicUse'],
  ...SOURCE_WORDS,
  [/上年结转/, 'carryover'],
  // Last year's budget beside this year's (`上年预算数`); `上年执行数` is not a budget figure and stays unknown.
  [/^上年(预算)?数$|^上年预算$/, 'priorYear'],
  [/^年初.*(结转|结余)/, 'openingBalance'],
  [/^年末.*(结转|结余)/, 'closingBalance'],
  [/^本年收入$/, 'currentIncome'],
  [/当年预算/, 'currentYear'],
  [/财政拨款/, 'fiscalAppropriation'],
];

function keyOf(path: string[]): ColumnKey {
  const leaf = path[path.length - 1] ?? '';
  for (const [re, key] of LEAF_KEYS) if (re.test(leaf)) return key;
  if (/^(小计|合计)$/.test(leaf) && path.some((p) => /本年收入/.test(p))) return 'currentIncomeSubtotal';
  if (/小计|合计|总计|金额|预算数|决算数|^\d{4}年?$|^\d{4}年合计$|年预算数/.test(leaf)) return 'total';
  if (leaf === '' && path.length === 0) return 'unknown';
  // A parent label alone (no leaf below it), e.g. a one-row header `2024年预算数`.
  for (const p of [...path].reverse()) for (const [re, key] of LEAF_KEYS) if (re.test(p)) return key;
  return 'unknown';
}

/** `1 2 3 …` or `栏次 1 2 …`: the column-number row some templates print under the header. */
export function isColumnNumberRow(row: ExtractedRow): boolean {
  const texts = row.cells.map((c) => c.text).filter((t) => t !== '' && t !== '栏次');
  if (texts.length < 2 || !texts.every((t) => /^\d{1,2}$/.test(t))) return false;
  return texts.every((t, i) => i === 0 || Number(t) === Number(texts[i - 1]) + 1);
}

/**
 * Aligns a header row that has fewer cells than the table (a Word dump prints a merged cell once)
 * to the full-width row below it: a narrow cell either sits over an empty position of the full row
 * (a vertically merged cell) or spans a run of filled positions (a parent label).
 */
function alignNarrowRow(narrow: string[], full: string[]): string[][] {
  const parents: string[][] = full.map(() => []);
  let p = 0;
  for (const label of narrow) {
    if (p >= full.length) break;
    if (full[p] === '') {
      parents[p].push(label);
      p++;
      continue;
    }
    while (p < full.length && full[p] !== '') parents[p++].push(label);
  }
  return parents;
}

/**
 * Builds the column list from the header rows. Each column's label path runs top to bottom; an
 * upper label is carried right over the columns it spans (its row is empty there and the row
 * below is not).
 */
export function buildColumns(headerRows: ExtractedRow[], width: number): Column[] {
  const rows = headerRows.map((r) => r.cells.map((c) => c.text));
  const fullIndex = rows.map((r, i) => (r.length >= width ? i : -1)).filter((i) => i >= 0);
  const paths: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((cells, i) => {
    if (cells.length >= width || fullIndex.length === 0) {
      let carried = '';
      for (let c = 0; c < width; c++) {
        const text = cells[c] ?? '';
        const below = rows[i + 1]?.[c] ?? '';
        if (text !== '') {
          carried = text;
          paths[c].push(text);
        } else if (carried && below !== '' && rows[i + 1] && rows[i + 1].length >= width) {
          paths[c].push(carried);
        } else {
          carried = '';
        }
      }
      return;
    }
    const full = fullIndex.find((f) => f > i);
    if (full === undefined) return;
    alignNarrowRow(cells, rows[full].slice(0, width)).forEach((labels, c) => paths[c].push(...labels));
  });
  return paths.map((path, index) => ({ key: keyOf(path), label: path.join('/'), index }));
}
