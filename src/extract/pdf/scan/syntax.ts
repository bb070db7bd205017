/**
 * PDF syntax as the ruling scan needs it: tokens and objects from bytes (ISO 32000-1 §7.2–7.3).
 * Strict on purpose: whatever pdf.js would read with a repair or a guess (odd numbers, broken
 * structure) throws `Unreadable`, and the page is read with pdf.js's operator list instead.
 */

/** Thrown when the scan cannot read something the way pdf.js would: the caller falls back. */
export class Unreadable extends Error {
  override name = 'Unreadable';
}

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** String contents are never needed by the scan, only that a string was there. */
export class PdfString {
  static readonly instance = new PdfString();
}

export type PdfDict = Map<string, PdfValue>;

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** Raw (still encoded) data. */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict | PdfStream;

/** A keyword or delimiter token (`obj`, `R`, `re`, `[`, `<<` …); names and values are not strings. */
export type Token = number | PdfName | PdfString | string;

export const EOF = '';

const WHITESPACE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

const isRegular = (c: number) => WHITESPACE[c] === 0 && DELIMITER[c] === 0;

/**
 * Keywords of up to three bytes (every content-stream operator, `obj`, `R`, `true` is longer and
 * built as a string) by their bytes as one number: an operator costs no string building.
 */
const SHORT_KEYWORDS = new Map<number, string>();
const keyOf = (b0: number, b1: number, b2: number) => b0 | (b1 << 8) | (b2 << 16);
export function registerKeywords(words: Iterable<string>): void {
  for (const w of words) {
    if (w.length > 3) continue;
    SHORT_KEYWORDS.set(keyOf(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length > 2 ? w.charCodeAt(2) : 0), w);
  }
}
registerKeywords(['R', 'obj', 'f', 'n']);

export class Lexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const { bytes, end } = this;
    while (this.pos < end) {
      const c = bytes[this.pos];
      if (WHITESPACE[c] === 1) {
        this.pos++;
      } else if (c === 0x25) {
        while (this.pos < end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
      } else {
        return;
      }
    }
  }

  next(): Token {
    this.skipSpace();
    const { bytes, end } = this;
    if (this.pos >= end) return EOF;
    const c = bytes[this.pos];
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) return this.number();
    switch (c) {
      case 0x2f:
        return this.name();
      case 0x28:
        this.literalString();
        return PdfString.instance;
      case 0x3c:
        if (bytes[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return '<<';
        }
        this.hexString();
        return PdfString.instance;
      case 0x3e:
        if (bytes[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return '>>';
        }
        throw new Unreadable('stray >');
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
        this.pos++;
        return String.fromCharCode(c);
      case 0x29:
        throw new Unreadable('stray )');
      default: {
        const start = this.pos;
        while (this.pos < end && isRegular(bytes[this.pos])) this.pos++;
        const length = this.pos - start;
        if (length <= 3) {
          const known = SHORT_KEYWORDS.get(keyOf(bytes[start], length > 1 ? bytes[start + 1] : 0, length > 2 ? bytes[start + 2] : 0));
          if (known !== undefined) return known;
        }
        return latin1(bytes, start, this.pos);
      }
    }
  }

  /**
   * pdf.js's own arithmetic (Lexer.getNumber): all digits as one integer, divided by a power of
   * ten — so values match pdf.js's to the last bit. Forms pdf.js repairs (`--1`, `1-2`, `1e5`,
   * `1.2.3`, a lone sign) are Unreadable.
   */
  private number(): number {
    const { bytes, end } = this;
    let sign = 1;
    let c = bytes[this.pos];
    if (c === 0x2d || c === 0x2b) {
      if (c === 0x2d) sign = -1;
      c = bytes[++this.pos];
    }
    let divideBy = 0;
    if (c === 0x2e) {
      divideBy = 1;
      c = bytes[++this.pos];
    }
    if (!(c >= 0x30 && c <= 0x39) || this.pos >= end) throw new Unreadable('not a number');
    let value = 0;
    for (; this.pos < end; c = bytes[++this.pos]) {
      if (c >= 0x30 && c <= 0x39) {
        value = value * 10 + (c - 0x30);
        if (divideBy !== 0) divideBy *= 10;
      } else if (c === 0x2e && divideBy === 0) {
        divideBy = 1;
      } else {
        break;
      }
    }
    if (this.pos < end && (c === 0x2e || c === 0x2d || c === 0x2b || c === 0x45 || c === 0x65)) {
      throw new Unreadable('number in a form pdf.js repairs');
    }
    if (divideBy > 1) value /= divideBy;
    return sign * value;
  }

  private name(): PdfName {
    const { bytes, end } = this;
    this.pos++;
    const start = this.pos;
    let escaped = false;
    while (this.pos < end && isRegular(bytes[this.pos])) {
      if (bytes[this.pos] === 0x23) escaped = true;
      this.pos++;
    }
    let text = latin1(bytes, start, this.pos);
    if (escaped) text = text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return new PdfName(text);
  }

  /**
   * Steps over an array or dictionary whose opening token was just read, nested ones and strings
   * included (content-stream operands the scan never needs: TJ arrays, dash arrays, marked-content
   * properties).
   */
  skipComposite(): void {
    const { bytes, end } = this;
    let depth = 1;
    while (this.pos < end) {
      const c = bytes[this.pos];
      if (c === 0x28) {
        this.literalString();
      } else if (c === 0x3c) {
        if (bytes[this.pos + 1] === 0x3c) {
          depth++;
          this.pos += 2;
        } else {
          this.hexString();
        }
      } else if (c === 0x3e && bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        if (--depth === 0) return;
      } else if (c === 0x5b) {
        depth++;
        this.pos++;
      } else if (c === 0x5d) {
        this.pos++;
        if (--depth === 0) return;
      } else if (c === 0x25) {
        this.skipSpace();
      } else {
        this.pos++;
      }
    }
    throw new Unreadable('unterminated array or dictionary');
  }

  private literalString(): void {
    const { bytes, end } = this;
    let depth = 0;
    while (this.pos < end) {
      const c = bytes[this.pos++];
      if (c === 0x5c) {
        this.pos++;
      } else if (c === 0x28) {
        depth++;
      } else if (c === 0x29 && --depth === 0) {
        return;
      }
    }
    throw new Unreadable('unterminated string');
  }

  private hexString(): void {
    const close = this.bytes.indexOf(0x3e, this.pos);
    if (close < 0 || close >= this.end) throw new Unreadable('unterminated hex string');
    this.pos = close + 1;
  }
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/**
 * Objects as they appear in a file body or an object stream: `[…]`, `<<…>>`, `n g R`, numbers,
 * names, strings, booleans, null. Streams are read by the caller (they need /Length).
 */
export function readObject(lexer: Lexer, token: Token = lexer.next()): PdfValue {
  if (typeof token === 'number') {
    // `n g R` is a reference: look ahead two tokens, and step back if it is not one.
    if (Number.isInteger(token) && token >= 0) {
      const mark = lexer.pos;
      const gen = lexer.next();
      if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0 && lexer.next() === 'R') return new PdfRef(token, gen);
      lexer.pos = mark;
    }
    return token;
  }
  if (token instanceof PdfName || token instanceof PdfString) return token;
  switch (token) {
    case '[': {
      const items: PdfValue[] = [];
      for (let t = lexer.next(); t !== ']'; t = lexer.next()) {
        if (t === EOF) throw new Unreadable('unterminated array');
        items.push(readObject(lexer, t));
      }
      return items;
    }
    case '<<': {
      const dict: PdfDict = new Map();
      for (let t = lexer.next(); t !== '>>'; t = lexer.next()) {
        if (!(t instanceof PdfName)) throw new Unreadable('dictionary key is not a name');
        dict.set(t.name, readObject(lexer));
      }
      return dict;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    default:
      throw new Unreadable(`unexpected ${token === EOF ? 'end of data' : `token ${token}`}`);
  }
}

export const isDict = (v: unknown): v is PdfDict => v instanceof Map;
