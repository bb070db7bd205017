/**
 * pdf.js in Node runs its "worker" in this same thread and passes every message through
 * `structuredClone` (V8's serializer), ~11 % of a whole check. The copy is needed — the sender
 * reuses some arrays after sending (operator-list chunks are emptied in place) — but not the
 * serializer: the messages are plain data (arrays, plain objects, typed arrays, maps), which a
 * direct recursive copy handles several times faster. Anything else (Error objects, functions,
 * dates …) still goes through structuredClone, so it is copied — or rejected — exactly as before.
 *
 * Differences from structuredClone, none of which pdf.js relies on (the extraction of every
 * fixture PDF is compared against the structuredClone path in tests/extract/pdfjs-adapters.test.ts):
 * an object reached twice is copied twice (a cycle would throw "too deep", see MAX_DEPTH); a
 * transferred buffer is handed over without being detached from the sender.
 */

/** Deeper than any pdf.js message (a few levels); a cyclic message fails instead of looping. */
const MAX_DEPTH = 64;

const toTag = Object.prototype.toString;

export function copyMessage(value: unknown, transfer?: readonly unknown[]): unknown {
  const moved = transfer && transfer.length > 0 ? new Set<unknown>(transfer) : undefined;
  return copy(value, moved, 0);
}

function copy(value: unknown, moved: Set<unknown> | undefined, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    // Primitives are immutable; a function or symbol is rejected by structuredClone as before.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (depth > MAX_DEPTH) throw new RangeError('pdf.js message too deep to copy (cyclic?)');
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], moved, depth + 1);
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    if (moved?.has(value.buffer)) return value;
    return value instanceof DataView ? structuredClone(value) : (value as unknown as Uint8Array).slice();
  }
  if (value instanceof ArrayBuffer) return moved?.has(value) ? value : value.slice(0);
  const tag = toTag.call(value);
  if (tag === '[object Object]') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], moved, depth + 1);
    return out;
  }
  if (tag === '[object Map]') {
    const out = new Map<unknown, unknown>();
    for (const [k, v] of value as Map<unknown, unknown>) out.set(copy(k, moved, depth + 1), copy(v, moved, depth + 1));
    return out;
  }
  if (tag === '[object Set]') {
    const out = new Set<unknown>();
    for (const v of value as Set<unknown>) out.add(copy(v, moved, depth + 1));
    return out;
  }
  return structuredClone(value);
}

/**
 * A chunk of a page's text (the `getTextContent` stream: `{ items, styles, lang }`) is handed over
 * without copying its items — most of what the two sides say to each other during a check. Only
 * the message and the chunk object are new: pdf.js's worker sends its live `textContent` object
 * and then gives it a fresh `items` array and `styles` object (`enqueueChunk`), never touching the
 * ones sent; every item and its transform are built anew. The receiving side only reads the chunk
 * into its own text content (`getTextContent`'s `pump`), and readPage only reads the items.
 *
 * tests/extract/pdfjs-adapters.test.ts sets `freeze`: what is shared is then frozen (the items
 * array, each item and its transform, the styles), so a pdf.js upgrade that writes to any of it
 * after sending throws (both pdf.js modules are strict-mode ES modules) and the extraction of the
 * fixture PDFs fails.
 */
export const sharedTextChunks = { count: 0, freeze: false };

/** pdf.js's StreamKind.ENQUEUE: a message carrying a stream's next chunk. */
const STREAM_ENQUEUE = 4;

interface TextChunk {
  items: unknown[];
  styles: Record<string, unknown>;
  lang: unknown;
}

function textChunkOf(message: unknown): TextChunk | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { stream, chunk } = message as { stream?: unknown; chunk?: unknown };
  if (stream !== STREAM_ENQUEUE || typeof chunk !== 'object' || chunk === null) return undefined;
  const keys = Object.keys(chunk);
  const { items, styles } = chunk as Partial<TextChunk>;
  if (keys.length !== 3 || !Array.isArray(items) || typeof styles !== 'object' || styles === null || !('lang' in chunk)) return undefined;
  return chunk as TextChunk;
}

/**
 * The message to deliver for a text-content chunk (a new message and chunk object around the
 * sender's items and styles), or undefined for any other message (copy it).
 */
export function sharedTextMessage(message: unknown): unknown {
  const chunk = textChunkOf(message);
  if (!chunk) return undefined;
  sharedTextChunks.count++;
  if (sharedTextChunks.freeze) {
    for (const item of chunk.items) {
      const transform = (item as { transform?: unknown } | null)?.transform;
      if (Array.isArray(transform)) Object.freeze(transform);
      Object.freeze(item);
    }
    for (const style of Object.values(chunk.styles)) Object.freeze(style);
    Object.freeze(chunk.items);
    Object.freeze(chunk.styles);
  }
  return { ...(message as object), chunk: { items: chunk.items, styles: chunk.styles, lang: chunk.lang } };
}
