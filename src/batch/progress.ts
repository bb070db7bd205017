import type { FileResult } from './check-file.js';

export interface Progress {
  tick: (result: FileResult) => void;
  done: () => void;
}

/**
 * Progress on stderr: with `--progress`, one line per finished file (for logs); otherwise a bar
 * redrawn in place, only when stderr is a terminal — never in a pipe, a CI log or a file.
 */
export function progressBar(total: number, lines?: (text: string) => void, stream: NodeJS.WriteStream = process.stderr): Progress {
  let finished = 0;
  let failed = 0;
  if (lines) {
    return {
      tick: (r) => lines(`[${++finished}/${total}] ${r.status === 'failed' ? 'FAILED' : 'ok'} ${r.path}`),
      done: () => undefined,
    };
  }
  if (!stream.isTTY || total === 0) return { tick: () => undefined, done: () => undefined };
  const started = Date.now();
  let drawn = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
    const filled = Math.round((finished / total) * width);
    const rate = finished / Math.max(0.001, (Date.now() - started) / 1000);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${finished}/${total} files, ${failed} failed, ${rate.toFixed(1)} files/s `);
    drawn = Date.now();
  };
  return {
    tick: (r) => {
      finished++;
      if (r.status === 'failed') failed++;
      if (Date.now() - drawn > 100 || finished === total) draw();
    },
    done: () => stream.write('\r\u001b[2K'),
  };
}
