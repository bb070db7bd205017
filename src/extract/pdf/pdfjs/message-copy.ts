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
