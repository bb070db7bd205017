import type { TableBlock } from '../extract/types.js';
import type { TableKind } from '../model/table.js';

/**
 * The kind of an untitled table (a title lost in a Word or HTML export) from its header row, only
 * where the header says it unambiguously; a header that fits two tables (表3 支出总表 and 表5
 * 一般公共预算支出表 both print 合计/基本支出/项目支出) leaves the table unrecognised.
 */
const HEADER_KINDS: { kind: TableKind; all: RegExp[]; none?: RegExp[] }[] = [
  // 人员经费 / 公用经费 columns: the 一般公共预算基本支出 table by economic class.
  { kind: 'basic-expenditure-economic', all: [/人员经费/, /公用经费/, /(经济分类|科目)/] },
  // Income sources as columns beside function codes: the 收入总表.
  { kind: 'income', all: [/科目编码|功能分类/, /事业收入/, /(一般公共预算|财政拨款)/, /(上年结转|其他收入)/] },
  // Hebei's 支出总表 adds 上解上级 and 对附属单位补助 beside 基本/项目: no other table does.
  { kind: 'expenditure', all: [/基本支出/, /项目支出/, /上解上级支出/, /对附属单位补助支出/] },
  // The 三公 table's three lines as columns.
  { kind: 'three-public', all: [/因公出国/, /公务接待/, /公务用车/], none: [/项目名称/] },
];

export function tableKindFromHeader(block: TableBlock): TableKind | null {
  // The header is the rows above the first amount.
  const firstData = block.rows.findIndex((r) => r.cells.some((c) => /^\d[\d,]*\.\d{2}$/.test(c.text)));
  const header = block.rows.slice(0, firstData === -1 ? 3 : Math.min(firstData, 4)).flatMap((r) => r.cells.map((c) => c.text)).join(' ');
  const matches = HEADER_KINDS.filter((h) => h.all.every((re) => re.test(header)) && !(h.none ?? []).some((re) => re.test(header)));
  return matches.length === 1 ? matches[0].kind : null;
}
