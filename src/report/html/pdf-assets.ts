import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * What pdf.js needs besides the PDF to draw it: the packed CMaps of non-embedded CJK fonts
 * (`UniGB-UCS2-H`, and `Adobe-GB1-UCS2` for their text) and the standard font files of
 * non-embedded standard fonts (Helvetica → `LiberationSans-Regular.ttf`). The report carries
 * exactly these, base64, so that the page never asks the network.
 */
export interface PdfAssets {
  /** CMap name → packed CMap (`cmaps/<name>.bcmap`), base64. */
  cMaps: Record<string, string>;
  /** File name → standard font data (`standard_fonts/<file>`), base64. */
  standardFonts: Record<string, string>;
}

/** Encodings that need no CMap file (pdf.js builds them in) and simple fonts' encodings. */
const BUILT_IN_ENCODINGS = new Set(['Identity-H', 'Identity-V', 'WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding', 'MacExpertEncoding', 'PDFDocEncoding']);
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The file's dictionaries as text: the file itself and its compressed object streams, inflated. */
function dictionaryText(data: Buffer): string | undefined {
  const raw = data.toString('latin1');
  const parts = [raw];
  for (const m of raw.matchAll(/\/Type\s*\/ObjStm\b/g)) {
    const keyword = raw.indexOf('stream', m.index);
    const end = raw.indexOf('endstream', keyword);
    if (keyword < 0 || end < 0) return undefined;
    const start = keyword + 'stream'.length + (raw[keyword + 6] === '\r' ? 2 : 1);
    try {
      parts.push(inflateSync(data.subarray(start, end)).toString('latin1'));
    } catch {
      return undefined;
    }
  }
  return parts.join('\n');
}

/**
 * Whether every font of the file is embedded and needs no CMap file: read from the font
 * dictionaries' text (~1 ms for a filing), so that only files with a non-embedded font pay for
 * opening them in pdf.js (`requestedAssets`). When in doubt (encrypted, an object stream it
 * cannot inflate) it says no.
 */
export function fontsAreSelfContained(data: Buffer): boolean {
  const text = dictionaryText(data);
  if (text === undefined || /\/Encrypt\b/.test(text)) return false;
  const encodings = [...text.matchAll(/\/Encoding\s*\/([^\s/<>[\]()]+)/g)].map((m) => m[1]);
  if (encodings.some((e) => !BUILT_IN_ENCODINGS.has(e))) return false;
  const descriptors = count(text, /\/FontDescriptor\s+\d+\s+\d+\s+R/g);
  const fontFiles = count(text, /\/FontFile[23]?\s+\d+\s+\d+\s+R/g);
  const simpleFonts = count(text, /\/Subtype\s*\/(?:Type1|TrueType|MMType1)\b/g);
  // A CJK font without a ToUnicode map gets its text from the `Adobe-<ordering>-UCS2` CMap.
  const adobeOrderings = count(text, /\/Ordering\s*\((?:GB1|CNS1|Japan1|Korea1)\)/g);
  const toUnicode = count(text, /\/ToUnicode\s+\d+\s+\d+\s+R/g);
  const type0 = count(text, /\/Subtype\s*\/Type0\b/g);
  return fontFiles >= descriptors && simpleFonts <= descriptors && (adobeOrderings === 0 || toUnicode >= type0);
}

/**
 * The CMaps and standard fonts pdf.js asks for while reading the text of the given pages — the
 * fonts a page uses are loaded for its text as for its drawing, with the same options the report's
 * page uses (`useSystemFonts: false`).
 */
export async function requestedAssets(data: Buffer, pages: number[]): Promise<PdfAssets> {
  // Loaded here, not with the CLI: a run without --format html never opens pdf.js on this thread.
  const [{ getDocument }, { PDFJS_ASSETS }, { inThreadWorker }] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('../../extract/pdf/load.js'),
    import('../../extract/pdf/pdfjs/worker.js'),
  ]);
  const assets: PdfAssets = { cMaps: {}, standardFonts: {} };
  class RecordingCMapReader {
    async fetch({ name }: { name: string }) {
      const cMapData = await readFile(join(PDFJS_ASSETS.cMapUrl, `${name}.bcmap`));
      assets.cMaps[name] = cMapData.toString('base64');
      return { cMapData: new Uint8Array(cMapData), isCompressed: true };
    }
  }
  class RecordingStandardFonts {
    async fetch({ filename }: { filename: string }) {
      const font = await readFile(join(PDFJS_ASSETS.standardFontDataUrl, filename));
      assets.standardFonts[filename] = font.toString('base64');
      return new Uint8Array(font);
    }
  }
  const worker = inThreadWorker({ verbosity: 0 });
  try {
    const pdf = await getDocument({
      data: new Uint8Array(data),
      CMapReaderFactory: RecordingCMapReader,
      StandardFontDataFactory: RecordingStandardFonts,
      useWorkerFetch: false,
      useSystemFonts: false,
      verbosity: 0,
      worker,
    }).promise;
    try {
      for (const n of new Set(pages)) {
        if (n < 1 || n > pdf.numPages) continue;
        const page = await pdf.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
    } finally {
      await pdf.destroy();
    }
  } finally {
    worker.destroy();
  }
  return assets;
}
