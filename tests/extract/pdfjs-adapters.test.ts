import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { outlineSkips } from '../../src/extract/pdf/pdfjs/glyph-outlines.js';
import { copyMessage, sharedTextChunks, sharedTextMessage } from '../../src/extract/pdf/pdfjs/message-copy.js';
import { nativePush } from '../../src/extract/pdf/pdfjs/native-push.js';
import { extractPdfFile, PDF_DIR, REALDOCS_DIR } from './pdf-helpers.js';

/**
 * The three speed fixes rely on pdf.js internals (src/extract/pdf/pdfjs/). If a pdf.js or pdf-parse
 * upgrade changes them, these tests fail — instead of the fixes silently doing nothing.
 */

/** Array#push on an array whose length is read-only: what core-js tests to decide on its polyfill. */
const PROBE = `(push) => { try { push.call(Object.defineProperty([], 'length', { writable: false })); return 'no error'; } catch (e) { return e.constructor.name; } }`;

describe('native Array.prototype.push (pdfjs/native-push.ts)', () => {
  it('is V8’s own push again after pdf.js has loaded and read a document', async () => {
    await extractPdfFile(join(PDF_DIR, 'rl_001_stsong.pdf'));
    expect(Array.prototype.push).toBe(nativePush);
    // The kept function behaves like push from a fresh realm (never touched by pdf.js), which
    // fails if it was captured after pdf.js's polyfill replaced it.
    const freshRealm = runInNewContext(`(${PROBE})(Array.prototype.push)`) as string;
    const probe = runInNewContext(PROBE) as (push: unknown) => string;
    expect(probe(nativePush)).toBe(freshRealm);
  });
});

describe('no glyph outlines (pdfjs/glyph-outlines.ts)', () => {
  it('the worker builds no FontPath for a PDF with embedded TrueType fonts, and every font is marked back', async () => {
    const before = { ...outlineSkips };
    // LibreOffice embeds TrueType subsets: with outlines on, every glyph shown became a FontPath.
    // Fonts travel to this side only with an operator list (the ruling scan needs none).
    const path = join(PDF_DIR, 'lo_001_docx.pdf');
    await extractPdf(path, readFileSync(path), { rulings: 'operator-list' });
    expect(outlineSkips.documents - before.documents).toBe(1);
    expect(outlineSkips.fonts - before.fonts).toBeGreaterThan(0);
    expect(outlineSkips.fontPaths - before.fontPaths).toBe(0);
  });
});

describe('message copies (pdfjs/message-copy.ts)', () => {
  const message = {
    sourceName: 'fake0_worker',
    action: 'StreamEnqueue',
    data: {
      fnArray: [91, 44, 12],
      argsArray: [null, [{ fontChar: 'a', unicode: '合', width: 1000, accent: null, isSpace: false }, -250], [1, 0, 0, 1, 20.5, 700]],
      styles: Object.assign(Object.create(null) as object, { g_d0_f1: { fontFamily: 'serif', ascent: 0.88, vertical: false } }),
      minMax: new Float32Array([1, 2, 3, 4]),
      map: new Map([['k', [1, 2]]]),
    },
  };

  it('gives the same value as structuredClone, unshared with the sender', () => {
    const copied = copyMessage(message) as typeof message;
    expect(copied).toEqual(structuredClone(message));
    expect(copied.data.argsArray).not.toBe(message.data.argsArray);
    expect(copied.data.minMax).not.toBe(message.data.minMax);
    message.data.fnArray.length = 0; // pdf.js empties its operator-list arrays after sending
    expect(copied.data.fnArray).toEqual([91, 44, 12]);
  });

  it('hands a transferred buffer over instead of copying it', () => {
    const data = new Uint8Array([37, 80, 68, 70]);
    const copied = copyMessage({ data }, [data.buffer]) as { data: Uint8Array };
    expect(copied.data).toBe(data);
  });

  it('rejects what structuredClone rejects, and copies errors as structuredClone does', () => {
    expect(() => copyMessage({ f: () => 1 })).toThrow(/could not be cloned/);
    const error = copyMessage({ reason: new TypeError('bad') }) as { reason: Error };
    expect(error.reason).toBeInstanceOf(TypeError);
    expect(error.reason.message).toBe('bad');
  });
});

describe('text chunks handed over without copying their items (pdfjs/message-copy.ts)', () => {
  const textMessage = () => ({
    sourceName: 'fake0',
    targetName: 'fake0_worker',
    stream: 4,
    streamId: 3,
    chunk: { items: [{ str: '合计', transform: [9, 0, 0, 9, 20, 700], width: 18, height: 9, dir: 'ltr', fontName: 'g_d0_f1', hasEOL: false }], styles: Object.create(null) as object, lang: null },
  });

  it('shares the items and styles in a new message and chunk; copies anything else', () => {
    const message = textMessage();
    const delivered = sharedTextMessage(message) as ReturnType<typeof textMessage>;
    expect(delivered).not.toBe(message);
    expect(delivered.chunk).not.toBe(message.chunk);
    expect(delivered.chunk.items).toBe(message.chunk.items);
    expect(delivered.chunk.styles).toBe(message.chunk.styles);
    // The sender gives its live object fresh arrays after sending: the delivered chunk keeps the old.
    message.chunk.items = [];
    expect(delivered.chunk.items).toHaveLength(1);
    // An operator-list chunk (emptied in place by the sender) and other messages are not shared.
    expect(sharedTextMessage({ ...message, chunk: { fnArray: [], argsArray: [], lastChunk: true } })).toBeUndefined();
    expect(sharedTextMessage({ ...message, stream: 3 })).toBeUndefined();
    expect(sharedTextMessage({ action: 'GetPage', data: { pageIndex: 0 } })).toBeUndefined();
  });

  it('nothing writes to a shared chunk after it is sent: frozen, every producer’s PDF extracts the same', async () => {
    const paths = [
      join(PDF_DIR, 'lo_001_docx.pdf'),
      join(PDF_DIR, 'chrome_001_plain.pdf'),
      join(PDF_DIR, 'rl_001_stsong.pdf'),
      join(REALDOCS_DIR, 'R12_上海市普陀区社会福利院_2024_单位预算.pdf'),
    ];
    for (const path of paths) {
      const plain = await extractPdfFile(path);
      const before = sharedTextChunks.count;
      sharedTextChunks.freeze = true;
      try {
        const frozen = await extractPdfFile(path);
        expect(frozen).toEqual(plain);
      } finally {
        sharedTextChunks.freeze = false;
      }
      expect(sharedTextChunks.count - before).toBeGreaterThan(0);
    }
  });

  it('freezing would catch a write (the check above can fail)', () => {
    const message = textMessage();
    sharedTextChunks.freeze = true;
    try {
      sharedTextMessage(message);
    } finally {
      sharedTextChunks.freeze = false;
    }
    expect(() => {
      'use strict';
      (message.chunk.items[0].transform as number[])[4] = 0;
    }).toThrow(TypeError);
    expect(() => message.chunk.items.push({} as never)).toThrow(TypeError);
  });
});

describe('the native canvas library deferred (pdfjs/deferred-canvas.ts)', () => {
  // A fresh process: Node's module cache must not have seen pdf.js or the canvas package yet.
  const script = (root: string) => `
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    const { deferCanvas, canvasDeferral } = await import(${JSON.stringify(`${root}/dist/src/extract/pdf/pdfjs/deferred-canvas.js`)});
    deferCanvas();
    const { extractPdf } = await import(${JSON.stringify(`${root}/dist/src/extract/pdf/index.js`)});
    const path = ${JSON.stringify(`${root}/fixtures/pdfs/lo_001_docx.pdf`)};
    const doc = await extractPdf(path, readFileSync(path));
    const require = createRequire(${JSON.stringify(`${root}/node_modules/pdfjs-dist/legacy/build/pdf.mjs`)});
    const native = () => Object.keys(require.cache).filter((k) => k.endsWith('.node')).length;
    const afterRead = { deferred: canvasDeferral.deferred, loaded: canvasDeferral.loaded, native: native(), blocks: doc.blocks.length };
    const canvas = require('@napi-rs/canvas').createCanvas(10, 10);
    const path2d = new Path2D();
    console.log(JSON.stringify({ afterRead, drawn: { loaded: canvasDeferral.loaded, native: native(), canvas: typeof canvas.getContext, path2d: path2d instanceof Path2D } }));
  `;

  it('reading a PDF loads no native library; drawing afterwards still gets the real canvas', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { PACKAGE_ROOT } = await import('../../src/refdata/index.js');
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script(PACKAGE_ROOT)]);
    const result = JSON.parse(stdout.trim().split('\n').pop() as string);
    expect(result.afterRead).toEqual({ deferred: true, loaded: false, native: 0, blocks: result.afterRead.blocks });
    expect(result.afterRead.blocks).toBeGreaterThan(10);
    expect(result.drawn).toEqual({ loaded: true, native: 1, canvas: 'function', path2d: true });
  });
});
