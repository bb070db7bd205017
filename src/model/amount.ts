import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { PositionSchema } from './position.js';

export { Decimal };

/**
 * A printed amount: its exact value, the text it came from, and how many decimals were printed
 * (which fixes its rounding interval: ± ½·10⁻ᵈ). Values are kept in the table's own unit; `scale`
 * converts to 万元 (1 for 万元 tables, 0.0001 for 元 tables).
 */
export const AmountSchema = z.object({
  value: z.instanceof(Decimal),
  raw: z.string(),
  decimals: z.number().int().min(0),
  position: PositionSchema,
});
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
