import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { parseDocument } from '../../src/parse/document.js';
import type { BudgetDocument } from '../../src/model/document.js';

export const FINAL_DIR = join(import.meta.dirname, '../../fixtures/finaldocs');

export const FINALS = {
  R14: 'R14_上海市普陀区规划和自然资源局_2024_部门决算.pdf',
  R15: 'R15_中共上海市普陀区委社会工作部_2024_部门决算.pdf',
} as const;
export const TEMPLATE = 'X02_上海市XX局_2024_部门决算_模板_TEMPLATE.pdf';
export type FinalId = keyof typeof FINALS;

const extracted = new Map<string, Promise<ExtractedDocument>>();

/** The extracted PDF, read once per test file (pdf.js is the slow part). */
export function extractFinal(file: string): Promise<ExtractedDocument> {
  if (!extracted.has(file)) extracted.set(file, extractPdf(file, readFileSync(join(FINAL_DIR, file))));
  return extracted.get(file)!;
}

/** A fresh model of a real 决算 (a copy: tests may change a number in it). */
export async function finalDoc(id: FinalId): Promise<BudgetDocument> {
  return parseDocument(structuredClone(await extractFinal(FINALS[id])));
}
