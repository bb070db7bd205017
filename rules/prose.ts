import type { BudgetDocument } from '../src/model/document.js';
import type { Place } from '../src/model/finding.js';
import { positionAt } from '../src/narrative/segment.js';
import type { Sentence } from '../src/narrative/types.js';

/**
 * Helpers shared by the wording rules (rules/wording/): where a sentence was printed, a short
 * quote around a match, and what kind of document the rules are reading.
 */

/** The place of a sentence (or of the character at `offset` in it): section title, page/line, the sentence quoted. */
export function sentencePlace(doc: BudgetDocument, sentence: Sentence, offset = 0): Place {
  const position = positionAt(sentence, offset);
  const section = doc.prose.sections[sentence.section]?.title;
  return { table: section || '情况说明', page: position.page, line: position.line, excerpt: sentence.text };
}

/** Up to `radius` characters either side of a match, with `…` where the sentence goes on. */
export function fragment(text: string, start: number, end: number, radius = 12): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * 部门 (a department's consolidated budget), 单位 (one unit's), and whether the document is a 决算
 * (final accounts; the kind is being added beside the budgets, so it is read as a string here).
 */
export interface DocumentKind {
  scope: 'department' | 'unit' | 'unknown';
  finalAccounts: boolean;
}

export function documentKind(doc: BudgetDocument): DocumentKind {
  const kind: string = doc.kind;
  const scope = kind.includes('单位') ? 'unit' : kind.includes('部门') ? 'department' : 'unknown';
  return { scope, finalAccounts: kind.includes('决算') };
}

/** Every match of a global regular expression in every narrative sentence. */
export function* sentenceMatches(doc: BudgetDocument, re: RegExp): Generator<{ sentence: Sentence; match: RegExpExecArray }> {
  for (const sentence of doc.prose.sentences) {
    for (const match of sentence.text.matchAll(re)) yield { sentence, match: match as RegExpExecArray };
  }
}
