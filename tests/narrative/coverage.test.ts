import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { claimCoverage } from '../../src/model/claim.js';
import type { BudgetDocument } from '../../src/model/document.js';
import { scanNumbers } from '../../src/narrative/numbers.js';
import { rules } from '../../rules/index.js';
import { REALDOCS, realdoc, seedDoc } from './helpers.js';

/**
 * Coverage per file: claims found, and claims some rule examined (compared with a table value or
 * another claim). “Checked” is computed after the rules ran, from what they examined; the rest is
 * listed by narrative/unchecked-claim with the reason (reviewed in tests/narrative/README.md). A
 * change in these numbers is a change in what budgetlint checks.
 */
const EXPECTED: Record<string, { found: number; checked: number }> = {
  '001': { found: 102, checked: 85 },
  '002': { found: 35, checked: 24 },
  '003': { found: 86, checked: 68 },
  '004': { found: 95, checked: 92 },
  R03: { found: 208, checked: 164 },
  R04: { found: 203, checked: 183 },
  R06: { found: 73, checked: 62 },
  R07: { found: 72, checked: 62 },
  R08: { found: 77, checked: 62 },
  R09: { found: 72, checked: 62 },
  R10: { found: 81, checked: 68 },
  R12: { found: 79, checked: 71 },
};

/** Every number with a unit in the narrative's sentences, counted independently of the claim reader. */
const numbersIn = (doc: BudgetDocument) => doc.prose.sentences.flatMap((s) => scanNumbers(s.text)).filter((t) => !t.wording).length;

function assertCoverage(name: string, doc: BudgetDocument): void {
  const examined = new Set<string>();
  const findings = runRules(doc, rules, { lang: 'zh', examined });
  const coverage = claimCoverage(doc.claims, examined);
  expect({ found: coverage.found, checked: coverage.checked }, name).toEqual(EXPECTED[name]);
  // Every printed number is a claim, except numbers inside a stated reason written in words: none is dropped on the way.
  expect(doc.claims.filter((c) => !c.wording).length).toBe(numbersIn(doc));
  // Each claim no rule examined is listed once, with its reason.
  const listed = findings.filter((f) => f.ruleId === 'narrative/unchecked-claim');
  expect(listed.map((f) => f.location.claim).sort()).toEqual(doc.claims.filter((c) => !examined.has(c.id)).map((c) => c.id).sort());
  expect(listed.every((f) => f.severity === 'info' && /（.+）$/.test(f.message) && f.location.excerpt)).toBe(true);
}

describe('claims found and checked per file', () => {
  for (const seed of ['001', '002', '003', '004'] as const) {
    it(`seed ${seed}`, () => assertCoverage(seed, seedDoc(seed)));
  }
  for (const file of REALDOCS) {
    it(file, async () => assertCoverage(file.slice(0, 3), await realdoc(file)));
  }
});
