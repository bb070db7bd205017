import { Decimal } from 'decimal.js';
import type { Term } from '../src/engine/arithmetic.js';
import { inClaimUnit, type Claim } from '../src/model/claim.js';
import type { Place } from '../src/model/finding.js';
import { claimFigure } from '../src/engine/figure.js';
import { ratioInterval, type Interval } from '../src/narrative/links.js';

/** Where an auditor finds a claim: the narrative section, the subject's words, the line, the sentence. */
export function claimPlace(claim: Claim): Place {
  return {
    table: claim.section ?? '情况说明',
    row: claim.subjectText || undefined,
    page: claim.position.page,
    line: claim.position.line,
    excerpt: claim.sentence,
    figure: claimFigure(claim),
    claim: claim.id,
  };
}

/** The number as the narrative prints it: `2,399.21万元`, `87.3%`, `6个`, or the words (`持平`). */
export function stated(claim: Claim): string {
  return claim.wording ? claim.raw : `${claim.raw}${claim.unit}`;
}

export const term = (interval: Interval): Term => ({ value: interval.value, radius: interval.radius });

/** A share or rate as a term (see ratioInterval: the interval rule for a ratio of rounded figures). */
export function ratioTerm(part: Interval, whole: Interval): Term | undefined {
  const ratio = ratioInterval(part, whole);
  return ratio && term(ratio);
}

/**
 * A percentage that is the expected ratio correctly rounded to its printed decimals is simply
 * right (12.7075% printed as 12.71%): not even a rounding residue worth a note.
 */
export function printsAs(expected: Interval, claim: Claim): boolean {
  return inClaimUnit(expected.value, claim).toDecimalPlaces(claim.decimals, Decimal.ROUND_HALF_UP).eq(claim.value);
}

/** The stated number is the figure cut (not rounded) to its printed decimals. */
export function truncates(expected: Interval, claim: Claim): boolean {
  return claim.unit !== '元' && inClaimUnit(expected.value, claim).toDecimalPlaces(claim.decimals, Decimal.ROUND_DOWN).eq(claim.value);
}
