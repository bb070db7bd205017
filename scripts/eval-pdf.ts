/**
 * One digit changed inside a real PDF, for the mutation eval (scripts/eval-mutations.ts).
 *
 * The filings print text with CID fonts (Identity-H, two-byte glyph codes, a ToUnicode CMap). qpdf
 * turns the file into JSON with every stream decoded (`--json=2 --json-stream-data=inline
 * --decode-level=generalized`); the content streams are read glyph by glyph (`<XXXX> Tj` and `TJ`
 * arrays) and each glyph is mapped to its character through its font's ToUnicode map. A mutation
 * replaces the code of one digit glyph with the code of another digit in the same font, and qpdf
 * writes the file back with `--update-from-json` (only the changed content stream). The caller
 * verifies with pdftotext that exactly that character changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

export interface Glyph {
  /** The content stream object (`27 0 R`) and the offset of the code's hex digits in its data. */
  stream: string;
  offset: number;
  font: string;
  code: string;
  char: string;
}

export interface PdfGlyphs {
  /** Glyphs per page (1-based page numbers: pages[0] is page 1), in content-stream order. */
  pages: Glyph[][];
  /** Per font object: character → glyph code (the inverse of its ToUnicode map). */
  codesOf: Map<string, Map<string, string>>;
  /** Decoded data of every content stream, by object. */
  streams: Map<string, string>;
}

export function hasTools(): string | undefined {
  for (const [tool, arg] of [['qpdf', '--version'], ['pdftotext', '-v']]) {
    if (spawnSync(tool, [arg]).error) return `${tool} is not installed`;
  }
  return undefined;
}

function qpdfJson(file: string): { objects: Dict; pages: { object: string; contents: string[] }[] } {
  const out = spawnSync('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', file], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (out.status !== 0 && out.status !== 3) throw new Error(`qpdf --json failed on ${file}: ${out.stderr}`);
  const json = JSON.parse(out.stdout) as { qpdf: [Dict, Dict]; pages: { object: string; contents: string[] }[] };
  return { objects: json.qpdf[1], pages: json.pages };
}

const objectOf = (objects: Dict, ref: string) => objects[`obj:${ref}`] as Dict | undefined;
const valueOf = (objects: Dict, ref: Json): Json => (typeof ref === 'string' && / R$/.test(ref) ? (objectOf(objects, ref)?.value ?? null) : ref);
function streamData(objects: Dict, ref: string): string | undefined {
  const stream = objectOf(objects, ref)?.stream as Dict | undefined;
  return typeof stream?.data === 'string' ? Buffer.from(stream.data, 'base64').toString('latin1') : undefined;
}

/** A ToUnicode CMap: `bfchar` and `bfrange` entries, two-byte codes → characters. */
export function readToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexToText = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1].toUpperCase(), hexToText(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, start] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      for (let c = lo; c <= hi; c++) map.set(c.toString(16).toUpperCase().padStart(m[1].length, '0'), String.fromCharCode(start + c - lo));
    }
  }
  return map;
}

/** Reads every page's glyphs; fonts without a ToUnicode map or with one-byte codes are skipped. */
export function readGlyphs(file: string): PdfGlyphs {
  const { objects, pages } = qpdfJson(file);
  const unicode = new Map<string, Map<string, string>>();
  const codesOf = new Map<string, Map<string, string>>();
  const streams = new Map<string, string>();
  const fontMap = (fontRef: string) => {
    if (!unicode.has(fontRef)) {
      const font = valueOf(objects, fontRef) as Dict | null;
      const cmapRef = font?.['/ToUnicode'];
      const cmap = typeof cmapRef === 'string' && font?.['/Encoding'] === '/Identity-H' ? streamData(objects, cmapRef) : undefined;
      const map = cmap ? readToUnicode(cmap) : new Map<string, string>();
      unicode.set(fontRef, map);
      codesOf.set(fontRef, new Map([...map].map(([code, ch]) => [ch, code])));
    }
    return unicode.get(fontRef)!;
  };
  const glyphPages = pages.map((page) => {
    const pageDict = valueOf(objects, page.object) as Dict;
    const resources = valueOf(objects, pageDict['/Resources'] ?? null) as Dict | null;
    const fonts = (valueOf(objects, resources?.['/Font'] ?? null) as Dict | null) ?? {};
    const glyphs: Glyph[] = [];
    for (const stream of page.contents) {
      const data = streamData(objects, stream) ?? '';
      streams.set(stream, data);
      let font = '';
      // Tokens: a font selection, or a hex string (inside Tj or a TJ array).
      for (const m of data.matchAll(/\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>/g)) {
        if (m[1]) {
          const ref = fonts[`/${m[1]}`];
          font = typeof ref === 'string' ? ref : '';
          continue;
        }
        if (!font || /\s/.test(m[2]) || m[2].length % 4 !== 0) continue;
        const map = fontMap(font);
        for (let i = 0; i < m[2].length; i += 4) {
          const code = m[2].slice(i, i + 4).toUpperCase();
          glyphs.push({ stream, offset: m.index! + 1 + i, font, code, char: map.get(code) ?? '\uFFFD' });
        }
      }
    }
    return glyphs;
  });
  return { pages: glyphPages, codesOf, streams };
}

/** Writes a copy of `file` with one glyph's code replaced; returns the new file's path. */
export function writeMutation(file: string, glyphs: PdfGlyphs, glyph: Glyph, code: string, outFile: string): void {
  const data = glyphs.streams.get(glyph.stream)!;
  const changed = data.slice(0, glyph.offset) + code + data.slice(glyph.offset + 4);
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-eval-'));
  try {
    const update = join(dir, 'update.json');
    const header = { jsonversion: 2, pushedinheritedpageresources: false, calledgetallpages: false, maxobjectid: 0 };
    writeFileSync(update, JSON.stringify({ version: 2, qpdf: [header, { [`obj:${glyph.stream}`]: { stream: { data: Buffer.from(changed, 'latin1').toString('base64'), dict: {} } } }] }));
    const out = spawnSync('qpdf', [`--update-from-json=${update}`, file, outFile], { encoding: 'utf8' });
    if (out.status !== 0 && out.status !== 3) throw new Error(`qpdf --update-from-json failed: ${out.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of one page as pdftotext reads it (the independent check of a mutation). */
export function pageText(file: string, page: number): string {
  const out = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0) throw new Error(`pdftotext failed on ${file}: ${out.stderr}`);
  return out.stdout;
}

/** True when `after` is `before` with exactly one character changed, from `from` to `to`. */
export function oneCharChanged(before: string, after: string, from: string, to: string): boolean {
  if (before.length !== after.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < before.length && diffs.length < 2; i++) if (before[i] !== after[i]) diffs.push(i);
  return diffs.length === 1 && before[diffs[0]] === from && after[diffs[0]] === to;
}

export const readPdf = (file: string) => readFileSync(file);
