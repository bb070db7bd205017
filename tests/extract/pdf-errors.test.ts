import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { ExtractionError } from '../../src/extract/types.js';
import { PDF_DIR, tablesOf } from './pdf-helpers.js';

const BAD = join(PDF_DIR, 'bad');

async function failure(file: string): Promise<ExtractionError> {
  const error = await extractPdf(file, readFileSync(join(BAD, file))).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('broken PDFs fail with a specific code', () => {
  it.each([
    ['zero.pdf', 'EMPTY_FILE', /empty/],
    ['html_renamed.pdf', 'NOT_PDF', /HTML/],
    ['random.pdf', 'NOT_PDF', /%PDF-/],
    ['truncated_20k.pdf', 'CORRUPT_PDF', /damaged or truncated/],
    ['encrypted_userpw_aes256.pdf', 'PASSWORD_REQUIRED', /password/],
    ['image_only_scan.pdf', 'NO_TEXT_LAYER', /OCR/],
  ])('%s → %s', async (file, code, message) => {
    const error = await failure(file);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('recognises a renamed Office file', async () => {
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(2000, 1)]);
    const error = await extractPdf('report.pdf', docx).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_PDF' });
    expect((error as Error).message).toMatch(/Office/);
  });

  it('leaves the caller’s buffer intact (pdf.js transfers what it is given)', async () => {
    const data = readFileSync(join(BAD, 'truncated_20k.pdf'));
    const copy = Buffer.from(data);
    await extractPdf('t.pdf', data).catch(() => undefined);
    expect(data.equals(copy)).toBe(true);
  });

  it('is usable again after a failure (each document has its own parser)', async () => {
    await failure('encrypted_userpw_aes256.pdf');
    const doc = await extractPdf('ok.pdf', readFileSync(join(BAD, 'encrypted_ownerOnly_nocopy.pdf')));
    expect(doc.pageCount).toBeGreaterThan(0);
  });
});

describe('recoverable PDFs extract normally', () => {
  it.each(['garbage_prefix.pdf', 'encrypted_ownerOnly_nocopy.pdf'])('%s', async (file) => {
    const doc = await extractPdf(file, readFileSync(join(BAD, file)));
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(31);
    expect(doc.blocks.filter((b) => b.kind === 'text').length).toBeGreaterThan(50);
    expect(tablesOf(doc).length).toBeGreaterThanOrEqual(13);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.text === '2024年预算收支总表')).toBe(true);
  });
});
