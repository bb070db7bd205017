/**
 * Errors that escape the promise chain a file's check awaits. pdf.js 5.4 prefetches page
 * dictionaries (`pageDictCache.put(ref, xref.fetchAsync(ref))`) and, when the cross-reference table
 * is damaged, one of those prefetches rejects after pdf.js has given up that route and repaired the
 * table: nobody awaits it, so Node raises an unhandled rejection — which by default kills the process
 * (every other file's result lost) and, caught naively, lands on whichever file runs next.
 *
 * Here such an error is recorded against the file whose work created it. A process (the CLI, or a
 * batch worker) checks one file at a time, and a file's scope stays open until the event loop has
 * turned twice after its work ended, so rejections V8 reports at the end of that work are still
 * inside it. Anything reported outside a scope is handed to `onOutside` (never to another file).
 */

export interface StrayError {
  kind: 'unhandled-rejection' | 'uncaught-exception';
  message: string;
}

interface Scope {
  path: string;
  strays: StrayError[];
  /** An uncaught exception means some promise of the file's work may never settle: stop waiting. */
  abort: (error: StrayError) => void;
}

let current: Scope | undefined;
let outside: (error: StrayError, lastPath?: string) => void = (error) => process.stderr.write(`budgetlint: ${error.kind}: ${error.message}\n`);
let lastPath: string | undefined;
let installed = false;

function describe(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
}

function record(error: StrayError): void {
  if (current) {
    current.strays.push(error);
    if (error.kind === 'uncaught-exception') current.abort(error);
  } else {
    outside(error, lastPath);
  }
}

/** Installs the process handlers once; `onOutside` receives errors raised between files. */
export function catchStrayErrors(onOutside?: (error: StrayError, lastPath?: string) => void): void {
  if (onOutside) outside = onOutside;
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => record({ kind: 'unhandled-rejection', message: describe(reason) }));
  process.on('uncaughtException', (err) => record({ kind: 'uncaught-exception', message: describe(err) }));
}

export class UncaughtInFile extends Error {
  constructor(readonly stray: StrayError) {
    super(`uncaught error while checking this file: ${stray.message}`);
    this.name = 'UncaughtInFile';
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs one file's work with its stray errors attributed to it. Rejects with `UncaughtInFile` if an
 * exception escapes the work; otherwise settles as the work does, after the strays are collected.
 */
export function inFileScope<T>(path: string, work: () => Promise<T>): Promise<ScopedOutcome<T>> {
  // Files asked for at once in one process (a library caller's Promise.all) take turns: two open
  // scopes could not tell whose error is whose.
  const run = queue.then(() => scoped(path, work));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

interface ScopedOutcome<T> {
  outcome: PromiseSettledResult<T>;
  strays: StrayError[];
}

let queue: Promise<void> = Promise.resolve();

async function scoped<T>(path: string, work: () => Promise<T>): Promise<ScopedOutcome<T>> {
  catchStrayErrors();
  let abort!: (error: StrayError) => void;
  const aborted = new Promise<never>((_, reject) => {
    abort = (error) => reject(new UncaughtInFile(error));
  });
  aborted.catch(() => undefined); // only ever raced; must not itself become a stray rejection
  const scope: Scope = { path, strays: [], abort };
  current = scope;
  try {
    const outcome = await Promise.race([work(), aborted]).then(
      (value): PromiseSettledResult<T> => ({ status: 'fulfilled', value }),
      (reason: unknown): PromiseSettledResult<T> => ({ status: 'rejected', reason }),
    );
    // V8 reports a promise rejected without a handler once the microtask queue drains; two turns
    // of the event loop let every rejection made by this file's work arrive here.
    await turn();
    await turn();
    return { outcome, strays: scope.strays };
  } finally {
    current = undefined;
    lastPath = path;
  }
}
