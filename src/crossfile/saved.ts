import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { DocumentSummary } from '../batch/check-file.js';
import type { FilingFigures } from './figures.js';
import { FilingFiguresSchema } from './figures.schema.js';

/**
 * One file of a saved run: what crosscheck needs of it. `figures` holds the record's head only
 * (organisation, kind, year — what grouping reads; no tables, no changes): `load()` gives the whole
 * record, read again from where it is saved, so a province's results need not all be in memory.
 */
export interface SavedResult {
  path: string;
  document?: DocumentSummary;
  figures?: FilingFigures;
  load?: () => Promise<FilingFigures>;
  /** Why the record cannot be cross-checked (a failed file, a record without figures). */
  skipped?: string;
}

interface RecordLike {
  path?: unknown;
  status?: unknown;
  document?: DocumentSummary;
  figures?: unknown;
  files?: unknown;
}

/** Where a record's bytes are in an NDJSON file. */
interface Slice {
  offset: number;
  length: number;
}

/**
 * Reads saved results: a `--format json` report (one object with `files`, pretty or on one line) or
 * `--format ndjson` (one object per line; lines without a `path`, such as the summary line, are
 * skipped). Every figures record is validated here; a record from an older version without one is
 * listed as skipped. NDJSON records are then dropped from memory and read again by `load()`.
 */
export async function readSavedResults(path: string): Promise<SavedResult[]> {
  if (await isPrettyJson(path)) {
    let whole: RecordLike;
    try {
      whole = JSON.parse(await readFile(path, 'utf8')) as RecordLike;
    } catch (err) {
      throw new Error(`${path}: not JSON (${err instanceof Error ? err.message : String(err)}; expected a --format json or ndjson output of budgetlint check)`);
    }
    return (Array.isArray(whole.files) ? (whole.files as RecordLike[]) : [whole]).flatMap((r) => savedOf(r));
  }
  const results: SavedResult[] = [];
  let number = 0;
  for await (const { offset, bytes } of linesOf(path)) {
    number++;
    const text = bytes.toString('utf8');
    if (text.trim() === '') continue;
    let record: RecordLike;
    try {
      record = JSON.parse(text) as RecordLike;
    } catch {
      throw new Error(`${path}:${number}: not JSON (expected a --format json or ndjson output of budgetlint check)`);
    }
    if (Array.isArray(record.files)) results.push(...(record.files as RecordLike[]).flatMap((r) => savedOf(r)));
    else results.push(...savedOf(record, { path, slice: { offset, length: bytes.length } }));
  }
  return results;
}

function savedOf(r: RecordLike, source?: { path: string; slice: Slice }): SavedResult[] {
  if (typeof r.path !== 'string') return [];
  if (r.status === 'failed') return [{ path: r.path, skipped: 'failed' }];
  const parsed = FilingFiguresSchema.safeParse(r.figures);
  if (!parsed.success) return [{ path: r.path, document: r.document, skipped: r.figures === undefined ? 'no figures record' : 'figures record not readable' }];
  const figures = parsed.data;
  if (!source) return [{ path: r.path, document: r.document, figures, load: async () => figures }];
  return [{ path: r.path, document: r.document, figures: headOf(figures), load: () => readRecordFigures(source.path, source.slice) }];
}

/** What grouping reads of a record; the tables and stated changes are left to `load()`. */
function headOf(figures: FilingFigures): FilingFigures {
  return { ...figures, tables: [], changes: [] };
}

async function readRecordFigures(path: string, slice: Slice): Promise<FilingFigures> {
  const file = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(slice.length);
    await file.read(bytes, 0, slice.length, slice.offset);
    return FilingFiguresSchema.parse((JSON.parse(bytes.toString('utf8')) as RecordLike).figures);
  } finally {
    await file.close();
  }
}

/** A JSON report as `check --format json` prints it: `{` alone on the first line. */
async function isPrettyJson(path: string): Promise<boolean> {
  for await (const { bytes } of linesOf(path)) return bytes.toString('utf8').trim() === '{';
  return false;
}

/** The file's lines (without `\n`) and the byte offset each starts at. */
async function* linesOf(path: string): AsyncGenerator<{ offset: number; bytes: Buffer }> {
  let carry: Buffer = Buffer.alloc(0);
  let base = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nl = buffer.indexOf(10, start); nl !== -1; nl = buffer.indexOf(10, start)) {
      yield { offset: base + start, bytes: buffer.subarray(start, nl) };
      start = nl + 1;
    }
    base += start;
    carry = Buffer.from(buffer.subarray(start));
  }
  if (carry.length > 0) yield { offset: base, bytes: carry };
}
