import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { ExtractionError } from '../extract/types.js';

/** Larger files are refused unread: no budget filing comes near it, and reading one would only cost memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export interface InputFile {
  data: Buffer;
  /** Hex SHA-256 of the bytes checked: `--resume` and the NDJSON records identify a file by path + this. */
  sha256: string;
}

/**
 * Reads one input file, refusing anything but a regular file *before* opening it: opening a FIFO
 * blocks until a writer appears (forever, in a folder of filings), and a device never ends. The
 * check is repeated on the opened descriptor (opened non-blocking) in case the path changed in between.
 */
export async function readInput(path: string): Promise<InputFile> {
  refuseIrregular(path, await stat(path));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    refuseIrregular(path, info);
    if (info.size > MAX_INPUT_BYTES) {
      throw new ExtractionError('FILE_TOO_LARGE', `${info.size} bytes, over the ${MAX_INPUT_BYTES} byte limit`);
    }
    const data = await handle.readFile();
    return { data, sha256: sha256Of(data) };
  } finally {
    await handle.close();
  }
}

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function refuseIrregular(path: string, info: import('node:fs').Stats): void {
  if (info.isFile()) return;
  if (info.isDirectory()) throw new ExtractionError('FILE_UNREADABLE', 'is a directory');
  const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
  throw new ExtractionError('NOT_REGULAR_FILE', `${kind}: skipped without reading it`);
}
