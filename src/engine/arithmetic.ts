import { Decimal } from 'decimal.js';
import type { Amount } from '../model/amount.js';
import { halfUnit } from '../model/amount.js';

/**
 * The rounding rule of DOMAIN.md: every printed amount stands for the interval
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. An identity `expected = Σ parts` holds when the intervals overlap,
 * i.e. |expected − Σ parts| ≤ Σ of all the half-units involved ((n+1)·½·10⁻ᵈ for n parts of equal
 * precision). Inside that band a non-zero difference is 尾差 (rounding residue).
 */
export type Verdict = 'exact' | 'residue' | 'mismatch';

export interface Comparison {
  verdict: Verdict;
  expected: Decimal;
  actual: Decimal;
  /** actual − expected */
  difference: Decimal;
  tolerance: Decimal;
}

/** A value with its rounding radius, in 万元 (or whatever unit both sides share). */
export interface Term {
  value: Decimal;
  radius: Decimal;
  /** Decimals as printed, in the unit of comparison (a 元 cell with 2 decimals has 6 in 万元); unset for a derived figure (a ratio). */
  decimals?: number;
}

export const ZERO_TERM: Term = { value: new Decimal(0), radius: new Decimal(0) };

/** An amount as a term, scaled into the unit of comparison (e.g. 元 → 万元 with scale 0.0001). */
export function term(amount: Amount | undefined, scale: Decimal.Value = 1): Term {
  if (!amount) return ZERO_TERM;
  const { factor, shift } = scaleOf(scale);
  return { value: amount.value.mul(factor), radius: halfUnit(amount.decimals).mul(factor), decimals: amount.decimals + shift };
}

interface Scale {
  factor: Decimal;
  /** 元 → 万元 (× 0.0001) moves the last printed place four digits to the right. */
  shift: number;
}

/** The scales in use are few (1, 0.0001): each is read once (issue 11: `term` is called for every figure a rule compares). */
const SCALES = new Map<string, Scale>();

function scaleOf(scale: Decimal.Value): Scale {
  const key = typeof scale === 'number' ? String(scale) : scale.toString();
  let known = SCALES.get(key);
  if (!known) {
    const factor = new Decimal(scale);
    known = { factor, shift: factor.lt(1) ? Math.round(-Math.log10(factor.toNumber())) : 0 };
    SCALES.set(key, known);
  }
  return known;
}

export function sumTerms(terms: Term[]): Term {
  const printed = terms.map((t) => t.decimals).filter((d): d is number => d !== undefined);
  const sum = terms.reduce((acc, t) => ({ value: acc.value.plus(t.value), radius: acc.radius.plus(t.radius) }), ZERO_TERM);
  return printed.length > 0 ? { ...sum, decimals: Math.max(...printed) } : sum;
}

/** Compares a stated value (`actual`) with what the other figures imply (`expected`). */
export function compare(expected: Term, actual: Term): Comparison {
  const difference = actual.value.minus(expected.value);
  const tolerance = expected.radius.plus(actual.radius);
  const verdict: Verdict = difference.isZero() ? 'exact' : difference.abs().lte(tolerance) ? 'residue' : 'mismatch';
  return { verdict, expected: expected.value, actual: actual.value, difference, tolerance };
}

/**
 * An inequality `small ≤ large` that allows for rounding: it fails only when even the most
 * favourable points of the two intervals violate it.
 */
export function atMost(small: Term, large: Term): Comparison {
  const c = compare(large, small);
  const verdict: Verdict = c.difference.lte(0) ? 'exact' : c.difference.lte(c.tolerance) ? 'residue' : 'mismatch';
  return { ...c, verdict };
}
