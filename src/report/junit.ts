import type { FileResult } from '../batch/check-file.js';
import type { Finding } from '../model/finding.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function where(f: Finding): string {
  const l = f.location;
  return [l.table, l.row, l.column, l.page ? `p.${l.page}` : '', l.line ? `line ${l.line}` : ''].filter(Boolean).join(' / ');
}

/**
 * JUnit XML for CI test views: one suite per file, one failing case per error finding, one passing
 * case for a file without errors, an `<error>` case for a file that could not be checked.
 * Warnings and infos do not fail a build, so they are listed in the suite's output only.
 */
export function junitReport(results: FileResult[]): string {
  const suites = results.map((r) => {
    const name = escape(r.path);
    if (r.status === 'failed') {
      return `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n    <testcase classname="${name}" name="check"><error type="${escape(r.error?.code ?? '')}" message="${escape(r.error?.message ?? '')}"/></testcase>\n  </testsuite>`;
    }
    const errors = r.findings.filter((f) => f.severity === 'error');
    const cases = errors.length
      ? errors.map((f) => `    <testcase classname="${name}" name="${escape(`${f.ruleCode} ${f.ruleId}`)}"><failure message="${escape(f.message)}">${escape(where(f))}</failure></testcase>`)
      : [`    <testcase classname="${name}" name="budgetlint"/>`];
    const others = r.findings.filter((f) => f.severity !== 'error').map((f) => `${f.severity} ${f.ruleId}: ${f.message} (${where(f)})`);
    const out = others.length ? `\n    <system-out>${escape(others.join('\n'))}</system-out>` : '';
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${errors.length}" errors="0">\n${cases.join('\n')}${out}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budgetlint">\n${suites.join('\n')}\n</testsuites>\n`;
}
