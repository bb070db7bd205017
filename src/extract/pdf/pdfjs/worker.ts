import './native-push.js';
import { PDFWorker, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { skipGlyphOutlines } from './glyph-outlines.js';
import { copyMessage, sharedTextMessage } from './message-copy.js';
import { restoreNativePush } from './native-push.js';

/**
 * pdf.js's worker, in this thread, connected through our own port instead of pdf.js's
 * LoopbackPort: the port copies messages with `copyMessage` (not structuredClone), hands chunks of
 * text content over without copying their items (`sharedTextMessage`), and applies
 * `skipGlyphOutlines`. The same public pieces pdf.js uses for a worker it did not start itself:
 * `new PDFWorker({ port })` on this side and `WorkerMessageHandler.initializeFromPort(port)` on
 * the worker's.
 */

// Both pdf.js modules are loaded now (the static imports above): undo their Array.prototype.push.
restoreNativePush();

type Listener = (event: { data: unknown }) => void;

/** The message channel between the two sides: every listener sees every message, one tick later. */
export class InThreadPort {
  #listeners = new Map<Listener, (() => void) | null>();
  #deferred: Promise<void> = Promise.resolve();

  /** `outlines`: keep the glyph outlines (a document that is drawn, e.g. the HTML report's pages). */
  constructor(private readonly outlines = false) {}

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const event = { data: sharedTextMessage(message) ?? copyMessage(message, transfer) };
    if (!this.outlines) skipGlyphOutlines(event.data);
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    let unlink: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_type, listener);
      unlink = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unlink);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, unlink] of this.#listeners) unlink?.();
    this.#listeners.clear();
  }
}

type WorkerPort = NonNullable<ConstructorParameters<typeof PDFWorker>[0]>['port'];

/**
 * One worker per document (pdf.js allows one PDFWorker per port); `destroy()` it after the document.
 * Without outlines (the default, for reading text and rulings) nothing drawn shows any text; a
 * document to draw asks for `{ outlines: true }` and keeps only the cheaper copies and native push.
 */
export function inThreadWorker(options: { outlines?: boolean; verbosity?: number } = {}): PDFWorker {
  const port = new InThreadPort(options.outlines);
  const worker = new PDFWorker({ port: port as unknown as WorkerPort, verbosity: options.verbosity ?? VerbosityLevel.WARNINGS });
  WorkerMessageHandler.initializeFromPort(port);
  return worker;
}
