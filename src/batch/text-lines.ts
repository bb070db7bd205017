import type { ExtractedDocument } from '../extract/types.js';
import type { Finding } from '../model/finding.js';

/**
 * A PDF has no lines, but CI formats (SARIF regions, annotations) need one. The extracted text —
 * each text block one line, each table row one line with its cells joined by tabs, in reading
 * order, as `budgetlint text FILE` prints it — gives every finding a line an auditor can open.
 */
export interface TextLine {
  page?: number;
  text: string;
}

export function extractedLines(doc: ExtractedDocument): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'text') lines.push({ page: block.page, text: block.text });
    else for (const row of block.rows) lines.push({ page: row.page ?? block.page, text: row.cells.map((c) => c.text).join('\t') });
  }
  return lines;
}

/** The last part of a row label (`住房保障支出-住房改革支出-住房公积金` → `住房公积金`), as printed in the row. */
const lastPart = (label: string) => label.split(/[-/·]/).map((s) => s.trim()).filter(Boolean).pop() ?? label;

/**
 * The line of a finding on its page: the row it names, else the sentence it quotes, else its table's
 * title, else the first line of the page. Undefined when the finding has no page.
 */
export function lineOf(finding: Finding, lines: TextLine[]): number | undefined {
  const { page, row, excerpt, table } = finding.location;
  if (page === undefined) return undefined;
  const onPage: number[] = [];
  lines.forEach((l, i) => l.page === page && onPage.push(i));
  if (onPage.length === 0) return undefined;
  const find = (needle: string | undefined) => (needle ? onPage.find((i) => lines[i].text.replace(/\s/g, '').includes(needle.replace(/\s/g, ''))) : undefined);
  const found = find(row && lastPart(row)) ?? find(excerpt?.slice(0, 12)) ?? find(table) ?? onPage[0];
  return found + 1;
}

/** PDF findings get the line in the extracted text; findings of text files keep theirs. */
export function withTextLines(findings: Finding[], doc: ExtractedDocument): Finding[] {
  if (doc.format !== 'pdf') return findings;
  const lines = extractedLines(doc);
  return findings.map((f) => {
    if (f.location.line !== undefined) return f;
    const line = lineOf(f, lines);
    return line === undefined ? f : { ...f, location: { ...f.location, line } };
  });
}
