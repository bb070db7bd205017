import { Decimal } from 'decimal.js';
import type { Data, Localized } from '../model/finding.js';
import type { Term } from './arithmetic.js';
import type { Lang } from './rule.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const OPEN_QUOTES = ['“', '"', '「', '‘', '《'];

export const localized = (zh: string, en: string): Localized => ({ zh, en });

function isLocalized(value: Data[string]): value is Localized {
  return typeof value === 'object';
}

/**
 * Fills a template. In English, a Chinese value the model has no English name for is quoted
 * (`“行政运行”`) unless the template already quotes it: an English message carries Chinese only as
 * quoted text.
 */
export function renderMessage(template: string, data: Data, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string, offset: number) => {
    if (!(key in data)) return placeholder;
    const value = data[key];
    if (isLocalized(value)) return value[lang];
    const text = String(value);
    if (lang === 'en' && CJK.test(text) && !OPEN_QUOTES.includes(template[offset - 1] ?? '') && !OPEN_QUOTES.includes(text[0])) return `“${text}”`;
    return text;
  });
}

/** Decimals a term was printed with: its own, or read off its radius (½·10⁻ᵈ) when that is exact. */
export function printedDecimals(t: Term): number | undefined {
  if (t.decimals !== undefined) return t.decimals;
  if (t.radius.isZero()) return undefined;
  const d = new Decimal(1).div(t.radius.mul(2)).log(10);
  return d.isInteger() ? d.toNumber() : undefined;
}

/** An exact decimal, with at least two places (amounts read as money), never through a float. */
export function formatExact(value: Decimal): string {
  return value.decimalPlaces() < 2 ? value.toFixed(2) : value.toFixed();
}

/**
 * A derived number (a ratio, an implied prior) for display: rounded to the decimals of the printed
 * figure it is compared with, and one more place at a time (up to four) while it would otherwise
 * look the same as that figure. Never `59.10625085142005133`.
 */
export function formatDerived(value: Decimal, decimals: number, comparedWith?: Decimal): string {
  let places = decimals;
  while (places < decimals + 4 && comparedWith && !value.eq(comparedWith) && value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(comparedWith)) places++;
  return value.toFixed(places, Decimal.ROUND_HALF_UP);
}

export interface ComparedNumbers {
  expected: string;
  actual: string;
  difference: string;
  tolerance: string;
}

/**
 * The numbers of a comparison as shown in a message: printed figures (and sums of them) exactly;
 * derived ones rounded to the printed figure's decimals; the tolerance to one place beyond.
 */
export function displayNumbers(expected: Term, actual: Term, difference: Decimal, tolerance: Decimal): ComparedNumbers {
  const actualPlaces = printedDecimals(actual) ?? actual.value.decimalPlaces();
  const expectedPlaces = printedDecimals(expected);
  const places = Math.max(actualPlaces, expectedPlaces ?? 0, 2);
  return {
    expected: expectedPlaces === undefined ? formatDerived(expected.value, Math.max(actualPlaces, 2), actual.value) : formatExact(expected.value),
    actual: formatExact(actual.value),
    difference: expectedPlaces === undefined ? formatDerived(difference, Math.max(actualPlaces, 2)) : formatExact(difference),
    tolerance: formatDerived(tolerance, places + 1).replace(/0+$/, '').replace(/\.$/, ''),
  };
}
