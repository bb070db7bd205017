import './pdfjs/native-push.js';
import { AnnotationMode, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, type Matrix, type Segment, type TextPiece } from './geometry.js';
import { collectRulings, type OperatorList } from './rulings.js';
import type { RulingScan } from './scan/index.js';

/** What the table and line builders need from one page, in viewport space. */
export interface PageContent {
  pageNumber: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  rulings: Segment[];
  /** Images painted on the page: a page with images and no text is a scan. */
  imageCount: number;
}

const IMAGE_OPS: ReadonlySet<number> = new Set([
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat,
]);

/** Glyph boxes reach this far below the baseline (fraction of the font size). */
const DESCENT = 0.2;

/** Where a page's rulings came from, and why not from the scan (for tests and the benchmark). */
export type RulingSource = { source: 'scan' } | { source: 'operator-list'; reason: string };

/**
 * With `scan`, the rulings come from the ruling scan of the content streams (scan/), and pdf.js's
 * operator list is read only where the scan cannot read the page, or where the page has no text
 * (then pdf.js's own image count tells a scanned page). Without, always from the operator list —
 * the reference the scan is tested against.
 */
export async function readPage(
  document: PDFDocumentProxy,
  pageNumber: number,
  scan: RulingScan,
  onSource?: (pageNumber: number, source: RulingSource) => void,
): Promise<PageContent> {
  const page = await document.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const text = await page.getTextContent();
    const toViewport = viewport.transform as Matrix;
    const pieces: TextPiece[] = [];
    let space: TextPiece | null = null;
    for (const item of text.items) {
      if (!('str' in item) || item.str === '') continue;
      if (item.str.trim() === '') {
        // Not kept as a piece (Chromium's spaces span whole gaps between cells), but remembered:
        // the run after it on the same line starts a new word.
        space = toPiece(item, toViewport);
        continue;
      }
      const piece = toPiece(item, toViewport);
      piece.spaceBefore = space !== null && sameLine(space, piece) && space.box.x0 < piece.box.x0;
      space = null;
      pieces.push(piece);
    }
    let ops: OperatorList & { imageCount?: number };
    let source: RulingSource;
    const scanned = pieces.length === 0 ? { ops: null, reason: 'no text on the page' } : scan.page(pageNumber, page.ref);
    if (scanned.ops) {
      ops = scanned.ops;
      source = { source: 'scan' };
    } else {
      // Only the page's own drawing is needed (rulings, images): annotations are left out, and
      // the print intent skips the display-only work (measured ~10 % faster on the fixtures).
      ops = await page.getOperatorList({ intent: 'print', annotationMode: AnnotationMode.DISABLE });
      source = { source: 'operator-list', reason: scanned.reason };
    }
    onSource?.(pageNumber, source);
    return {
      pageNumber,
      width: viewport.width,
      height: viewport.height,
      pieces,
      rulings: collectRulings(ops, viewport.transform),
      imageCount: ops.imageCount ?? ops.fnArray.filter((fn) => IMAGE_OPS.has(fn)).length,
    };
  } finally {
    // Frees the page's fonts and operator list; a 300-page filing otherwise grows without bound.
    page.cleanup();
  }
}

const sameLine = (a: TextPiece, b: TextPiece) =>
  Math.abs((a.box.y0 + a.box.y1) / 2 - (b.box.y0 + b.box.y1) / 2) < 0.3 * b.size;

/**
 * The item's box from its text matrix: the run goes along (a, b) for `width`, glyphs rise along
 * (c, d). Mapping the four corners through the viewport handles rotated pages and rotated text.
 */
export function toPiece(item: TextItem, toViewport: Matrix): TextPiece {
  const m = multiply(toViewport, item.transform as Matrix);
  const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 1;
  // In text space a glyph spans x 0..width/size and y -DESCENT..1-DESCENT (units of the font size).
  const scaleX = Math.hypot(item.transform[0], item.transform[1]) || size;
  const runLength = item.width / scaleX;
  // The four corners, each as geometry.ts's apply(m, x, y) computes it (same operations, same
  // values), without an array per corner: this runs for every text item of every page.
  const x0 = m[0] * 0 + m[2] * -DESCENT + m[4];
  const y0 = m[1] * 0 + m[3] * -DESCENT + m[5];
  const x1 = m[0] * runLength + m[2] * -DESCENT + m[4];
  const y1 = m[1] * runLength + m[3] * -DESCENT + m[5];
  const x2 = m[0] * 0 + m[2] * (1 - DESCENT) + m[4];
  const y2 = m[1] * 0 + m[3] * (1 - DESCENT) + m[5];
  const x3 = m[0] * runLength + m[2] * (1 - DESCENT) + m[4];
  const y3 = m[1] * runLength + m[3] * (1 - DESCENT) + m[5];
  return {
    text: item.str,
    box: { x0: Math.min(x0, x1, x2, x3), y0: Math.min(y0, y1, y2, y3), x1: Math.max(x0, x1, x2, x3), y1: Math.max(y0, y1, y2, y3) },
    size,
  };
}
