import { normalizeName } from '../model/classification.js';
import type { Table } from '../model/table.js';
import { readCsv } from '../refdata/index.js';

/**
 * The forms in which the narrative names a classification row (NARRATIVE.md, “How subjects are
 * written”), each a small pattern; `classificationOf` tries them in order on the words before a
 * figure. A form yields the printed names (class → 款 → 项) and the printed code, if any; the code
 * decides the row when printed, else the names are walked down the document's own tables.
 *
 * | form        | example                                                              |
 * |-------------|----------------------------------------------------------------------|
 * | marks       | `一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）` |
 * | bareMarks   | `一般公共服务支出类政府办公厅（室）及相关机构事务款行政运行项`              |
 * | hyphen      | `“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目`            |
 * | subject     | `“一般公共服务支出”科目`                                                |
 * | code        | `2010301行政运行`, `行政运行（2010301）`, `301工资福利支出`, `“商品和服务支出”（302）` |
 * | name        | `卫生健康支出`, `工资福利支出`, `行政运行` (a 款/项 name only when the tables print it once) |
 */

export type Form = 'marks' | 'bareMarks' | 'hyphen' | 'subject' | 'code' | 'name';

export interface PrintedClassification {
  kind: 'function' | 'economic';
  form: Form;
  /** Names as printed, from the class down (a `（室）` inside a name is part of it). */
  names: string[];
  /** The code as printed (composed from the codes inside the level marks), if any. */
  code?: string;
}

/** A level mark `（类）` `（201类）` `（03款）` `（01项）`: brackets around an optional code and 类/款/项. */
const LEVEL_MARK_RE = /[（(]\s*(\d{0,7})\s*([类款项])\s*[)）]/g;
const LEVELS = { 类: 0, 款: 1, 项: 2 } as const;
/** Where a path starts: after a quote, a clause break, an enumeration comma, or a marker word. */
const PATH_START_RE = /^.*(?:[“"‘、，,。；;：:]|其中|包括|主要用于|^\s*\d{1,2}[、.．]|^[（(][一二三四五六七八九十\d]+[)）])/;

const unquote = (s: string) => s.replace(/[“”"‘’]/g, '').trim();

function csvNames(files: string[], level: string): [string, string][] {
  return files
    .flatMap((f) => readCsv(f))
    .filter((r) => r.code && (r.level === level || (!r.level && level === '类')))
    .flatMap((r) => [r.name, ...(r.other_names_seen ?? '').split(/[;；|]/)].filter(Boolean).map((n): [string, string] => [n.replace(/\s/g, ''), r.code]))
    .sort((a, b) => b[0].length - a[0].length);
}

/** 类 names → codes, with the names a class had in other years (210 医疗卫生与计划生育支出 = 卫生健康支出). */
export const FUNCTION_CLASS_NAMES = csvNames(['function_classes_lei_curated.csv', 'observed_function_codes.csv'], '类');
const ECONOMIC_CLASS_NAMES = csvNames(['dept_econ_classification_curated.csv', 'observed_dept_econ_codes.csv'], '类');
const CLASS_ALTERNATION = FUNCTION_CLASS_NAMES.map(([n]) => n.replace(/[()（）]/g, '\\$&')).join('|');
const BARE_MARKS_RE = new RegExp(`(${CLASS_ALTERNATION})类(.+?)款(.+?)项$`);

function marks(phrase: string): PrintedClassification | undefined {
  const found = [...phrase.matchAll(LEVEL_MARK_RE)];
  if (found.length === 0) return undefined;
  const names: string[] = [];
  const codes: string[] = [];
  let from = 0;
  for (const [i, m] of found.entries()) {
    let name = phrase.slice(from, m.index);
    if (i === 0) name = name.replace(PATH_START_RE, '');
    if (LEVELS[m[2] as keyof typeof LEVELS] !== i) return undefined;
    names.push(unquote(name));
    codes.push(m[1]);
    from = m.index + m[0].length;
  }
  if (names.some((n) => !n)) return undefined;
  // `（201类）（03款）（01项）` → 2010301; a full code at the deepest level wins.
  const last = codes[codes.length - 1];
  const composed = codes.every((c, i) => c.length === (i === 0 ? 3 : 2)) ? codes.join('') : last.length === 3 + 2 * (codes.length - 1) ? last : undefined;
  return { kind: 'function', form: 'marks', names, code: composed || undefined };
}

function bareMarks(phrase: string): PrintedClassification | undefined {
  const m = BARE_MARKS_RE.exec(unquote(phrase.replace(PATH_START_RE, '')));
  return m ? { kind: 'function', form: 'bareMarks', names: [m[1], m[2], m[3]] } : undefined;
}

function hyphen(phrase: string): PrintedClassification | undefined {
  const m = /“?([^“”"]+?(?:[-－—–][^“”"\-－—–]+)+)”?\s*(?:科目)?$/.exec(phrase.replace(PATH_START_RE, ''));
  if (!m || !/科目|”\s*$/.test(phrase)) return undefined;
  const names = m[1].split(/[-－—–]/).map(unquote);
  return names.every(Boolean) && names.length <= 3 ? { kind: 'function', form: 'hyphen', names } : undefined;
}

function economicOrFunction(code: string): 'function' | 'economic' | undefined {
  if (/^2\d{2}(\d{2}){0,2}$/.test(code)) return 'function';
  if (/^(3[01]\d|399)(\d{2})?$/.test(code)) return 'economic';
  return undefined;
}

function codeForm(phrase: string): PrintedClassification | undefined {
  const tail = phrase.replace(PATH_START_RE, '');
  const before = /(?<!\d)(\d{3}|\d{5}|\d{7})\s*“?([\u4e00-\u9fff][\u4e00-\u9fff（）()]*)”?\s*(?:科目)?$/.exec(tail);
  const after = /“?([\u4e00-\u9fff][\u4e00-\u9fff（）()]*?)”?\s*[（(](\d{3}|\d{5}|\d{7})[)）]\s*(?:科目)?$/.exec(tail);
  const [code, name] = before ? [before[1], before[2]] : after ? [after[2], after[1]] : [];
  const kind = code ? economicOrFunction(code) : undefined;
  return kind && name ? { kind, form: 'code', names: [unquote(name)], code } : undefined;
}

function subjectForm(phrase: string): PrintedClassification | undefined {
  const m = /“([^“”]+)”\s*科目$/.exec(phrase) ?? /([\u4e00-\u9fff（）()]+)科目$/.exec(phrase.replace(PATH_START_RE, ''));
  return m ? { kind: 'function', form: 'subject', names: [unquote(m[1])] } : undefined;
}

function nameForm(phrase: string): PrintedClassification | undefined {
  const text = unquote(phrase.replace(/\s/g, ''));
  const fn = FUNCTION_CLASS_NAMES.find(([n]) => text.endsWith(n) || text.includes(n));
  if (fn) return { kind: 'function', form: 'name', names: [fn[0]], code: undefined };
  const econ = ECONOMIC_CLASS_NAMES.find(([n]) => text.endsWith(n));
  return econ ? { kind: 'economic', form: 'name', names: [econ[0]], code: econ[1] } : undefined;
}

/** The classification row the words before a figure name, in the first form that fits. */
export function classificationOf(phrase: string): PrintedClassification | undefined {
  const text = phrase.trim();
  return marks(text) ?? codeForm(text) ?? hyphen(text) ?? bareMarks(text) ?? subjectForm(text) ?? nameForm(text);
}

/** `其它` and `其他` are the same word in 科目 names (R10 prints 其它行政事业单位养老支出). */
const sameName = (name: string) => normalizeName(name).replace(/其它/g, '其他');
const FUNCTION_TABLES = ['general-budget-expenditure', 'government-fund-expenditure', 'state-capital', 'expenditure', 'income'];

const functionRows = (tables: Table[]) => tables.filter((t) => FUNCTION_TABLES.includes(t.kind)).flatMap((t) => t.rows.filter((r) => r.kind === 'function' && r.code));

/** The tables print a function row of exactly this name. */
export const isPrintedFunctionName = (name: string, tables: Table[]) => functionRows(tables).some((r) => sameName(r.name ?? '') === sameName(name));

export type CodeLookup = { code: string } | { unresolved: string };

/**
 * The function code a printed path means: the printed code when there is one; else the names
 * walked down the document's tables (a name is only unique under its parent), a class also by
 * its national name in any year. A single 款/项 name counts only when the tables print it once.
 */
export function functionCodeOf(printed: PrintedClassification, tables: Table[]): CodeLookup {
  if (printed.code) return { code: printed.code };
  const rows = functionRows(tables);
  const classCode = (name: string) => FUNCTION_CLASS_NAMES.find(([n]) => sameName(n) === sameName(name))?.[1];
  if (printed.names.length === 1) {
    const code = classCode(printed.names[0]);
    if (code) return { code };
    const codes = new Set(rows.filter((r) => sameName(r.name ?? '') === sameName(printed.names[0])).map((r) => r.code!));
    if (codes.size === 1) return { code: [...codes][0] };
    return { unresolved: codes.size > 1 ? `“${printed.names[0]}”在表中对应${codes.size}个科目，未写明是哪一个` : `表中没有名为“${printed.names[0]}”的科目` };
  }
  let prefix = '';
  for (const [depth, name] of printed.names.entries()) {
    const length = [3, 5, 7][depth];
    const row = rows.find((r) => r.code!.length === length && r.code!.startsWith(prefix) && sameName(r.name ?? '') === sameName(name));
    const found = row?.code ?? (depth === 0 ? classCode(name) : undefined);
    if (!found) return { unresolved: `表中没有“${printed.names.slice(0, depth + 1).join('-')}”这一科目` };
    prefix = found;
  }
  return { code: prefix };
}
