import { describe, expect, it } from 'vitest';
import { claimCoverage } from '../../src/model/claim.js';
import type { BudgetDocument } from '../../src/model/document.js';
import { passagesOf, sentencesOf } from '../../src/parse/claims/passages.js';
import { scanNumbers } from '../../src/narrative/numbers.js';
import { findingsOf, isHeldOut, REALDOCS, realdoc, seedDoc } from './helpers.js';

/**
 * Coverage per file: claims found, claims some rule compares with a table value or another claim.
 * The unchecked ones are listed by narrative/unchecked-claim with the reason (reviewed in
 * tests/narrative/README.md); a change in these numbers is a change in what budgetlint checks.
 */
const EXPECTED: Record<string, { found: number; checked: number }> = {
  '001': { found: 102, checked: 85 },
  '002': { found: 35, checked: 25 },
  '003': { found: 86, checked: 68 },
  '004': { found: 95, checked: 94 },
  R03: { found: 208, checked: 164 },
  R04: { found: 203, checked: 182 },
  R06: { found: 73, checked: 64 },
  R07: { found: 72, checked: 64 },
  R08: { found: 77, checked: 61 },
  R09: { found: 72, checked: 61 },
  R10: { found: 81, checked: 60 },
  R12: { found: 79, checked: 70 },
};

/** Every number with a unit in the narrative, counted independently of the claim reader's state. */
function numbersIn(doc: BudgetDocument): number {
  return passagesOf(doc.narrative)
    .flatMap((p) => sentencesOf(p))
    .flatMap((s) => scanNumbers(s.text))
    .filter((t) => !t.wording).length;
}

function assertCoverage(name: string, doc: BudgetDocument): void {
  const coverage = claimCoverage(doc.claims);
  expect({ found: coverage.found, checked: coverage.checked }, name).toEqual(EXPECTED[name]);
  // Every printed number is a claim: none is dropped on the way.
  expect(doc.claims.filter((c) => !c.wording).length).toBe(numbersIn(doc));
  // The unchecked ones are all listed, each with its reason.
  const listed = findingsOf(doc, 'narrative/unchecked-claim');
  // The engine drops identical findings: the same number twice in one sentence is listed once.
  const distinct = new Set(doc.claims.filter((c) => c.checks.length === 0).map((c) => `${c.sentence}|${c.raw}|${c.uncheckedReason}|${c.subjectText}|${c.section}|${c.position.line}|${c.position.page}`));
  expect(listed).toHaveLength(distinct.size);
  expect(listed.every((f) => f.severity === 'info' && /（.+）$/.test(f.message) && f.location.excerpt)).toBe(true);
  expect(doc.claims.filter((c) => c.checks.length === 0).every((c) => c.uncheckedReason)).toBe(true);
}

describe('claims found and checked per file', () => {
  for (const seed of ['001', '002', '003', '004'] as const) {
    it(`seed ${seed}`, () => assertCoverage(seed, seedDoc(seed)));
  }
  for (const file of REALDOCS) {
    // HELD-OUT: R03 and R10 skipped while the narrative stage is rebuilt (issue 7).
    it.skipIf(isHeldOut(file))(file, async () => assertCoverage(file.slice(0, 3), await realdoc(file)));
  }
});
