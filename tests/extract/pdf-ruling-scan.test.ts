import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inFileScope } from '../../src/batch/stray.js';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { RulingSource } from '../../src/extract/pdf/page.js';

/**
 * The ruling scan (src/extract/pdf/scan/) replaces pdf.js's operator list only if nothing
 * changes: for EVERY PDF under fixtures/ (seed PDFs, real filings, 决算 filings, damaged files),
 * the extraction — blocks, cells, positions, page count, warnings, or the error — is the same
 * with the scan as with the operator list alone, in this same run. This holds whatever the
 * parser and the rules do with it.
 */

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.toLowerCase().endsWith('.pdf') ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * One extraction as the CLI runs it: inside the file's scope, so that what pdf.js rejects without
 * anyone awaiting it (its page-dictionary prefetch on a damaged cross-reference table, see
 * src/batch/stray.ts) is part of the result compared, not an error of the test run.
 */
async function extract(path: string, rulings: 'scan' | 'operator-list') {
  const sources: RulingSource[] = [];
  const { outcome, strays } = await inFileScope(path, () =>
    extractPdf(basename(path), readFileSync(path), { rulings, onPage: (_, s) => sources.push(s) }),
  );
  if (outcome.status === 'fulfilled') return { result: outcome.value as unknown, strays, sources };
  const e = outcome.reason as { code?: string; message?: string };
  return { result: { failed: e.code ?? 'exception', message: e.message }, strays, sources };
}

/** Files the scan must read completely (every page from the scan, none from the operator list). */
const FULLY_SCANNED = /^(pdfs|realdocs|finaldocs)\/[^/]+\.pdf$/;

const files = pdfsUnder(FIXTURES);

describe('ruling scan = operator list, on every fixture PDF', () => {
  it('finds the fixture PDFs', () => {
    expect(files.filter((f) => /^(pdfs|realdocs)\/[^/]+\.pdf$/.test(relative(FIXTURES, f)))).toHaveLength(16);
    expect(files.filter((f) => relative(FIXTURES, f).startsWith('finaldocs/')).length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(FIXTURES, f), f]))('%s', async (name, path) => {
    const reference = await extract(path, 'operator-list');
    const fast = await extract(path, 'scan');
    expect(fast.result).toEqual(reference.result);
    expect(fast.strays).toEqual(reference.strays);
    expect(reference.sources.every((s) => s.source === 'operator-list')).toBe(true);
    if (FULLY_SCANNED.test(name)) {
      // Otherwise the comparison above would prove nothing: the scan must really have been used.
      expect(fast.sources.filter((s) => s.source !== 'scan')).toEqual([]);
      expect(fast.sources.length).toBeGreaterThan(0);
    }
  });
});
