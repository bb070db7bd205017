/**
 * pdf.js reports problems only through `console.warn('Warning: …')` (main thread and, in Node, the
 * fake worker that runs in the same thread). To give each document its own warnings, extractions
 * run one at a time in a process and console.warn is redirected while one runs. Serialising costs
 * nothing: pdf.js parses on this same thread, so two documents in one process never overlap anyway.
 */

const PDFJS_PREFIX = /^Warning: /;
/** A broken file can emit one warning per glyph; a user needs the first few. */
const MAX_WARNINGS = 50;

let queue: Promise<unknown> = Promise.resolve();

export async function withPdfWarnings<T>(work: (warnings: string[]) => Promise<T>): Promise<T> {
  const run = queue.then(() => capture(work));
  queue = run.catch(() => undefined);
  return run;
}

async function capture<T>(work: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const seen = new Set<string>();
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === 'string' && PDFJS_PREFIX.test(first)) {
      const text = first.replace(PDFJS_PREFIX, 'pdf.js: ');
      if (!seen.has(text) && warnings.length < MAX_WARNINGS) warnings.push(text);
      seen.add(text);
      return;
    }
    original.apply(console, args);
  };
  try {
    return await work(warnings);
  } finally {
    console.warn = original;
  }
}
