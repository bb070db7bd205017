import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/batch/check-file.js';
import { runRules } from '../../src/engine/run.js';
import type { BudgetDocument } from '../../src/model/document.js';
import { rules } from '../../rules/index.js';
import { SEEDS, parseText, seedText } from '../helpers.js';

/**
 * The seeds are the ground truth: every budget table, row and cell value of the PDF must be the
 * seed's. The 绩效目标表 sheets are forms whose free-text cells wrap differently per producer; what
 * the checker reads from them is compared in tests/narrative.
 */
function tablesOf(doc: BudgetDocument) {
  return doc.tables
    .filter((t) => t.kind !== 'other' && t.kind !== 'performance-target')
    .map((t) => ({
      kind: t.kind,
      title: t.title,
      unit: t.unit,
      empty: t.empty,
      columns: t.columns.map((c) => c.key),
      rows: t.rows.map((r) => ({
        kind: r.kind,
        code: r.code,
        name: r.name,
        line: r.line,
        side: r.side,
        cells: Object.fromEntries(Object.entries(r.cells).map(([k, a]) => [k, a?.value.toFixed()])),
      })),
    }));
}

/** Findings without their source position (a line in the text, a page in the PDF), in a position-free order. */
function findingsOf(doc: BudgetDocument) {
  const found = runRules(doc, rules, { lang: 'en' }).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    table: f.location.table,
    row: f.location.row,
    column: f.location.column,
  }));
  return found.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const PDFS: [string, keyof typeof SEEDS][] = [
  ['chrome_001_plain.pdf', '001'],
  ['chrome_001_thead.pdf', '001'],
  ['chrome_001_landscape-rot.pdf', '001'],
  ['lo_001_docx.pdf', '001'],
  ['rl_001_stsong.pdf', '001'],
  ['chrome_004_landscape.pdf', '004'],
  ['chrome_004_plain-noto.pdf', '004'],
  ['lo_004_docx.pdf', '004'],
];

describe.each(PDFS)('%s against seed %s', (pdf, seed) => {
  const seedDoc = parseText(seedText(seed));

  it('has the seed’s metadata, tables, rows and exact cell values, with a page on every cell', async () => {
    const doc = await parseFile(`fixtures/pdfs/${pdf}`);
    expect({ department: doc.department, year: doc.year, kind: doc.kind, template: doc.template }).toEqual({
      department: seedDoc.department,
      year: seedDoc.year,
      kind: seedDoc.kind,
      template: seedDoc.template,
    });
    expect(tablesOf(doc)).toEqual(tablesOf(seedDoc));
    const cells = doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)));
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((a) => !a?.position.page)).toEqual([]);
  });

  it('yields the same findings as the seed, each pointing at a page', async () => {
    const doc = await parseFile(`fixtures/pdfs/${pdf}`);
    expect(findingsOf(doc)).toEqual(findingsOf(seedDoc));
    const located = runRules(doc, rules, { lang: 'en' }).filter((f) => f.location.table);
    expect(located.filter((f) => f.location.page === undefined && f.ruleId !== 'completeness/required-tables')).toEqual([]);
  });
});
