import type { Table } from '../model/table.js';
import type { PerformanceTarget } from '../model/performance.js';
import { parseAmount } from '../model/amount.js';

const NAME_LABEL_RE = /^项目名称[:：]?\s*(.*)$/;
/** Shanxi `年度资金总额:` (元); Hebei `预算数` (万元, under `预算规模及资金用途`). */
const AMOUNT_LABEL_RE = /^(年度资金总额|预算数)[:：]?\s*(.*)$/;

/**
 * Reads each performance-target sheet's project name and annual amount from its printed cells.
 * The sheets are forms, not grids: a label cell is followed by its value, either in the same cell
 * (`年度资金总额：100,000`) or in the next non-empty one.
 */
export function readPerformanceTargets(tables: Table[]): PerformanceTarget[] {
  return tables.filter((t) => t.kind === 'performance-target').map(readSheet);
}

function readSheet(table: Table): PerformanceTarget {
  const cells = (table.cellTexts ?? []).flat().map((t) => t.trim());
  const projectName = valueAfter(cells, NAME_LABEL_RE, (t) => t !== '' && !/^项目|^主管部门/.test(t)) ?? firstRowName(table);
  const amountText = valueAfter(cells, AMOUNT_LABEL_RE, (t) => parseAmount(t) !== null && t !== '');
  const parsed = amountText === undefined ? null : parseAmount(amountText);
  return {
    tableId: table.id,
    title: table.title,
    projectName,
    annualAmount: parsed && amountText !== undefined ? { ...parsed, raw: amountText, position: { ...table.position } } : undefined,
    unit: unitOf(cells, table),
    position: table.position,
  };
}

/**
 * `项目资金（元）` (Shanxi, possibly cut by a PDF cell into `项目资金(` / `元)`) or the sheet's own
 * `单位：万元` (Hebei). Shanxi's `年度资金总额` is in 元 by the template even when the label is lost.
 */
function unitOf(cells: string[], table: Table): '万元' | '元' {
  const stated = cells.map((t) => /^(?:项目资金\s*[(（])?\s*(万元|元)\s*[)）]$|项目资金\s*[(（]\s*(万元|元)\s*[)）]/.exec(t)).find((m) => m !== null);
  if (stated) return (stated[1] ?? stated[2]) as '万元' | '元';
  return cells.some((t) => /^年度资金总额/.test(t)) ? '元' : table.unit;
}

/** Without a `项目名称` label (a PDF can lose it to the header), the first row's only text is the name. */
function firstRowName(table: Table): string | undefined {
  const first = (table.cellTexts ?? [])[0]?.map((t) => t.trim()).filter((t) => t !== '') ?? [];
  return first.length === 1 && !/[:：]$/.test(first[0]) ? first[0] : undefined;
}

function valueAfter(cells: string[], label: RegExp, accept: (text: string) => boolean): string | undefined {
  for (let i = 0; i < cells.length; i++) {
    const m = label.exec(cells[i]);
    if (!m) continue;
    const inline = m[m.length - 1].trim();
    if (inline && accept(inline)) return inline;
    const next = cells.slice(i + 1).find((t) => t !== '');
    if (next !== undefined && accept(next)) return next;
  }
  return undefined;
}
