import { createRequire } from 'node:module';
import { readRefdata } from '../refdata/index.js';

/** Radical code points (U+2E80–U+2FDF) that Type3/Noto PDFs emit, mapped to the ideograph with the same glyph. */
const radicalMap: Record<string, string> = JSON.parse(readRefdata('radicals-to-ideographs.json'));

const RADICAL_RE = /[\u2E80-\u2FDF]/g;
const FULLWIDTH_ASCII_RE = /[\uFF10-\uFF19\uFF0E\uFF05\uFF0D\uFF0B]/g;
const CJK = '\\u3400-\\u9FFF\\uF900-\\uFAFF\\u2460-\\u24FF';
// Spaces between two CJK characters, or between CJK and a digit, are layout artefacts
// (LibreOffice `2024 年`, `合 计`); spaces between two Latin words or numbers are kept.
const CJK_SPACE_RE = new RegExp(`(?<=[${CJK}（）“”：)])[ \\u00A0\\u3000]+(?=[${CJK}（）“”：(])`, 'g');
const CJK_DIGIT_SPACE_RE = new RegExp(`(?<=[${CJK}])[ \\u00A0\\u3000]+(?=[0-9])|(?<=[0-9%])[ \\u00A0\\u3000]+(?=[${CJK}])`, 'g');

export function replaceRadicals(text: string): string {
  return text.replace(RADICAL_RE, (ch) => radicalMap[ch] ?? ch.normalize('NFKC'));
}

/**
 * Text clean-up shared by every extractor: radicals to ideographs, full-width digits to ASCII,
 * layout spaces inside CJK runs dropped. Punctuation that carries meaning in Chinese prose
 * (，：（）) is left alone; the number and claim parsers accept both widths.
 */
export function normalizeText(text: string): string {
  return replaceRadicals(text)
    .replace(FULLWIDTH_ASCII_RE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(CJK_SPACE_RE, '')
    .replace(CJK_DIGIT_SPACE_RE, '')
    .trim();
}

/**
 * Traditional characters that budget texts cannot do without (預算 萬元 單位 經費 財政 撥款 說明 資金
 * 項目 …). They only decide whether a text is traditional; the conversion itself is OpenCC's.
 */
const TRADITIONAL_MARKERS = /[預萬單經費財撥說説資項與為會個計類際關報轉結餘貳]/g;

/** A text is traditional when it uses several of the marker characters (one stray character is not enough). */
export function isTraditional(text: string): boolean {
  return new Set(text.match(TRADITIONAL_MARKERS) ?? []).size >= 3;
}

type Convert = (text: string) => string;
let toCn: Convert | undefined;

/**
 * Traditional → simplified Chinese with OpenCC (opencc-js, HK/TW variants such as 説 included).
 * The dictionaries are loaded on first use only: simplified filings never pay for them.
 */
export function toSimplified(text: string): string {
  if (!toCn) {
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/t2cn') as { Converter(options: { from: string; to: string }): Convert };
    toCn = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return toCn(text);
}
