import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import type { BudgetDocument } from '../../src/model/document.js';
import { isChildOf, type SubjectKey } from '../../src/narrative/subjects.js';
import { rules } from '../../rules/index.js';
import { REALDOCS, realdoc, seedDoc } from './helpers.js';

/**
 * NARRATIVE.md: “A numbered item is a scope. Its heading names its subject, and every number in the
 * item belongs to that subject unless a clause names another subject explicitly.” So every
 * narrative finding about a figure inside an item whose heading names a subject is about that
 * subject — or about one of its parts named in a `其中` clause (公务用车购置费 inside the item
 * 公务用车购置及运行费) — never about another item's.
 */
function isUnder(subject: SubjectKey, item: SubjectKey): boolean {
  return subject === item || isChildOf(subject, item);
}

function assertItemSubjects(doc: BudgetDocument): number {
  const findings = runRules(doc, rules, { lang: 'zh' }).filter((f) => f.ruleId.startsWith('narrative/'));
  let inItems = 0;
  for (const finding of findings) {
    const claim = doc.claims.find((c) => c.id === finding.location.claim);
    if (!claim || claim.item === undefined) continue;
    const item = doc.prose.items[claim.item];
    if (!item.subject) continue;
    inItems++;
    if (claim.subject === undefined) {
      // A figure of the item that was left unresolved is only ever listed as unchecked, never compared.
      expect(finding.ruleId, `${finding.message} (item ${item.marker}${item.heading})`).toBe('narrative/unchecked-claim');
      continue;
    }
    expect(isUnder(claim.subject, item.subject as SubjectKey), `${finding.ruleCode} ${finding.message}: ${claim.subject} in item ${item.marker}${item.heading} (${item.subject})`).toBe(true);
  }
  return inItems;
}

describe('a narrative finding inside a numbered item is about that item’s subject', () => {
  for (const seed of ['001', '002', '003', '004'] as const) {
    it(`seed ${seed}`, () => {
      assertItemSubjects(seedDoc(seed));
    });
  }
  for (const file of REALDOCS) {
    it(file, async () => {
      // The Shanghai filings walk through every 项 in numbered items: there must be findings to look at.
      expect(assertItemSubjects(await realdoc(file))).toBeGreaterThan(0);
    });
  }
});
