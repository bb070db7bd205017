import { readFileSync } from 'node:fs';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { parseDocument } from '../../src/parse/document.js';
import { runRules } from '../../src/engine/run.js';
import { rules } from '../../rules/index.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { Table } from '../../src/model/table.js';
import { readNarrative } from '../../src/narrative/index.js';
import { lineOf, mutateLine, parseText, seedText, type SeedId } from '../helpers.js';

export const REALDOCS = [
  'R03_上海市普陀区万里街道办事处_2023_部门预算.pdf',
  'R04_上海市普陀区万里街道办事处_2024_部门预算.pdf',
  'R06_上海市普陀区人民政府办公室_2025_部门预算.pdf',
  'R07_上海市普陀区人民政府办公室_2025_单位预算.pdf',
  'R08_上海市普陀区商务委员会_2025_部门预算.pdf',
  'R09_上海市普陀区商务委员会_2025_单位预算.pdf',
  'R10_上海市普陀区财政局_2025_部门预算.pdf',
  'R12_上海市普陀区社会福利院_2024_单位预算.pdf',
] as const;

export function findingsOf(doc: BudgetDocument, ruleId: string): Finding[] {
  const rule = rules.filter((r) => r.meta.id === ruleId);
  if (rule.length === 0) throw new Error(`no rule ${ruleId}`);
  return runRules(doc, rule, { lang: 'zh' });
}

export const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

/** A seed with one narrative number changed on the (unique) line holding all `parts`. */
export function mutatedSeed(seed: SeedId, parts: string[], from: string, to: string): BudgetDocument {
  const text = seedText(seed);
  return parseText(mutateLine(text, lineOf(text, parts), from, to));
}

export const seedDoc = (seed: SeedId) => parseText(seedText(seed));

/**
 * A real filing with one narrative number changed in its extracted text: the text block holding
 * `from` (exactly one) gets `to` instead, then the document is parsed as usual.
 */
export async function mutatedRealdoc(file: string, from: string, to: string): Promise<BudgetDocument> {
  const extracted = await extractPdf(file, readFileSync(`fixtures/realdocs/${file}`));
  const blocks = extracted.blocks.filter((b) => b.kind === 'text' && b.text.includes(from));
  if (blocks.length !== 1) throw new Error(`${blocks.length} text blocks contain “${from}”`);
  const block = blocks[0];
  if (block.kind === 'text') block.text = block.text.replace(from, to);
  return parseDocument(extracted);
}

export async function realdoc(file: string): Promise<BudgetDocument> {
  return parseDocument(await extractPdf(file, readFileSync(`fixtures/realdocs/${file}`)));
}

/**
 * A document made of narrative lines only (written for a test, not taken from a fixture), with
 * the tables of another document when a test needs them: the narrative stage and the rules run on
 * it exactly as on a parsed filing.
 */
export function narrativeDoc(lines: string[], options: { year?: number; tables?: Table[] } = {}): BudgetDocument {
  const narrative = lines.map((text, i) => ({ text, position: { line: i + 1 } }));
  const year = options.year ?? 2026;
  const tables = options.tables ?? [];
  return { path: 'hand-made.txt', format: 'text', department: '测试部门', year, kind: '部门预算', template: 'unknown', tables, narrative, ...readNarrative(narrative, tables, year), warnings: [] };
}
