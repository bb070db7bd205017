import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunOptions } from '../engine/run.js';
import { PACKAGE_ROOT } from '../refdata/index.js';
import type { FileResult } from './check-file.js';
import type { BatchInput } from './discover.js';
import type { WorkerMessage, WorkerSetup, WorkerTask } from './worker.js';

export interface BatchOptions extends RunOptions {
  /** Worker threads checking files at once (each checks one file at a time). */
  jobs: number;
  /** Seconds a file may take from the moment its worker starts it; then its worker is stopped. */
  timeoutSeconds?: number;
  /** Called as each file finishes, in completion order (streaming output, progress). */
  onResult?: (result: FileResult, index: number) => void;
  /** Errors a worker saw between files (attributed to no file). */
  onStray?: (message: string) => void;
}

/** Heap per worker: a file that needs more fails alone (OUT_OF_MEMORY) instead of the whole run. */
const WORKER_HEAP_MB = 4096;
/**
 * Measured (README "Parallelism"): one worker keeps ~1.25 cores busy (its thread plus V8's compiler
 * and GC threads; 1.4 before src/cli/v8-flags.ts made the compiler cheaper) and ~0.25 GB.
 */
const CORES_PER_WORKER = 1.25;
const MEMORY_PER_WORKER = 512 * 1024 * 1024;

/** `--jobs` when not given: as many workers as the cores and memory can keep busy. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(Math.floor(availableParallelism() / CORES_PER_WORKER), Math.floor(totalmem() / MEMORY_PER_WORKER)));
}

/**
 * Checks every file in worker threads — also with one job, so a hang can be timed out and every run
 * takes the same path — and returns one result per file, in input order. Workers are reused; a
 * worker that crashes, runs out of memory or overruns the timeout is replaced and the failure is the
 * result of the file it was checking, never of another.
 */
export async function checkFiles(files: BatchInput[], options: BatchOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  const { jobs, timeoutSeconds, onResult, onStray, ...runOptions } = options;
  const setup: WorkerSetup = { preloadPdf: files.some((f) => f.path.toLowerCase().endsWith('.pdf')) };
  let next = 0;
  const lane = async () => {
    let worker: Worker | undefined;
    try {
      while (next < files.length) {
        const index = next++;
        const { path, failure } = files[index];
        if (failure) {
          results[index] = { path, status: 'failed', findings: [], error: failure };
          onResult?.(results[index], index);
          continue;
        }
        worker ??= startWorker(setup, onStray);
        const outcome = await runInWorker(worker, { index, path, options: runOptions }, timeoutSeconds);
        const result: FileResult = outcome.kind === 'result' ? outcome.result : { path, status: 'failed', findings: [], error: outcome.error };
        results[index] = result;
        onResult?.(result, index);
        if (outcome.kind === 'failure' || result.error?.code === 'WORKER_CRASHED') {
          // A worker that crashed, hung or had an uncaught exception is not trusted with another file.
          await worker.terminate();
          worker = undefined;
        }
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, lane));
  return results;
}

/** Compiled module either way: vitest runs src/*.ts in-process, but a worker needs dist/*.js. */
function workerModule(): URL | string {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : join(PACKAGE_ROOT, 'dist', 'src', 'batch', 'worker.js');
}

function startWorker(setup: WorkerSetup, onStray?: (message: string) => void): Worker {
  const worker = new Worker(workerModule(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'stray') onStray?.(`${message.message}${message.lastPath ? ` (after ${message.lastPath} was finished)` : ''}`);
  });
  return worker;
}

type Failure = { code: string; message: string };
type Outcome = { kind: 'result'; result: FileResult } | { kind: 'failure'; error: Failure };

function runInWorker(worker: Worker, task: WorkerTask, timeoutSeconds?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'started' && message.index === task.index && timeoutSeconds) {
        timer = setTimeout(() => settle({ kind: 'failure', error: { code: 'TIMEOUT', message: `not finished after ${timeoutSeconds} s` } }), timeoutSeconds * 1000);
      }
      if (message.type === 'result' && message.index === task.index) settle({ kind: 'result', result: message.result });
    };
    const onError = (err: Error & { code?: string }) =>
      settle({
        kind: 'failure',
        error:
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { code: 'OUT_OF_MEMORY', message: `needed more than the ${WORKER_HEAP_MB} MB a worker may use` }
            : { code: 'WORKER_CRASHED', message: `the checker crashed on this file: ${err.message}` },
      });
    const onExit = (code: number) => settle({ kind: 'failure', error: { code: 'WORKER_CRASHED', message: `the checker exited (code ${code}) on this file` } });
    function settle(outcome: Outcome) {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  });
}
