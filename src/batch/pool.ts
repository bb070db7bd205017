import { Worker } from 'node:worker_threads';
import type { Rule } from '../engine/rule.js';
import type { RunOptions } from '../engine/run.js';
import { checkFile, type FileResult } from './check-file.js';
import type { WorkerTask } from './worker.js';

export interface BatchOptions extends RunOptions {
  /** Files checked at once; 1 checks in this process. */
  jobs: number;
  /** Seconds a file may take before it is given up (workers only). */
  timeoutSeconds?: number;
  /** Called as each file finishes, in completion order (progress). */
  onResult?: (result: FileResult, done: number, total: number) => void;
}

/**
 * Checks every file and returns one result per file, in input order. A file that crashes or hangs
 * its worker gets a `failed` result and a fresh worker takes the next file: nothing is lost.
 */
export async function checkFiles(files: string[], rules: Rule[], options: BatchOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    options.onResult?.(result, ++done, files.length);
  };
  const { jobs, timeoutSeconds, onResult: _progress, ...runOptions } = options;
  if (jobs <= 1 || files.length <= 1) {
    for (const [index, path] of files.entries()) finish(index, await checkFile(path, rules, runOptions));
    return results;
  }
  let next = 0;
  const lanes = Array.from({ length: Math.min(jobs, files.length) }, async () => {
    let worker = startWorker();
    while (next < files.length) {
      const index = next++;
      const outcome = await runInWorker(worker, { index, path: files[index], options: runOptions }, timeoutSeconds);
      if (outcome.kind === 'result') {
        finish(index, outcome.result);
        continue;
      }
      await worker.terminate();
      finish(index, { path: files[index], status: 'failed', findings: [], error: outcome.error });
      worker = startWorker();
    }
    await worker.terminate();
  });
  await Promise.all(lanes);
  return results;
}

function startWorker(): Worker {
  return new Worker(new URL('./worker.js', import.meta.url));
}

type Outcome = { kind: 'result'; result: FileResult } | { kind: 'failure'; error: { code: string; message: string } };

function runInWorker(worker: Worker, task: WorkerTask, timeoutSeconds?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = timeoutSeconds
      ? setTimeout(() => settle({ kind: 'failure', error: { code: 'TIMEOUT', message: `not finished after ${timeoutSeconds} s` } }), timeoutSeconds * 1000)
      : undefined;
    const onMessage = (message: { index: number; result: FileResult }) => {
      if (message.index === task.index) settle({ kind: 'result', result: message.result });
    };
    const onError = (err: Error) => settle({ kind: 'failure', error: { code: 'WORKER_CRASHED', message: `the checker crashed on this file: ${err.message}` } });
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
