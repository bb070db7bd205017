import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { AmountSchema } from './amount.schema.js';

/** The shapes, fields documented: amount.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

export { Decimal };

export type Amount = z.infer<typeof AmountSchema>;

const NUMBER_RE = /^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$|^[-−]?\d+(\.\d+)?$/;

/** True when a cell's text is an amount (or an explicit zero: `-`, `—`). */
export function isAmountText(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return NUMBER_RE.test(t) || /^[-—–]$/.test(t);
}

/**
 * Parses a printed amount exactly. `''`, `-`, `—` mean zero (DOMAIN.md: an empty cell is zero);
 * an empty cell is given the precision of the table (`emptyDecimals`) for its interval.
 */
export function parseAmount(text: string, emptyDecimals = 2): { value: Decimal; decimals: number } | null {
  const t = text.replace(/\s/g, '').replace(/−/g, '-');
  if (t === '' || /^[-—–]$/.test(t)) return { value: new Decimal(0), decimals: emptyDecimals };
  if (!NUMBER_RE.test(t)) return null;
  const plain = t.replace(/,/g, '');
  const dot = plain.indexOf('.');
  return { value: new Decimal(plain), decimals: dot === -1 ? 0 : plain.length - dot - 1 };
}

const HALF_UNITS: Decimal[] = [];

/** Half a unit in the last printed place: the radius of the amount's rounding interval. */
export function halfUnit(decimals: number): Decimal {
  // Memoised (Decimals are immutable): the rules ask for it for every term they compare (issue 11).
  return (HALF_UNITS[decimals] ??= new Decimal(10).pow(-decimals).div(2));
}
