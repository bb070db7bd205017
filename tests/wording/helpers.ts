import { runRules } from '../../src/engine/run.js';
import { rules } from '../../rules/index.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { lineOf, parseText, seedText, type SeedId } from '../helpers.js';

/** Where test paragraphs go: after the last narrative line of a seed (004: 部门预算 2026, 003: 单位预算 2026). */
const ANCHORS: Partial<Record<SeedId, string>> = {
  '001': '我们修订了',
  '003': '本单位无其他事项说明',
  '004': '上年结转涉及的4个项目资金',
};

/** A seed with paragraphs written for a test added at the end of its narrative, each on its own line. */
export function seedWith(seed: SeedId, paragraphs: string[]): BudgetDocument {
  const text = seedText(seed);
  const anchor = ANCHORS[seed];
  if (!anchor) throw new Error(`no anchor for seed ${seed}`);
  const lines = text.split('\n');
  lines.splice(lineOf(text, [anchor]), 0, ...paragraphs.flatMap((p) => ['', p]));
  return parseText(lines.join('\n'));
}

export function findingsOf(doc: BudgetDocument, ruleId: string): Finding[] {
  const selected = rules.filter((r) => r.meta.id === ruleId);
  if (selected.length === 0) throw new Error(`no rule ${ruleId}`);
  return runRules(doc, selected, { lang: 'zh' });
}

/** The findings of a rule on a seed with one test paragraph added, only those about that paragraph. */
export function findingsOn(seed: SeedId, paragraph: string, ruleId: string, extra: string[] = []): Finding[] {
  const doc = seedWith(seed, [...extra, paragraph]);
  return findingsOf(doc, ruleId).filter((f) => f.location.excerpt && paragraph.includes(f.location.excerpt.slice(0, 8)));
}
