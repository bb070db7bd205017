import { readFile } from 'node:fs/promises';
import type { DocumentSummary } from '../batch/check-file.js';
import { FilingFiguresSchema, type FilingFigures } from './figures.js';

/** One file of a saved run: what crosscheck needs of it. */
export interface SavedResult {
  path: string;
  document?: DocumentSummary;
  figures?: FilingFigures;
  /** Why the record cannot be cross-checked (a failed file, a record without figures). */
  skipped?: string;
}

interface RecordLike {
  path?: unknown;
  status?: unknown;
  document?: DocumentSummary;
  figures?: unknown;
}

/**
 * Reads saved results: a `--format json` report (one object with `files`) or `--format ndjson`
 * (one object per line; lines without a `path`, such as the summary line, are skipped). The
 * figures record is validated; a record from an older version without one is listed as skipped.
 */
export async function readSavedResults(path: string): Promise<SavedResult[]> {
  const text = await readFile(path, 'utf8');
  let records: RecordLike[];
  try {
    const whole = JSON.parse(text) as { files?: RecordLike[] };
    records = Array.isArray(whole.files) ? whole.files : [whole as RecordLike];
  } catch {
    records = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line) as RecordLike;
        } catch {
          throw new Error(`${path}:${i + 1}: not JSON (expected a --format json or ndjson output of budgetlint check)`);
        }
      });
  }
  return records.flatMap((r): SavedResult[] => {
    if (typeof r.path !== 'string') return [];
    if (r.status === 'failed') return [{ path: r.path, skipped: 'failed' }];
    const figures = FilingFiguresSchema.safeParse(r.figures);
    if (!figures.success) return [{ path: r.path, document: r.document, skipped: r.figures === undefined ? 'no figures record' : 'figures record not readable' }];
    return [{ path: r.path, document: r.document, figures: figures.data }];
  });
}
