import type { z } from 'zod';
import type { ClaimKindSchema, ClaimUnitSchema, ClaimSchema } from './claim.schema.js';
import { Decimal } from 'decimal.js';
import { halfUnit } from './amount.js';
import type { SubjectKey } from '../narrative/subjects.js';

/** The shapes, fields documented: claim.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export type ClaimUnit = z.infer<typeof ClaimUnitSchema>;

export type Claim = z.infer<typeof ClaimSchema>;

export interface ClaimCoverage {
  found: number;
  checked: number;
  unchecked: number;
}

/** Claims found, and how many of them some rule examined (compared with a table value or another claim). */
export function claimCoverage(claims: Claim[], examined: ReadonlySet<string>): ClaimCoverage {
  const checked = claims.filter((c) => examined.has(c.id)).length;
  return { found: claims.length, checked, unchecked: claims.length - checked };
}

export const isMoney = (claim: Pick<Claim, 'unit'>) => claim.unit === '万元' || claim.unit === '元' || claim.unit === '亿元';

/** How many 万元 one printed unit is. */
const WAN_PER_UNIT: Partial<Record<ClaimUnit, Decimal>> = { 元: new Decimal('0.0001'), 亿元: new Decimal(10000) };
export const isCount = (claim: Pick<Claim, 'kind'>) => claim.kind === 'count';

/** A claim's value in 万元 (money) or as printed (%, counts). */
export function valueInWan(claim: Pick<Claim, 'unit' | 'value'>): Decimal {
  const scale = WAN_PER_UNIT[claim.unit];
  return scale ? claim.value.mul(scale) : claim.value;
}

/**
 * Half a unit of the last printed place, in the unit of `valueInWan`. Words (`无`, `持平`) are
 * exact, and so is a bare `0` (`政府性基金预算拨款收入0万元`): next to amounts printed to 0.01 it
 * says “none”, not “somewhere below 0.5万元”.
 */
export function radiusInWan(claim: Pick<Claim, 'unit' | 'decimals' | 'wording' | 'value'>): Decimal {
  // Counts (`6个`) are exact, whatever their printed decimals.
  if (claim.wording || (claim.value.isZero() && claim.decimals === 0) || !/元|%/.test(claim.unit)) return new Decimal(0);
  const half = halfUnit(claim.decimals);
  const scale = WAN_PER_UNIT[claim.unit];
  return scale ? half.mul(scale) : half;
}

/** A change as a signed number in the unit of `valueInWan` (万元 for money, as printed for %): a decrease is negative. */
export function signedChange(claim: Pick<Claim, 'value' | 'unit' | 'direction'>): Decimal {
  const value = valueInWan(claim);
  return claim.direction === 'decrease' ? value.neg() : value;
}

/** A value in the unit of `valueInWan`, expressed in the claim's own printed unit (for comparing at its printed decimals). */
export function inClaimUnit(wan: Decimal, claim: Pick<Claim, 'unit'>): Decimal {
  const scale = WAN_PER_UNIT[claim.unit];
  return scale ? wan.div(scale) : wan;
}
