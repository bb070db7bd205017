import type { FileResult } from '../batch/check-file.js';
import type { Rule } from '../engine/rule.js';
import type { Finding } from '../model/finding.js';

/** XML 1.0 text: escaped, and without the control characters XML cannot carry at all. */
const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function where(f: Finding): string {
  const l = f.location;
  return [l.table, l.row, l.column, l.page ? `p.${l.page}` : '', l.line ? `line ${l.line}` : ''].filter(Boolean).join(' / ');
}

const describe = (f: Finding) => `${f.severity} ${f.ruleCode} ${f.message} (${where(f)})`;

/**
 * JUnit XML for CI test views: one suite per file, one test case per file and rule that ran on it.
 * A rule with an error finding fails (`<failure>`, every finding listed); a rule with only warnings
 * passes but shows them in the case's `<system-out>` (and the suite's `warnings` count), so they are
 * visible without failing the build; a file that could not be checked is one `<error>` case.
 */
export function junitReport(results: FileResult[], rules: Rule[], disabled: (rule: Rule) => boolean = () => false): string {
  const active = rules.filter((r) => !disabled(r));
  const suites = results.map((r) => {
    const name = escape(r.path);
    if (r.status === 'failed') {
      return `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n    <testcase classname="${name}" name="check"><error type="${escape(r.error?.code ?? '')}" message="${escape(r.error?.message ?? '')}"/></testcase>\n  </testsuite>`;
    }
    let failures = 0;
    let warnings = 0;
    const cases = active.map((rule) => {
      const own = r.findings.filter((f) => f.ruleId === rule.meta.id);
      const errors = own.filter((f) => f.severity === 'error');
      const others = own.filter((f) => f.severity !== 'error');
      warnings += others.filter((f) => f.severity === 'warning').length;
      const caseName = `${rule.meta.code} ${rule.meta.id}`;
      const body: string[] = [];
      if (errors.length > 0) {
        failures++;
        body.push(`<failure message="${escape(`${errors.length} error(s): ${errors[0].message}`)}" type="error">${escape(errors.map(describe).join('\n'))}</failure>`);
      }
      if (others.length > 0) body.push(`<system-out>${escape(others.map(describe).join('\n'))}</system-out>`);
      return body.length === 0 ? `    <testcase classname="${name}" name="${escape(caseName)}"/>` : `    <testcase classname="${name}" name="${escape(caseName)}">${body.join('')}</testcase>`;
    });
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n    <properties><property name="warnings" value="${warnings}"/></properties>\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="budgetlint">\n${suites.join('\n')}\n</testsuites>\n`;
}
