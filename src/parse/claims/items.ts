import type { Table, TableKind } from '../../model/table.js';
import { normalizeName } from '../../model/classification.js';
import { classCodeOf } from '../labels.js';

/**
 * Shanghai names each 项 it explains by its path of function names, in one of two spellings:
 * `“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目` or
 * `“一般公共服务支出（类）统计信息事务（款）统计管理（项）”`. The code is found by walking the
 * document's own function tables down the path: names are only unique under their parent.
 */
const ITEM_RE = /“([^”]{4,})”/;
const FUNCTION_TABLES: TableKind[] = ['general-budget-expenditure', 'government-fund-expenditure', 'state-capital', 'expenditure', 'income'];

/** `其它` and `其他` are the same word in 科目 names (R10 prints 其它行政事业单位养老支出). */
const sameName = (name: string) => normalizeName(name).replace(/其它/g, '其他');

export function itemPathOf(phrase: string): string[] | undefined {
  const m = ITEM_RE.exec(phrase);
  if (!m) return undefined;
  const inner = m[1];
  const parts = /[（(][类款项][)）]/.test(inner)
    ? inner.split(/[（(][类款项][)）]/)
    : inner.split(/[-－—–]/);
  const names = parts.map((p) => p.trim()).filter(Boolean);
  return names.length >= 2 ? names : undefined;
}

/** The code of the row at the end of a name path, or undefined when the tables have no such row. */
export function itemCodeOf(path: string[], tables: Table[]): string | undefined {
  const rows = tables
    .filter((t) => FUNCTION_TABLES.includes(t.kind))
    .flatMap((t) => t.rows.filter((r) => r.kind === 'function' && r.code));
  let prefix = '';
  let code: string | undefined;
  for (const [depth, name] of path.entries()) {
    const length = [3, 5, 7][depth];
    const wanted = sameName(name);
    const row = rows.find((r) => r.code!.length === length && r.code!.startsWith(prefix) && sameName(r.name ?? '') === wanted);
    // A class may be named as in another year (医疗卫生与计划生育支出 for 210 卫生健康支出).
    const found = row?.code ?? (depth === 0 ? classCodeOf(name) : undefined);
    if (!found) return undefined;
    code = found;
    prefix = code;
  }
  return code;
}
