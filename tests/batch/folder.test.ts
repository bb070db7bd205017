import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../helpers.js';

/** The compiled CLI (npm test builds it first), as a user runs it. */
function cli(args: string[], cwd?: string) {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'budgetlint.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

interface Expected {
  [path: string]: string;
}

/**
 * An auditor's awkward folder: a damaged PDF of the kind that once took runs down sorted first,
 * copies of the seeds nested three levels deep, broken texts and PDFs, UTF-16 and CR-only copies,
 * a FIFO named like a filing, a symlink to itself, a dangling one.
 */
function awkwardFolder(): { root: string; expected: Expected } {
  const root = mkdtempSync(join(tmpdir(), 'bl-folder-'));
  const expected: Expected = {};
  const put = (rel: string, outcome: string, write: (path: string) => void) => {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    write(path);
    expected[path] = outcome;
  };
  // Its table streams are zeroed; its narrative pages read, so it is checked as narrative-only.
  put('000_zeroed-stream_R04.pdf', 'checked', (p) => copyFileSync('fixtures/pdfs/crash/zeroed-stream_R04.pdf', p));
  put('001_right-after-the-damaged-one.txt', 'checked', (p) => copyFileSync(SEEDS['004'], p));
  const seeds = Object.values(SEEDS);
  for (let i = 0; i < 200; i++) {
    const seed = seeds[i % seeds.length];
    put(`province/county-${i % 6}/dept-${String(i).padStart(3, '0')}/budget.txt`, 'checked', (p) => copyFileSync(seed, p));
  }
  for (const name of readdirSync('fixtures/bad-text')) {
    const code = { 'binary.txt': 'NOT_TEXT', 'empty.txt': 'EMPTY_FILE', 'not-a-budget.txt': 'NOT_A_BUDGET' }[name] ?? 'unknown';
    put(`province/broken/${name}`, code, (p) => copyFileSync(`fixtures/bad-text/${name}`, p));
  }
  const pdfCodes: Record<string, string> = {
    'encrypted_ownerOnly_nocopy.pdf': 'checked',
    'encrypted_userpw_aes256.pdf': 'PASSWORD_REQUIRED',
    'garbage_prefix.pdf': 'checked',
    'html_renamed.pdf': 'NOT_PDF',
    'image_only_scan.pdf': 'NO_TEXT_LAYER',
    'random.pdf': 'NOT_PDF',
    'truncated_20k.pdf': 'CORRUPT_PDF',
    'zero.pdf': 'EMPTY_FILE',
  };
  for (const [name, code] of Object.entries(pdfCodes)) put(`province/broken/pdf/${name}`, code, (p) => copyFileSync(`fixtures/pdfs/bad/${name}`, p));
  put('province/broken/pdf/zeroed-stream_R12.pdf', 'NOT_A_BUDGET', (p) => copyFileSync('fixtures/pdfs/crash/zeroed-stream_R12.pdf', p));
  const seed = readFileSync(SEEDS['003'], 'utf8');
  put('province/encodings/utf16le-bom.txt', 'checked', (p) => writeFileSync(p, Buffer.from('\uFEFF' + seed, 'utf16le')));
  put('province/encodings/utf16be-nobom.txt', 'checked', (p) => writeFileSync(p, Buffer.from(seed, 'utf16le').swap16()));
  put('province/encodings/cr-only.txt', 'checked', (p) => writeFileSync(p, seed.split('\n').join('\r')));
  put('province/links/self.pdf', 'FILE_UNREADABLE', (p) => symlinkSync('self.pdf', p));
  put('province/links/dangling.txt', 'FILE_NOT_FOUND', (p) => symlinkSync('nowhere.txt', p));
  if (hasMkfifo) put('province/pipe.pdf', 'NOT_REGULAR_FILE', (p) => execFileSync('mkfifo', [p]));
  // Not an input: other extensions are not picked up from folders.
  writeFileSync(join(root, 'province', 'notes.docx'), 'x');
  return { root, expected };
}

describe('a folder of hundreds of awkward files', () => {
  it('gives one result per file with the right code, the same with --jobs 1 and --jobs 4', () => {
    const { root, expected } = awkwardFolder();
    const one = cli(['check', '--format', 'json', '--timeout', '300', '--jobs', '1', root]);
    const four = cli(['check', '--format', 'json', '--timeout', '300', '--jobs', '4', root]);
    expect(one.code).toBe(2);
    expect(four.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout);
    const paths: string[] = report.files.map((f: { path: string }) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const outcome = Object.fromEntries(report.files.map((f: { path: string; status: string; error?: { code: string } }) => [f.path, f.error?.code ?? f.status]));
    expect(outcome).toEqual(expected);
    expect(paths[0]).toMatch(/000_zeroed-stream_R04\.pdf$/);
    expect(paths.length).toBeGreaterThan(200);
    expect(one.stderr).not.toMatch(/unhandled|uncaught/i);
  }, 900_000);
});
