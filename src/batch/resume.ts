import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { FileRecord } from '../report/ndjson.js';

/**
 * `--resume` with an NDJSON output file: the lines of the previous run that still hold (same path,
 * same content hash) are kept and their files skipped; everything else is checked again. A run
 * killed mid-write leaves at most one torn last line, which is dropped; a previous summary line is
 * dropped too (a new one is written at the end).
 */
export interface ResumeState {
  /** Records kept, in the order they were written; their files are not checked again. */
  kept: FileRecord[];
  /** Lines of the old file that were not kept (torn, superseded, other paths, summaries). */
  dropped: number;
}

/** The last record of each path, in file order; lines that do not parse (a torn end) are dropped. */
export function readRecords(outputFile: string): { records: FileRecord[]; lines: number } {
  if (!existsSync(outputFile)) return { records: [], lines: 0 };
  const lines = readFileSync(outputFile, 'utf8').split('\n');
  const byPath = new Map<string, FileRecord>();
  let count = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    count++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (isFileRecord(record)) {
      byPath.delete(record.path); // re-insert: the last record of a path takes the later place
      byPath.set(record.path, record);
    }
  }
  return { records: [...byPath.values()], lines: count };
}

function isFileRecord(value: unknown): value is FileRecord {
  const v = value as Partial<FileRecord> | null;
  return typeof v === 'object' && v !== null && v.type === 'file' && typeof v.path === 'string' && (v.status === 'checked' || v.status === 'failed');
}

/** SHA-256 of a regular file's content, streamed; undefined for anything that is not one. */
export async function hashFile(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return undefined;
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** Which records of a previous run still hold for these inputs. */
export async function resumeFrom(outputFile: string, inputs: string[]): Promise<ResumeState> {
  const { records, lines } = readRecords(outputFile);
  const wanted = new Set(inputs);
  const kept: FileRecord[] = [];
  for (const record of records) {
    if (!wanted.has(record.path) || !record.sha256) continue;
    if ((await hashFile(record.path)) === record.sha256) kept.push(record);
  }
  return { kept, dropped: lines - kept.length };
}
