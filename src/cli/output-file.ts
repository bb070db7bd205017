import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * `--output-file PATH`: the whole report is written to a temporary file next to PATH, flushed, and
 * renamed over PATH. A reader (a CI step, a dashboard polling the file) sees either the previous
 * file or the complete new one, never half a report; an interrupted run leaves PATH untouched.
 * The temporary file is in the same folder because rename is only atomic within one filesystem.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** Where a formatted report goes: stdout, or atomically into `--output-file`. */
export function reportSink(outputFile: string | undefined, stdout: (text: string) => void): (report: string | Uint8Array) => void {
  // Binary reports (the .xlsx checklist) are only ever written to a file (see main.ts).
  if (!outputFile) return (report) => stdout(typeof report === 'string' ? report : Buffer.from(report).toString('utf8'));
  return (report) => writeFileAtomic(outputFile, typeof report !== 'string' || report.endsWith('\n') ? report : report + '\n');
}
