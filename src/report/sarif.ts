import { pathToFileURL } from 'node:url';
import { fingerprint, portable } from '../batch/baseline.js';
import type { FileResult } from '../batch/check-file.js';
import type { Rule } from '../engine/rule.js';
import type { Finding } from '../model/finding.js';
import type { ToolInfo } from './json.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const ROOT = '%SRCROOT%';

/** Where the finding is, as text: table · row · column (SARIF's logical location). */
function logicalName(f: Finding): string {
  return [f.location.table, f.location.row, f.location.column].filter(Boolean).join(' · ');
}

/** A URI reference relative to the base folder, each segment percent-encoded (CJK names, spaces, #). */
const relativeUri = (path: string, base: string) => portable(path, base).split('/').map(encodeURIComponent).join('/');

function artifact(path: string, base: string) {
  return { uri: relativeUri(path, base), uriBaseId: ROOT };
}

function help(rule: Rule) {
  const { code, id, description, tags, severity } = rule.meta;
  const text = `${code} ${id}: ${description.en} / ${description.zh}. Tags: ${tags.join(', ')}. Default severity: ${severity}; a difference within the rounding band is reported as a note (尾差).`;
  return { text, markdown: `**${code}** \`${id}\`\n\n${description.en}\n\n${description.zh}\n\nThe rule catalogue is rules/README.md in the budgetlint package; \`budgetlint rules\` lists them.` };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: URIs relative to the base folder (`--base`, default
 * the working directory — the repository root in a workflow), a region on every result (the line;
 * for a PDF the line in its extracted text, `budgetlint text FILE`, with the page as a property),
 * partialFingerprints that survive rewording and line shifts, and rule metadata with help.
 */
export function sarifReport(tool: ToolInfo, rules: Rule[], results: FileResult[], base = process.cwd()): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.code,
              shortDescription: { text: r.meta.description.en },
              fullDescription: { text: r.meta.description.zh },
              help: help(r),
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { tags: r.meta.tags },
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: pathToFileURL(base.endsWith('/') ? base : base + '/').href } },
        invocations: [
          {
            executionSuccessful: results.every((r) => r.status === 'checked'),
            toolExecutionNotifications: results
              .filter((r) => r.status === 'failed')
              .map((r) => ({
                level: 'error',
                message: { text: `[${r.error?.code}] ${r.error?.message}` },
                locations: [{ physicalLocation: { artifactLocation: artifact(r.path, base) } }],
              })),
          },
        ],
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: rules.findIndex((rule) => rule.meta.id === f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.location.page ? `${f.message} (p.${f.location.page})` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(r.path, base),
                  // Line 1 only when the finding has no place at all (a document-level finding).
                  region: { startLine: f.location.line ?? 1, ...(f.location.page ? { properties: { page: f.location.page } } : {}) },
                },
                logicalLocations: [{ fullyQualifiedName: logicalName(f) }],
              },
            ],
            partialFingerprints: { 'budgetlint/v1': fingerprint(f, r.path, base) },
            properties: { expected: f.expected, actual: f.actual, difference: f.difference, tolerance: f.tolerance, unit: f.unit, page: f.location.page },
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
