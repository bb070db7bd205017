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
