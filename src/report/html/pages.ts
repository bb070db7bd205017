import { readFile } from 'node:fs/promises';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { normalizeText } from '../../extract/normalize.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFJS_ASSETS } from '../../extract/pdf/load.js';
import { inThreadWorker } from '../../extract/pdf/pdfjs/worker.js';
import { toPiece } from '../../extract/pdf/page.js';
import type { Matrix } from '../../extract/pdf/geometry.js';
import type { PageText } from './locate.js';

/** One page drawn in Node (the fallback: see sources.ts): its size in points, the image, and where its text runs are. */
export interface PageImage {
  page: number;
  width: number;
  height: number;
  /** `data:image/jpeg;base64,…` */
  image: string;
  text: PageText[];
}

export interface RenderOptions {
  /** Pixels per point: 1.5 keeps 9-pt CJK text legible and a page at ~100 KB. */
  scale?: number;
  /** JPEG quality, 0–100. */
  quality?: number;
}

/**
 * The fallback for a PDF the report does not embed (sources.ts): renders the given pages with the pdf.js that pdf-parse installs, drawing on
 * @napi-rs/canvas (pdf.js's own Node canvas factory). Coordinates use the viewport at scale 1,
 * the space the extractor gives cells in, so a cell box maps onto the image by one factor.
 */
export async function renderPages(path: string, pages: number[], options: RenderOptions = {}): Promise<PageImage[]> {
  const scale = options.scale ?? 1.5;
  const quality = options.quality ?? 70;
  // The extractor's in-thread worker (cheaper message copies than pdf.js's own fake worker), but
  // with the glyph outlines kept: a page drawn without them has no text.
  const worker = inThreadWorker({ outlines: true, verbosity: 0 });
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), ...PDFJS_ASSETS, cMapPacked: true, verbosity: 0, worker }).promise.catch(
    (err: unknown) => {
      worker.destroy();
      throw err;
    },
  );
  try {
    const out: PageImage[] = [];
    for (const n of [...new Set(pages)].sort((a, b) => a - b)) {
      if (n < 1 || n > pdf.numPages) continue;
      const page = await pdf.getPage(n);
      try {
        const unit = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale });
        const canvas = canvasOf(Math.ceil(viewport.width), Math.ceil(viewport.height));
        // pdf.js draws on @napi-rs/canvas in Node (its own NodeCanvasFactory uses the same); the
        // DOM types of its parameters do not name it.
        const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
        context.setTransform(1, 0, 0, 1, 0, 0);
        await page.render({ canvasContext: context, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
        const jpeg: Buffer = await canvas.encode('jpeg', quality);
        // Text runs placed as the extractor places them: the same space as the cells.
        const content = await page.getTextContent();
        const pieces = content.items.filter((i) => 'str' in i && i.str.trim() !== '').map((i) => toPiece(i as TextItem, unit.transform as Matrix));
        out.push({
          page: n,
          width: unit.width,
          height: unit.height,
          image: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
          text: pieces.map((p) => ({ text: normalizeText(p.text), x: p.box.x0, y: p.box.y0, w: p.box.x1 - p.box.x0, h: p.box.y1 - p.box.y0 })),
        });
      } finally {
        page.cleanup();
      }
    }
    return out;
  } finally {
    await pdf.destroy();
    // pdf.js destroys only a worker it started itself.
    worker.destroy();
  }
}

let spare: Canvas | undefined;

/**
 * One canvas, kept while pages keep their size: a fresh one costs ~20 ms of CPU the first time it
 * is painted (issue 9's timing), more than a page's JPEG. pdf.js paints every page's background.
 */
function canvasOf(width: number, height: number): Canvas {
  if (spare?.width !== width || spare.height !== height) spare = createCanvas(width, height);
  return spare;
}
