import Module, { createRequire } from 'node:module';

/**
 * pdf.js's Node build requires @napi-rs/canvas as soon as it loads, for the DOMMatrix, ImageData
 * and Path2D it puts on globalThis — a 31 MB native library (Skia): ~0.1 s of CPU and ~3,000 page
 * faults for every thread that loads pdf.js, though reading text and rulings never draws.
 *
 * `deferCanvas()`, called before pdf.js is loaded, puts a stand-in for the package into Node's module
 * cache under the file name pdf.js's `require` resolves to, and sets the three globals first:
 * - DOMMatrix is the package's own pure-JS geometry.js class — exactly what pdf.js would have set
 *   (it builds one `new DOMMatrix()` when it loads);
 * - ImageData and Path2D, and every property of the stand-in, load the real package the first time
 *   they are used (`new Path2D()`, `createCanvas` when a page is drawn), so drawing still works.
 *
 * These are pdf.js and Node internals (pdfjs-dist 5.4's `require("@napi-rs/canvas")` from its own
 * location, the CommonJS module cache): tests/extract/pdfjs-adapters.test.ts fails if a PDF is read
 * without the stand-in being used, if the native library is loaded by reading one, or if drawing
 * no longer reaches the real package.
 */
export const canvasDeferral = { deferred: false, loaded: false };

type Exports = Record<PropertyKey, unknown>;

export function deferCanvas(): void {
  const pdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  const file = pdfjs.resolve('@napi-rs/canvas');
  // Already loaded (or already deferred) in this thread: nothing to gain.
  if (pdfjs.cache[file] || canvasDeferral.deferred) return;

  const standIn = new Module(file);
  let real: Exports | undefined;
  const load = (): Exports => {
    if (!real) {
      delete pdfjs.cache[file];
      try {
        real = pdfjs(file) as Exports;
      } finally {
        pdfjs.cache[file] = standIn;
      }
      canvasDeferral.loaded = true;
    }
    return real;
  };
  const deferredClass = (name: string) =>
    new Proxy(function deferred() {}, {
      construct: (_target, args) => Reflect.construct(load()[name] as new (...a: unknown[]) => object, args),
      get: (_target, key) => Reflect.get(load()[name] as object, key),
    });

  const globals = globalThis as unknown as Exports;
  const geometry = pdfjs(pdfjs.resolve('@napi-rs/canvas/geometry.js')) as Exports;
  globals.DOMMatrix ??= geometry.DOMMatrix;
  globals.ImageData ??= deferredClass('ImageData');
  globals.Path2D ??= deferredClass('Path2D');

  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = new Proxy({} as Exports, {
    get: (_target, key) => load()[key],
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
  pdfjs.cache[file] = standIn;
  canvasDeferral.deferred = true;
}
