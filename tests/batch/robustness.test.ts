import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/extract/decode.js';
import { inFileScope } from '../../src/batch/stray.js';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { check, parseText, seedText, SEEDS } from '../helpers.js';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/budgetlint.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('text in other encodings and line endings', () => {
  const seed = seedText('003');
  it.each([
    ['UTF-16LE with BOM', Buffer.from('\uFEFF' + seed, 'utf16le')],
    ['UTF-16LE without BOM', Buffer.from(seed, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.from('\uFEFF' + seed, 'utf16le').swap16()],
    ['UTF-16BE without BOM', Buffer.from(seed, 'utf16le').swap16()],
  ])('reads %s as the same text', (_, data) => {
    expect(decodeText(data)).toBe(seed);
  }, 600_000);

  it('still refuses binary data (zeros on both sides) and odd bytes', () => {
    expect(() => decodeText(readFileSync('fixtures/bad-text/binary.txt'))).toThrow(/binary/);
  }, 600_000);

  it('reads CR-only line endings like LF: the same findings on the same lines', () => {
    const crOnly = seed.split('\n').join('\r');
    expect(check(crOnly)).toEqual(check(seed));
  }, 600_000);
});

describe('pdf.js errors outside the awaited read', () => {
  it('are attributed to the file whose work raised them, not to the next one', async () => {
    const damaged = 'fixtures/pdfs/crash/zeroed-stream_R04.pdf';
    const first = await inFileScope(damaged, () => extractPdf(damaged, readFileSync(damaged)));
    const next = await inFileScope('fixtures/pdfs/rl_001_stsong.pdf', () => extractPdf('x.pdf', readFileSync('fixtures/pdfs/rl_001_stsong.pdf')));
    expect(first.strays.map((s) => s.message)).toEqual(['XRefEntryException: Bad (uncompressed) XRef entry: 54R']);
    expect(next.strays).toEqual([]);
    expect(next.outcome.status).toBe('fulfilled');
  }, 600_000);

  it('a rejection nobody awaits stays with its file even when it is reported after the work ended', async () => {
    const leaky = await inFileScope('leaky', async () => {
      void Promise.reject(new Error('prefetch failed'));
      return 'done';
    });
    const clean = await inFileScope('clean', async () => 'done');
    expect(leaky).toEqual({ outcome: { status: 'fulfilled', value: 'done' }, strays: [{ kind: 'unhandled-rejection', message: 'Error: prefetch failed' }] });
    expect(clean.strays).toEqual([]);
  }, 600_000);

  it('the damaged filings cost no other file its result, serially or in parallel', () => {
    const paths = ['fixtures/pdfs/crash', SEEDS['004']];
    const serial = cli('check', '--format', 'json', '--jobs', '1', ...paths);
    const parallel = cli('check', '--format', 'json', '--jobs', '2', ...paths);
    expect(serial.code).toBe(2);
    expect(parallel.stdout).toBe(serial.stdout);
    const files = JSON.parse(serial.stdout).files;
    // R04's table streams are zeroed but its narrative pages read: it is checked as a
    // narrative-only document (BL020 says no tables were found) and the stray pdf.js error is one
    // of its warnings. R12 keeps too little text to be recognised as a budget.
    expect(files.map((f: { error?: { code: string }; status: string }) => f.error?.code ?? f.status)).toEqual(['checked', 'NOT_A_BUDGET', 'checked']);
    expect(files[0].document.warnings.join('\n')).toContain('XRefEntryException');
    expect(files[0].findings.map((f: { ruleCode: string }) => f.ruleCode)).toContain('BL020');
    expect(files[1].error.message).toContain('XRefEntryException');
  }, 600_000);
});

describe('huge inputs', () => {
  /** 140,000 numeric rows inside a real seed (a spread of more than ~125,000 overflows Node's main stack): once a stack overflow with --jobs 1 only. */
  function hugeText(): string {
    const lines = seedText('004').split('\n');
    const rows = Array.from({ length: 140_000 }, (_, i) => `${2010000 + (i % 9999)}\t项目${i}\t${(i % 997) + 0.25}\t${(i % 89) + 0.5}`);
    return [...lines.slice(0, 200), ...rows, ...lines.slice(200)].join('\n');
  }

  it('parses 140,000 rows on the main thread without running out of stack', () => {
    expect(() => parseText(hugeText())).not.toThrow();
  }, 300_000);

  it('--timeout gives up the huge file alone, with --jobs 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-huge-'));
    writeFileSync(join(dir, 'huge.txt'), hugeText());
    const { stdout } = cli('check', '--format', 'json', '--jobs', '1', '--timeout', '1', join(dir, 'huge.txt'), SEEDS['001']);
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { error?: { code: string }; status: string }) => f.error?.code ?? f.status)).toEqual(['TIMEOUT', 'checked']);
  }, 300_000);
});
