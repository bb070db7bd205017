import { ExtractionError } from './types.js';

/** How much of a file is looked at to tell text from binary and to find UTF-16 without a BOM. */
const SNIFF_BYTES = 8192;

/**
 * Text filings come in UTF-8, GB18030 (GBK, older Windows tools) or UTF-16 (Windows "Unicode" saves,
 * with or without a BOM). UTF-8 is tried strictly first; a file that is none of these is reported,
 * not read as mojibake.
 */
export function decodeText(data: Buffer): string {
  const utf16 = utf16Encoding(data);
  if (utf16) {
    const text = strictDecode(utf16, data);
    if (text !== undefined && !/[\u0000-\u0008\u000E-\u001F]/.test(text)) return text.replace(/^\uFEFF/, '');
  }
  if (data.subarray(0, SNIFF_BYTES).includes(0)) throw new ExtractionError('NOT_TEXT', 'the file contains binary data, not text');
  const text = strictDecode('utf-8', data) ?? strictDecode('gb18030', data);
  if (text === undefined) throw new ExtractionError('UNKNOWN_ENCODING', 'the text is neither UTF-8, GB18030 (GBK) nor UTF-16');
  return text;
}

function strictDecode(encoding: string, data: Buffer): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 by its BOM, or without one by where the zero bytes fall: the digits, tabs and line breaks of
 * a budget are ASCII, whose UTF-16 code units have a zero high byte — always at odd offsets (LE) or
 * always at even ones (BE). Binary data has zeros on both sides.
 */
function utf16Encoding(data: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  if (data.length % 2 !== 0) return undefined;
  const head = data.subarray(0, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const units = head.length / 2;
  // A few CJK characters have a zero low byte (一 is U+4E00), hence "mostly on one side".
  if (odd >= units * 0.05 && even * 8 <= odd) return 'utf-16le';
  if (even >= units * 0.05 && odd * 8 <= even) return 'utf-16be';
  return undefined;
}
