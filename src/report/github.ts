import type { FileResult } from '../batch/check-file.js';
import type { Finding } from '../model/finding.js';
import { portable } from '../batch/baseline.js';
import type { Summary } from './summary.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const; // info: never emitted, see below

/** Workflow commands escape %, CR and LF in data; properties also , and : (GitHub's toolkit rules). */
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const where = (f: Finding) => [f.location.table, f.location.row, f.location.column, f.location.page ? `p.${f.location.page}` : ''].filter(Boolean).join(' · ');

/**
 * `--format github`: one workflow command per finding (`::error file=…,line=…,title=…::message`),
 * which GitHub Actions shows as annotations on the run and the pull request, and `::error` for a
 * file that could not be checked. Infos are left out (GitHub shows only the first few dozen annotations
 * of a step; 尾差 notes would crowd out the errors). Paths are relative to the base folder.
 */
export function githubAnnotations(results: FileResult[], base: string): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = property(portable(r.path, base));
    if (r.status === 'failed') {
      lines.push(`::error file=${file},title=${property(`budgetlint ${r.error?.code ?? 'failed'}`)}::${data(r.error?.message ?? '')}`);
      continue;
    }
    for (const f of r.findings.filter((x) => x.severity !== 'info')) {
      const line = f.location.line ? `,line=${f.location.line}` : '';
      lines.push(`::${COMMAND[f.severity]} file=${file}${line},title=${property(`${f.ruleCode} ${f.ruleId}`)}::${data(`${f.message}${where(f) ? ` (${where(f)})` : ''}`)}`);
    }
  }
  return lines.join('\n');
}

/** The markdown appended to $GITHUB_STEP_SUMMARY: totals, then one row per file with problems. */
export function githubStepSummary(results: FileResult[], summary: Summary, base: string): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = results
    .filter((r) => r.status === 'failed' || r.findings.some((f) => f.severity !== 'info'))
    .map((r) => {
      const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
      const status = r.status === 'failed' ? `failed: ${r.error?.code}` : 'checked';
      return `| ${cell(portable(r.path, base))} | ${status} | ${count('error')} | ${count('warning')} |`;
    });
  return [
    '## budgetlint',
    '',
    `${summary.files} files: ${summary.checked} checked, ${summary.failed} failed; ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos.`,
    '',
    ...(rows.length > 0 ? ['| file | status | errors | warnings |', '|---|---|---|---|', ...rows] : ['No errors or warnings.']),
    '',
  ].join('\n');
}
