import type { FileResult } from '../batch/check-file.js';
import type { Rule } from '../engine/rule.js';
import type { Finding } from '../model/finding.js';
import type { ToolInfo } from './json.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Where the finding is, as text: table · row · column (SARIF's logical location). */
function logicalName(f: Finding): string {
  return [f.location.table, f.location.row, f.location.column].filter(Boolean).join(' · ');
}

/**
 * SARIF 2.1.0 for code-scanning dashboards. Lines are lines of a text filing; for a PDF the page is
 * given in the region's properties and the message, as SARIF has no notion of pages.
 */
export function sarifReport(tool: ToolInfo, rules: Rule[], results: FileResult[]): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.code,
              shortDescription: { text: r.meta.description.en },
              fullDescription: { text: r.meta.description.zh },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: results.every((r) => r.status === 'checked'),
            toolExecutionNotifications: results
              .filter((r) => r.status === 'failed')
              .map((r) => ({
                level: 'error',
                message: { text: `[${r.error?.code}] ${r.error?.message}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: r.path } } }],
              })),
          },
        ],
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            level: LEVEL[f.severity],
            message: { text: f.location.page ? `${f.message} (p.${f.location.page})` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.path },
                  ...(f.location.line ? { region: { startLine: f.location.line } } : {}),
                },
                logicalLocations: [{ fullyQualifiedName: logicalName(f) }],
              },
            ],
            properties: { expected: f.expected, actual: f.actual, difference: f.difference, tolerance: f.tolerance, unit: f.unit, page: f.location.page },
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
