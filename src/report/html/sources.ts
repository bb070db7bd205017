import { readFile } from 'node:fs/promises';
import type { FileResult } from '../../batch/check-file.js';
import { decodeText } from '../../extract/decode.js';
import type { Place } from '../../model/finding.js';
import type { EmbeddedPdf, Source } from './index.js';
import type { RenderOptions } from './pages.js';
import { fontsAreSelfContained, requestedAssets } from './pdf-assets.js';

export interface SourceOptions extends RenderOptions {
  /**
   * Bytes: a larger PDF is not embedded, its pages are drawn in Node (JPEG) instead. At 2.5 MiB
   * (3.3 in base64) the report of one filing stays under 5 MiB with pdf.js (1.4); a scanned or
   * image-heavy filing would otherwise make the report many times the size of its few pages.
   */
  embedLimit?: number;
}

export const EMBED_LIMIT = 2.5 * 1024 * 1024;

/** The PDF for the browser to draw, with the CMaps and standard fonts its shown pages need. */
async function embed(data: Buffer, pages: number[]): Promise<EmbeddedPdf> {
  const assets = fontsAreSelfContained(data) ? { cMaps: {}, standardFonts: {} } : await requestedAssets(data, pages);
  return { data: data.toString('base64'), pages: [...new Set(pages)].sort((a, b) => a - b), assets };
}

/** Places whose page or lines the report shows: errors' and warnings', with their related ones. */
function shownPlaces(result: FileResult): Place[] {
  const own = (p: Place) => p.path === undefined || p.path === result.path;
  return result.findings.filter((f) => f.severity !== 'info').flatMap((f) => [f.location, ...f.related]).filter(own);
}

/**
 * Reads what the HTML report shows beside the findings: for a PDF with errors or warnings the file
 * itself, for the browser to draw those pages (or, over `embedLimit`, those pages drawn here); the
 * quoted lines of a text filing. A file that cannot be read again (moved, or a failure) simply has
 * no source: the findings are still listed.
 */
export async function loadSources(results: FileResult[], options: SourceOptions = {}): Promise<Map<string, Source>> {
  const sources = new Map<string, Source>();
  const limit = options.embedLimit ?? EMBED_LIMIT;
  for (const result of results) {
    if (result.status !== 'checked') continue;
    const places = shownPlaces(result);
    try {
      if (result.document?.pageCount) {
        const pages = places.map((p) => p.page).filter((p): p is number => p !== undefined);
        if (pages.length) {
          const data = await readFile(result.path);
          if (data.length <= limit) sources.set(result.path, { pdf: await embed(data, pages) });
          else {
            // pdf.js and the canvas are loaded here, not with the CLI: a run without --format html
            // never draws, and loading them costs ~0.35 s of CPU (issue 11).
            const { renderPages } = await import('./pages.js');
            sources.set(result.path, { pages: await renderPages(result.path, pages, options) });
          }
        }
      } else {
        const text = decodeText(await readFile(result.path)).split(/\r?\n/);
        const lines = new Map<number, string>();
        for (const line of places.map((p) => p.line).filter((l): l is number => l !== undefined)) {
          for (let n = Math.max(1, line - 1); n <= Math.min(text.length, line + 1); n++) lines.set(n, text[n - 1]);
        }
        sources.set(result.path, { lines });
      }
    } catch (err) {
      // The file was read once already; if it cannot be read again, the report says so and goes on.
      sources.set(result.path, { problem: err instanceof Error ? err.message : String(err) });
    }
  }
  return sources;
}
