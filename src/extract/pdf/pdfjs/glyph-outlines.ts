/**
 * In Node, pdf.js runs with font faces disabled (there is no `document.fonts`), and then the
 * worker compiles a drawing path for every glyph it meets in an operator list (`FontPath`
 * messages) — for a canvas we never paint, ~9 % of a whole check. Nothing of it reaches the text
 * or the rulings.
 *
 * The worker decides from its own copy of the option (`GetDocRequest` → `evaluatorOptions.
 * disableFontFace`), the main thread from the `Font` objects the worker sends back. So the worker
 * is told `false` (no outlines) and the fonts it sends (FontInfo buffers) are marked `true` again
 * on the way back, so
 * that the main thread does not try to install a CSS font face (which fails in Node and makes the
 * worker build every outline after all, through `FontFallback`).
 *
 * These are pdf.js internals (message names and shapes of pdfjs-dist 5.4): `outlineSkips` counts
 * what was rewritten, and tests/extract/pdfjs-adapters.test.ts fails if a document opens without
 * both rewrites or if a `FontPath` message is still sent.
 */

export const outlineSkips = { documents: 0, fonts: 0, fontPaths: 0 };

interface Message {
  action?: unknown;
  data?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A font travels as pdf.js's FontInfo buffer: its first bytes hold the boolean properties, two
 * bits each (0 undefined, 1 false, 2 true), `disableFontFace` third (bits 4–5 of byte 0). The
 * buffer was transferred, so the worker no longer owns it.
 */
const FONT_FACE_SHIFT = 4;

function markFontFaceDisabled(buffer: ArrayBuffer): boolean {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0 || ((bytes[0] >> FONT_FACE_SHIFT) & 0b11) !== 0b01) return false;
  bytes[0] = (bytes[0] & ~(0b11 << FONT_FACE_SHIFT)) | (0b10 << FONT_FACE_SHIFT);
  return true;
}

/** Rewrites a message that has already been copied for delivery (never the sender's object). */
export function skipGlyphOutlines(message: unknown): void {
  if (!isRecord(message)) return;
  const { action, data } = message as Message;
  if (action === 'GetDocRequest' && isRecord(data) && isRecord(data.evaluatorOptions)) {
    if (data.evaluatorOptions.disableFontFace === true) {
      data.evaluatorOptions.disableFontFace = false;
      outlineSkips.documents++;
    }
  } else if (action === 'commonobj' && Array.isArray(data)) {
    if (data[1] === 'Font' && isRecord(data[2]) && data[2].data instanceof ArrayBuffer) {
      if (markFontFaceDisabled(data[2].data)) outlineSkips.fonts++;
    } else if (data[1] === 'FontPath') {
      outlineSkips.fontPaths++;
    }
  }
}
