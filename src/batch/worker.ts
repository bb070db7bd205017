import { parentPort } from 'node:worker_threads';
import { rules } from '../../rules/index.js';
import { checkFile } from './check-file.js';
import type { RunOptions } from '../engine/run.js';

/** A batch worker: loads the rules (and pdf.js, on the first PDF) once, then checks files one by one. */
export interface WorkerTask {
  index: number;
  path: string;
  options: RunOptions;
}

parentPort?.on('message', async (task: WorkerTask) => {
  const result = await checkFile(task.path, rules, task.options);
  parentPort?.postMessage({ index: task.index, result });
});
