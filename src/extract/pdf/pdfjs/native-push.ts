/**
 * pdf.js's legacy build (the one pdf-parse loads) bundles core-js, which on Node 20's V8 replaces
 * `Array.prototype.push` process-wide with a slow polyfill (it wants a TypeError from `push` on an
 * array with a read-only length, which V8 ≤ 12.1 does not throw). pdf.js pushes millions of times
 * per document: the polyfill cost ~12 % of a whole check.
 *
 * This module has no imports, so it is evaluated before pdf.js as long as it is the FIRST import
 * of every module that imports pdf.js or pdf-parse; it keeps the native function, and
 * `restoreNativePush()` puts it back once pdf.js (main and worker module) has loaded.
 * tests/extract/pdfjs-adapters.test.ts fails if the kept function is not V8's own.
 */

const NATIVE_PUSH = Array.prototype.push;

export const nativePush: typeof Array.prototype.push = NATIVE_PUSH;

/** True when it had been replaced (and is now native again). */
export function restoreNativePush(): boolean {
  if (Array.prototype.push === NATIVE_PUSH) return false;
  Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, enumerable: false, configurable: true });
  return true;
}
