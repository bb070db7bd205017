import { normalizeName } from '../src/model/classification.js';
import { readCsv } from '../src/refdata/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import type { FunctionLevel } from '../src/model/table.js';

/**
 * Function-classification paths as the narrative prints them (NARRATIVE.md, “How subjects are
 * written”), read for the wording rule on names (wording/class-names). This is the wording rules'
 * own small reader until the narrative stage (src/narrative) exposes resolved subjects with their
 * printed names and codes; it reads two forms only:
 *   `“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”` (codes may sit in the
 *   marks: `（201类）` `（03款）` `（01项）`, and a class alone: `医疗卫生与计划生育支出（210类）`), and
 *   `“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目`.
 */
export interface PathSegment {
  level: FunctionLevel;
  /** The name as printed. */
  name: string;
  /** The full code when the narrative prints one (`（03款）` under 201 → 20103). */
  code?: string;
  offset: number;
}

const LEVEL: Record<string, FunctionLevel> = { 类: 'class', 款: 'section', 项: 'item' };
const MARK_RE = /[（(]\s*(\d{0,7})\s*(类|款|项)\s*[)）]/g;
const HYPHEN_PATH_RE = /“([^”]{2,80}?[-－—][^”]{2,80}?)”\s*科目/g;

export const sameName = (a: string, b: string) => normalizeName(a).replace(/其它/g, '其他') === normalizeName(b).replace(/其它/g, '其他');

/** Class names known to refdata, current and former (for finding where a class name starts in running text). */
const CLASS_NAMES: { code: string; name: string; current: string }[] = (() => {
  const out: { code: string; name: string; current: string }[] = [];
  for (const file of ['function_classes_lei_curated.csv', 'observed_function_codes.csv']) {
    for (const row of readCsv(file)) {
      if (!row.code || row.code.length !== 3 || !row.name) continue;
      out.push({ code: row.code, name: row.name, current: row.name });
      for (const other of (row.other_names_seen ?? '').split(/[;；|]/).filter(Boolean)) out.push({ code: row.code, name: other, current: row.name });
    }
  }
  return out;
})();

/** The refdata entry for a class name (current or former), if any. */
export function refdataClass(name: string): { code: string; current: string } | undefined {
  return CLASS_NAMES.find((c) => sameName(c.name, name));
}

function fullCode(printed: string, level: FunctionLevel, parent: string | undefined): string | undefined {
  if (!printed) return undefined;
  const length = { class: 3, section: 5, item: 7 }[level];
  if (printed.length === length) return printed;
  if (printed.length === 2 && parent && parent.length === length - 2) return parent + printed;
  return undefined;
}

/** Level-mark paths: names between marks; the first name runs back to a quote or clause break, or is the longest known class name. */
function markPaths(text: string): PathSegment[][] {
  const paths: PathSegment[][] = [];
  let current: PathSegment[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(MARK_RE)) {
    const level = LEVEL[m[2]];
    const contiguous = lastEnd >= 0 && current.length > 0 && /^[^，,。；;：:“”、\d]{1,40}$/.test(text.slice(lastEnd, m.index));
    let start: number;
    if (contiguous) start = lastEnd;
    else {
      if (current.length) paths.push(current);
      current = [];
      const before = text.slice(0, m.index);
      const delimited = Math.max(...[...'“，,。；;：:、'].map((c) => before.lastIndexOf(c))) + 1;
      start = delimited;
      if (level === 'class' && !(delimited > 0 && text[delimited - 1] === '“')) {
        const known = CLASS_NAMES.filter((c) => before.endsWith(c.name)).sort((a, b) => b.name.length - a.name.length)[0];
        if (!known) {
          lastEnd = -1;
          continue;
        }
        start = m.index - known.name.length;
      }
    }
    const name = text.slice(start, m.index).replace(/^[\s“]+|[\s”]+$/g, '');
    if (!name || /\d/.test(name)) {
      lastEnd = -1;
      continue;
    }
    const parent = current[current.length - 1]?.code;
    current.push({ level, name, code: fullCode(m[1], level, parent), offset: start });
    lastEnd = m.index + m[0].length;
  }
  if (current.length) paths.push(current);
  // A path must start at its class or be a full 款/项 chain with codes; a lone `（01项）` name is not read.
  return paths.filter((p) => p[0].level === 'class' || p.every((s) => s.code));
}

function hyphenPaths(text: string): PathSegment[][] {
  const paths: PathSegment[][] = [];
  for (const m of text.matchAll(HYPHEN_PATH_RE)) {
    const names = m[1].split(/[-－—]/).map((n) => n.trim());
    if (names.length < 2 || names.length > 3 || names.some((n) => !n)) continue;
    let offset = m.index + 1;
    paths.push(
      names.map((name, i) => {
        const segment = { level: (['class', 'section', 'item'] as const)[i], name, offset };
        offset += name.length + 1;
        return segment;
      }),
    );
  }
  return paths;
}

export function functionPaths(text: string): PathSegment[][] {
  return [...markPaths(text), ...hyphenPaths(text)];
}

/** The function rows of the document's tables: name by code, and the codes of each level. */
export interface FunctionIndex {
  nameOf: Map<string, string>;
  codes: string[];
}

export function functionIndex(doc: BudgetDocument): FunctionIndex {
  const nameOf = new Map<string, string>();
  for (const table of doc.tables) {
    for (const row of table.rows) {
      if (row.kind !== 'function' || !row.code || !row.name || nameOf.has(row.code)) continue;
      nameOf.set(row.code, row.name.trim());
    }
  }
  return { nameOf, codes: [...nameOf.keys()] };
}
