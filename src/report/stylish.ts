import chalk from 'chalk';
import Table from 'cli-table3';
import type { FileResult } from '../batch/check-file.js';
import type { Place } from '../model/finding.js';
import type { Lang } from '../engine/rule.js';
import type { Summary } from './summary.js';
import { TABLE_NAMES } from '../model/table-names.js';
import { wrapText } from './wrap.js';

const WORDS = {
  zh: {
    tables: (n: number, sheets: number) => `识别表格 ${n} 张${sheets ? `（另有绩效目标表 ${sheets} 张）` : ''}`,
    severity: '级别',
    rule: '规则',
    where: '位置',
    expected: '应为',
    actual: '实为',
    message: '说明',
    failed: '无法检查',
    clean: '未发现问题',
    summary: (s: Summary) =>
      `共 ${s.files} 个文件：检查 ${s.checked} 个，失败 ${s.failed} 个；错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`,
    page: (n: number) => `第${n}页`,
    line: (n: number) => `第${n}行`,
    severities: { error: '错误', warning: '警告', info: '提示' },
    claims: (found: number, checked: number) => `叙述数字 ${found} 处，已核对 ${checked} 处`,
  },
  en: {
    tables: (n: number, sheets: number) => `${n} tables${sheets ? ` (+${sheets} performance-target sheets)` : ''}`,
    severity: 'severity',
    rule: 'rule',
    where: 'where',
    expected: 'expected',
    actual: 'actual',
    message: 'message',
    failed: 'could not be checked',
    clean: 'no problems found',
    summary: (s: Summary) =>
      `${s.files} files: ${s.checked} checked, ${s.failed} failed; ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
    page: (n: number) => `p.${n}`,
    line: (n: number) => `line ${n}`,
    severities: { error: 'error', warning: 'warning', info: 'info' },
    claims: (found: number, checked: number) => `${found} narrative claims, ${checked} checked`,
  },
};

const COLOURS = { error: chalk.red, warning: chalk.yellow, info: chalk.gray };

function where(place: Place, lang: Lang): string {
  const w = WORDS[lang];
  const at = [place.page ? w.page(place.page) : '', place.line ? w.line(place.line) : ''].filter(Boolean).join(' ');
  return [place.table, place.row, place.column, at].filter(Boolean).join('\n');
}

export interface StylishOptions {
  lang: Lang;
  /** Terminal width; the message column takes what the others leave. */
  width?: number;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function columnWidths(width = 160): number[] {
  const fixed = [9, 28, 36, 12, 12];
  const used = fixed.reduce((a, b) => a + b, 0) + fixed.length + 2;
  return [...fixed, Math.max(30, Math.min(100, width - used))];
}

/** The terminal report: per file a header and a table of findings, then the summary. */
export function stylishReport(results: FileResult[], summary: Summary, options: StylishOptions): string {
  const w = WORDS[options.lang];
  const out: string[] = [];
  for (const result of results) {
    out.push(chalk.bold.underline(result.path));
    if (result.status === 'failed') {
      out.push(chalk.red(`  ✖ ${w.failed}: [${result.error?.code}] ${result.error?.message}`), '');
      continue;
    }
    const doc = result.document!;
    const budgetTables = doc.tables.filter((t) => t.kind !== 'other' && t.kind !== 'performance-target');
    const sheets = doc.tables.filter((t) => t.kind === 'performance-target').length;
    out.push(
      `  ${doc.department} · ${doc.year} · ${doc.kind} · ${doc.template}${doc.pageCount ? ` · ${doc.pageCount}p` : ''} · ${w.claims(doc.claims, doc.claimsChecked)}`,
      `  ${w.tables(budgetTables.length, sheets)}: ${budgetTables.map((t) => TABLE_NAMES[t.kind][options.lang]).join(options.lang === 'zh' ? '、' : ', ')}`,
    );
    const shown = result.findings;
    if (shown.length === 0) {
      out.push(chalk.green(`  ✔ ${w.clean}`), '');
      continue;
    }
    const widths = columnWidths(options.width);
    const table = new Table({
      head: [w.severity, w.rule, w.where, w.expected, w.actual, w.message],
      colWidths: widths,
      style: { head: ['cyan'] },
    });
    for (const f of shown) {
      table.push([
        COLOURS[f.severity](w.severities[f.severity]),
        wrapText(`${f.ruleCode}\n${f.ruleId}`, widths[1] - 2),
        wrapText(where(f.location, options.lang), widths[2] - 2),
        f.expected ?? '',
        f.actual ?? '',
        wrapText(f.location.excerpt && f.location.excerpt !== f.location.table ? `${f.message}\n「${clip(f.location.excerpt, 120)}」` : f.message, widths[5] - 2),
      ]);
    }
    out.push(table.toString(), '');
  }
  out.push(chalk.bold(w.summary(summary)));
  return out.join('\n');
}
