import type { Lang } from '../engine/rule.js';
import type { Finding, Place, Severity } from '../model/finding.js';

/** The words every human-readable report uses (terminal, HTML, checklist), in both languages. */
export const WORDS = {
  zh: {
    pages: (n: number) => `${n} 页`,
    tables: (n: number, sheets: number) => `表格 ${n} 张${sheets ? `（另有绩效目标表 ${sheets} 张）` : ''}`,
    claims: (found: number, checked: number) => `叙述数字 ${found} 处，已核对 ${checked} 处`,
    failed: '无法检查',
    clean: '未发现错误或警告',
    page: (n: number) => `第${n}页`,
    line: (n: number) => `第${n}行`,
    severities: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    expected: '应为',
    actual: '实为',
    difference: '相差',
    tolerance: (t: string) => `容差 ±${t}`,
    seeAlso: '另见',
    more: (n: number) => `……另有 ${n} 处`,
    infos: (n: number, parts: string) => `另有 ${n} 条提示（${parts}）`,
    verboseHint: '加 --verbose 显示',
    infoKinds: { residue: '尾差', unchecked: '未核对', other: '其他' },
    summary: (files: number, checked: number, failed: number) => `共 ${files} 个文件：检查 ${checked} 个，失败 ${failed} 个`,
    counts: (errors: number, warnings?: number, infos?: number) =>
      [`错误 ${errors}`, warnings === undefined ? '' : `警告 ${warnings}`, infos === undefined ? '' : `提示 ${infos}`].filter(Boolean).join('，'),
    topRules: '最常见的规则：',
    listSeparator: '，',
  },
  en: {
    pages: (n: number) => `${n} pages`,
    tables: (n: number, sheets: number) => `${n} tables${sheets ? ` (+${sheets} performance-target sheets)` : ''}`,
    claims: (found: number, checked: number) => `${found} narrative claims, ${checked} checked`,
    failed: 'could not be checked',
    clean: 'no errors or warnings',
    page: (n: number) => `p.${n}`,
    line: (n: number) => `line ${n}`,
    severities: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    expected: 'expected',
    actual: 'actual',
    difference: 'difference',
    tolerance: (t: string) => `tolerance ±${t}`,
    seeAlso: 'see also',
    more: (n: number) => `… ${n} more`,
    infos: (n: number, parts: string) => `${n} more infos (${parts})`,
    verboseHint: 'shown with --verbose',
    infoKinds: { residue: 'rounding residue', unchecked: 'unchecked', other: 'other' },
    summary: (files: number, checked: number, failed: number) => `${files} files: ${checked} checked, ${failed} failed`,
    counts: (errors: number, warnings?: number, infos?: number) =>
      [`${errors} errors`, warnings === undefined ? '' : `${warnings} warnings`, infos === undefined ? '' : `${infos} infos`].filter(Boolean).join(', '),
    topRules: 'most frequent rules:',
    listSeparator: ', ',
  },
} as const;

/** page · table · row · column (· line for text filings): where an auditor must look. */
export function placeText(place: Place, lang: Lang): string {
  const w = WORDS[lang];
  // A place in another filing (cross-filing checks) names the file first.
  const file = place.path ? place.path.split(/[\\/]/).pop() : '';
  return [file, place.page ? w.page(place.page) : '', place.table, place.row, place.column, place.line ? w.line(place.line) : '']
    .filter(Boolean)
    .join(' · ');
}

/** `应为 696.4796万元 · 实为 738.66万元 · 相差 42.1804万元（容差 ±0.00505）`, or '' without figures. */
export function figuresText(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const unit = f.unit ?? '';
  const parts = [
    f.expected !== undefined ? `${w.expected} ${f.expected}${unit}` : '',
    f.actual !== undefined ? `${w.actual} ${f.actual}${unit}` : '',
    f.difference !== undefined ? `${w.difference} ${f.difference}${unit}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const tolerance = f.tolerance !== undefined ? (lang === 'zh' ? `（${w.tolerance(f.tolerance)}）` : ` (${w.tolerance(f.tolerance)})`) : '';
  return parts.join(' · ') + tolerance;
}

export type InfoKind = 'residue' | 'unchecked' | 'other';

/** Infos are either rounding residues (a figure inside its band) or claims no rule could check. */
export function infoKind(f: Finding): InfoKind {
  if (f.ruleId === 'narrative/unchecked-claim') return 'unchecked';
  return f.difference !== undefined && f.tolerance !== undefined ? 'residue' : 'other';
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; the engine's stable order within each. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** The excerpt worth quoting: the sentence or row text, unless it only repeats the table title. */
export function quoteOf(place: Place): string | undefined {
  return place.excerpt && place.excerpt !== place.table ? place.excerpt : undefined;
}
