import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../../rules/index.js';
import { deferCanvas } from '../extract/pdf/pdfjs/deferred-canvas.js';
import { checkFile } from './check-file.js';
import { catchStrayErrors } from './stray.js';
import type { RunOptions } from '../engine/run.js';

/**
 * A batch worker: loads the rules (and pdf.js, when the batch has PDFs) once, then checks the files
 * it is given one at a time, reporting when it starts each (the timeout counts from there, so
 * worker start-up is not charged to a file) and what came of it.
 */
export interface WorkerTask {
  index: number;
  path: string;
  options: RunOptions;
}

export interface WorkerSetup {
  preloadPdf: boolean;
}

export type WorkerMessage =
  | { type: 'started'; index: number }
  | { type: 'result'; index: number; result: import('./check-file.js').FileResult }
  | { type: 'stray'; message: string; lastPath?: string };

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  catchStrayErrors((error, lastPath) => post({ type: 'stray', message: `${error.kind}: ${error.message}`, lastPath }));
  // Before pdf.js loads (here or with the first PDF): it would load the native canvas library, which
  // a check never draws with.
  deferCanvas();
  if ((workerData as WorkerSetup | undefined)?.preloadPdf) await import('../extract/pdf/index.js');
  port.on('message', async (task: WorkerTask) => {
    post({ type: 'started', index: task.index });
    post({ type: 'result', index: task.index, result: await checkFile(task.path, rules, task.options) });
  });
}
