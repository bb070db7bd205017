import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../src/extract/text.js';
import { parseDocument } from '../src/parse/document.js';
import { runRules } from '../src/engine/run.js';
import { rules } from '../rules/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import type { Finding } from '../src/model/finding.js';

export const SEEDS = {
  '001': 'fixtures/seeds/001_8401d0ba8499f5f3.txt',
  '002': 'fixtures/seeds/002_f6e627f4119ea5de.txt',
  '003': 'fixtures/seeds/003_5546e1719cd9c655.txt',
  '004': 'fixtures/seeds/004_001a5ba2cc17008a.txt',
} as const;
export type SeedId = keyof typeof SEEDS;

const ROOT = join(import.meta.dirname, '..');

export function seedText(id: SeedId): string {
  return readFileSync(join(ROOT, SEEDS[id]), 'utf8');
}

/**
 * A copy of a seed with one line changed: the line (1-based) must contain `from`, which is
 * replaced once by `to`. Failing loudly when the line does not match keeps mutations honest.
 */
export function mutateLine(text: string, line: number, from: string, to: string): string {
  const lines = text.split('\n');
  const current = lines[line - 1];
  if (current === undefined || !current.includes(from)) {
    throw new Error(`line ${line} does not contain “${from}”: ${JSON.stringify(current)}`);
  }
  lines[line - 1] = current.replace(from, to);
  return lines.join('\n');
}

/** Finds the unique line that contains all `parts` (after a given line) and returns its number. */
export function lineOf(text: string, parts: string[], after = 0): number {
  const lines = text.split('\n');
  const matches = lines.map((l, i) => (i + 1 > after && parts.every((p) => l.includes(p)) ? i + 1 : 0)).filter(Boolean);
  if (matches.length === 0) throw new Error(`no line with ${parts.join(' & ')}`);
  return matches[0];
}

export function parseText(text: string, path = 'seed.txt'): BudgetDocument {
  return parseDocument(extractText(path, text));
}

export function check(text: string, ruleId?: string): Finding[] {
  const doc = parseText(text);
  const selected = ruleId ? rules.filter((r) => r.meta.id === ruleId) : rules;
  if (ruleId && selected.length === 0) throw new Error(`no rule ${ruleId}`);
  return runRules(doc, selected, { lang: 'zh' });
}

export const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
