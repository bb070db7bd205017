import { inflateSync } from 'node:zlib';
import { EOF, isDict, Lexer, PdfName, PdfRef, PdfStream, readObject, Unreadable, type PdfDict, type PdfValue } from './syntax.js';

/**
 * A PDF's objects, read directly from the bytes for the ruling scan: cross-reference tables and
 * streams (with /Prev), object streams, Flate and ASCII85 data. Only what a sound file needs —
 * an encrypted file, a broken cross-reference, an object not where the table says, an unknown
 * filter: all `Unreadable`, and pdf.js (which repairs such files its own way) reads those pages.
 */

interface Entry {
  /** 1: at a byte offset; 2: inside an object stream. */
  type: 1 | 2;
  offset: number;
  gen: number;
  stream: number;
  index: number;
}

const MAX_CHAIN = 64;

export class PdfFile {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, Map<number, number>>();
  readonly trailer: PdfDict;

  constructor(readonly bytes: Uint8Array) {
    this.trailer = this.readCrossReferences();
    if (this.trailer.has('Encrypt')) throw new Unreadable('encrypted');
  }

  /** The object a value stands for (following references). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; value instanceof PdfRef; hops++) {
      if (hops > MAX_CHAIN) throw new Unreadable('reference chain');
      value = this.fetch(value);
    }
    return value;
  }

  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.get(key));
  }

  fetch(ref: PdfRef): PdfValue {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(ref.num);
    // pdf.js reads a missing or free entry as null, or rebuilds the table: not the scan's business.
    if (!entry || entry.gen !== ref.gen) throw new Unreadable(`object ${ref.num} ${ref.gen} not in the cross-reference table`);
    const value = entry.type === 1 ? this.readIndirect(entry.offset, ref.num, ref.gen) : this.readCompressed(entry, ref.num);
    this.cache.set(ref.num, value);
    return value;
  }

  /** A stream's decoded data. */
  decode(stream: PdfStream): Uint8Array {
    const filters = this.resolve(stream.dict.get('Filter') ?? stream.dict.get('F'));
    const parms = this.resolve(stream.dict.get('DecodeParms') ?? stream.dict.get('DP'));
    const names = filters === undefined || filters === null ? [] : Array.isArray(filters) ? filters.map((f) => this.resolve(f)) : [filters];
    const parmList = Array.isArray(parms) ? parms.map((p) => this.resolve(p)) : [parms];
    let data = stream.raw;
    names.forEach((filter, i) => {
      if (!(filter instanceof PdfName)) throw new Unreadable('filter is not a name');
      const parm = parmList[i];
      data = applyFilter(filter.name, data);
      if (isDict(parm)) data = unpredict(data, parm, this);
    });
    return data;
  }

  private readCrossReferences(): PdfDict {
    const { bytes } = this;
    const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).lastIndexOf('startxref', Math.max(0, bytes.length - 1));
    if (tail < 0 || tail < bytes.length - 2048) throw new Unreadable('no startxref');
    const first = new Lexer(bytes, tail + 'startxref'.length).next();
    // pdf.js's order: a table, then its /XRefStm (hybrid files), then /Prev; the first entry read wins.
    const queue: unknown[] = [first];
    const seen = new Set<unknown>();
    let newest: PdfDict | undefined;
    while (queue.length > 0) {
      const offset = queue.shift();
      if (seen.has(offset)) continue;
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset >= bytes.length || seen.size > MAX_CHAIN) {
        throw new Unreadable('bad cross-reference offset');
      }
      seen.add(offset);
      let trailer: PdfDict;
      if (this.startsWith(offset, 'xref')) {
        trailer = this.readTable(offset + 4);
        const stream = trailer.get('XRefStm');
        if (typeof stream === 'number' && Number.isInteger(stream)) queue.push(stream);
      } else {
        trailer = this.readXrefStream(offset);
      }
      newest ??= trailer;
      const prev = trailer.get('Prev');
      if (typeof prev === 'number' && Number.isInteger(prev)) queue.push(prev);
    }
    if (!newest) throw new Unreadable('no trailer');
    return newest;
  }

  private startsWith(offset: number, text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.bytes[offset + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** A classic table; entries already known (from a newer section) are kept. */
  private readTable(start: number): PdfDict {
    const lexer = new Lexer(this.bytes, start);
    for (;;) {
      const start = lexer.next();
      if (start === 'trailer') break;
      const count = lexer.next();
      if (typeof start !== 'number' || typeof count !== 'number') throw new Unreadable('bad cross-reference table');
      let first = start;
      for (let i = 0; i < count; i++) {
        const offset = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (typeof offset !== 'number' || typeof gen !== 'number' || (kind !== 'n' && kind !== 'f')) {
          throw new Unreadable('bad cross-reference entry');
        }
        // pdf.js: a subsection said to start at 1 whose first entry is free really starts at 0.
        if (i === 0 && kind === 'f' && first === 1) first = 0;
        const num = first + i;
        if (kind === 'n' && !this.entries.has(num)) this.entries.set(num, { type: 1, offset, gen, stream: 0, index: 0 });
        if (kind === 'f' && !this.entries.has(num)) this.entries.set(num, { type: 1, offset: -1, gen: -1, stream: 0, index: 0 });
      }
    }
    const trailer = readObject(lexer);
    if (!isDict(trailer)) throw new Unreadable('bad trailer');
    return trailer;
  }

  private readXrefStream(offset: number): PdfDict {
    const lexer = new Lexer(this.bytes, offset);
    const num = lexer.next();
    const gen = lexer.next();
    if (typeof num !== 'number' || typeof gen !== 'number' || lexer.next() !== 'obj') throw new Unreadable('bad cross-reference offset');
    const stream = this.readStreamOrObject(lexer);
    if (!(stream instanceof PdfStream) || (stream.dict.get('Type') as PdfName | undefined)?.name !== 'XRef') {
      throw new Unreadable('not a cross-reference stream');
    }
    const { dict } = stream;
    const widths = dict.get('W');
    const size = dict.get('Size');
    const index = dict.get('Index') ?? [0, size ?? 0];
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number') || !Array.isArray(index)) {
      throw new Unreadable('bad cross-reference stream');
    }
    const [w0, w1, w2] = widths as number[];
    const data = this.decode(stream);
    let pos = 0;
    const field = (width: number, fallback: number) => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + data[pos++];
      return v;
    };
    for (let s = 0; s + 1 < index.length; s += 2) {
      const first = index[s] as number;
      const count = index[s + 1] as number;
      for (let i = 0; i < count; i++) {
        if (pos + w0 + w1 + w2 > data.length) throw new Unreadable('short cross-reference stream');
        const type = field(w0, 1);
        const a = field(w1, 0);
        const b = field(w2, 0);
        const n = first + i;
        if (this.entries.has(n)) continue;
        if (type === 1) this.entries.set(n, { type: 1, offset: a, gen: b, stream: 0, index: 0 });
        else if (type === 2) this.entries.set(n, { type: 2, offset: 0, gen: 0, stream: a, index: b });
        else this.entries.set(n, { type: 1, offset: -1, gen: -1, stream: 0, index: 0 });
      }
    }
    return dict;
  }

  private readIndirect(offset: number, num: number, gen: number): PdfValue {
    if (offset < 0 || offset >= this.bytes.length) throw new Unreadable(`object ${num} is free`);
    const lexer = new Lexer(this.bytes, offset);
    if (lexer.next() !== num || lexer.next() !== gen || lexer.next() !== 'obj') {
      throw new Unreadable(`object ${num} ${gen} is not where the cross-reference table says`);
    }
    return this.readStreamOrObject(lexer);
  }

  private readStreamOrObject(lexer: Lexer): PdfValue {
    const value = readObject(lexer);
    const mark = lexer.pos;
    const keyword = lexer.next();
    if (keyword === 'endobj') return value;
    if (keyword !== 'stream' || !isDict(value)) {
      lexer.pos = mark;
      throw new Unreadable('object without endobj');
    }
    const { bytes } = this;
    let start = lexer.pos;
    if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
    else if (bytes[start] === 0x0a) start += 1;
    else throw new Unreadable('no end of line after stream');
    const length = this.resolve(value.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > bytes.length) {
      throw new Unreadable('bad stream length');
    }
    const after = new Lexer(bytes, start + length);
    if (after.next() !== 'endstream') throw new Unreadable('stream length does not reach endstream');
    return new PdfStream(value, bytes.subarray(start, start + length));
  }

  private readCompressed(entry: Entry, num: number): PdfValue {
    let offsets = this.objectStreams.get(entry.stream);
    const container = this.fetch(new PdfRef(entry.stream, 0));
    if (!(container instanceof PdfStream)) throw new Unreadable('object stream is not a stream');
    const data = this.decode(container);
    if (!offsets) {
      const n = container.dict.get('N');
      const first = container.dict.get('First');
      if (typeof n !== 'number' || typeof first !== 'number') throw new Unreadable('bad object stream');
      offsets = new Map();
      const header = new Lexer(data, 0, first);
      for (let i = 0; i < n; i++) {
        const objNum = header.next();
        const objOffset = header.next();
        if (typeof objNum !== 'number' || typeof objOffset !== 'number') throw new Unreadable('bad object stream header');
        offsets.set(objNum, first + objOffset);
      }
      this.objectStreams.set(entry.stream, offsets);
    }
    const at = offsets.get(num);
    if (at === undefined) throw new Unreadable(`object ${num} not in its object stream`);
    const value = readObject(new Lexer(data, at));
    if (value instanceof PdfRef) throw new Unreadable('reference as a whole object');
    return value;
  }
}

function applyFilter(name: string, data: Uint8Array): Uint8Array {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      try {
        return inflateSync(data);
      } catch {
        // pdf.js reads what it can of a damaged stream; what it gets is its own business.
        throw new Unreadable('damaged Flate data');
      }
    case 'ASCII85Decode':
    case 'A85':
      return ascii85(data);
    default:
      throw new Unreadable(`filter ${name}`);
  }
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (i < group.length ? group[i] : 84);
    for (let i = 0; i < count; i++) out.push((v >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 0x7e) {
      if (data[i + 1] !== 0x3e) throw new Unreadable('bad ASCII85 end');
      if (group.length === 1) throw new Unreadable('bad ASCII85 group');
      if (group.length > 0) flush(group.length - 1);
      return Uint8Array.from(out);
    }
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
    } else if (c >= 0x21 && c <= 0x75) {
      group.push(c - 0x21);
      if (group.length === 5) flush(4);
    } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c && c !== 0x00) {
      throw new Unreadable('bad ASCII85 character');
    }
  }
  throw new Unreadable('ASCII85 without ~>');
}

/** PNG predictors (cross-reference and object streams of Word and others); TIFF is Unreadable. */
function unpredict(data: Uint8Array, parms: PdfDict, file: PdfFile): Uint8Array {
  const predictor = file.get(parms, 'Predictor') ?? 1;
  if (predictor === 1) return data;
  if (typeof predictor !== 'number' || predictor < 10) throw new Unreadable(`predictor ${String(predictor)}`);
  const colors = (file.get(parms, 'Colors') ?? 1) as number;
  const bits = (file.get(parms, 'BitsPerComponent') ?? 8) as number;
  const columns = (file.get(parms, 'Columns') ?? 1) as number;
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  if (data.length % (rowLength + 1) !== 0) throw new Unreadable('predicted data not in whole rows');
  const rows = data.length / (rowLength + 1);
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i];
      const left = i >= bpp ? out[dst + i - bpp] : 0;
      const up = r > 0 ? out[dst - rowLength + i] : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp] : 0;
      let v: number;
      switch (type) {
        case 0:
          v = raw;
          break;
        case 1:
          v = raw + left;
          break;
        case 2:
          v = raw + up;
          break;
        case 3:
          v = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new Unreadable(`PNG filter type ${type}`);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

export { EOF };
