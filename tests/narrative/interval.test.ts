import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/arithmetic.js';
import { ratioInterval, type Interval } from '../../src/narrative/links.js';

/** A printed figure as an interval: v ± ½·10⁻ᵈ. */
const printed = (text: string): Interval => {
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return { value: new Decimal(text), radius: new Decimal(10).pow(-decimals).div(2) };
};

/** The interval rule for a stated percentage: the ratio's interval against the percentage's own. */
function verdict(part: string, whole: string, percent: string): string {
  const ratio = ratioInterval(printed(part), printed(whole))!;
  return compare(ratio, printed(percent)).verdict;
}

describe('a percentage of rounded amounts (DOMAIN.md, Rounding)', () => {
  it('accepts what the amounts’ and the percentage’s own rounding allow', () => {
    expect(verdict('304.88', '2399.21', '12.71')).not.toBe('mismatch'); // 12.7075…
    expect(verdict('1.15', '35.76', '3.2')).not.toBe('mismatch'); // one decimal: ±0.05
    // 0.08 of 0.31 is 25.81% only within the amounts' rounding: [0.075/0.315, 0.085/0.305]
    expect(verdict('0.08', '0.31', '25.81')).toBe('residue');
  });

  it('rejects a percentage outside the interval, however small the gap', () => {
    expect(verdict('304.88', '2399.21', '12.72')).toBe('mismatch');
    expect(verdict('2094.33', '2094.33', '87.3')).toBe('mismatch');
  });

  it('has no percentage for a change from nothing', () => {
    expect(ratioInterval(printed('0.31'), printed('0'))).toBeUndefined();
  });
});
