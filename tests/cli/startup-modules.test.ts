import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/refdata/index.js';
import { SEEDS } from '../helpers.js';

/**
 * Start-up: zod and the model's schemas cost ~0.2 s of CPU in each thread that loads them (measured
 * by importing them alone), and a check needs them only to read a config file, a baseline or saved
 * results. The schemas live in `*.schema.ts` modules; everything else imports their types only.
 * This keeps it so: one type import turned into a value import would load them again. Likewise the
 * main thread, which only dispatches files to the workers and prints, does not load the parser.
 */
const exec = promisify(execFile);
const REGISTER = pathToFileURL(join(PACKAGE_ROOT, 'tests', 'helpers', 'module-log', 'register.mjs')).href;
const BIN = join(PACKAGE_ROOT, 'bin', 'budgetlint.js');
const PDF = join(PACKAGE_ROOT, 'fixtures', 'pdfs', 'rl_001_stsong.pdf');
const SEED = join(PACKAGE_ROOT, SEEDS['001']);

/** The modules resolved by a CLI run, and its JSON report (to see that the files were checked). */
async function loadedModules(args: string[], cwd = PACKAGE_ROOT): Promise<{ modules: string[]; checked: number }> {
  const log = join(mkdtempSync(join(tmpdir(), 'bl-modules-')), 'modules.txt');
  writeFileSync(log, '');
  const run = exec(process.execPath, ['--import', REGISTER, BIN, ...args], { cwd, env: { ...process.env, MODULE_LOG: log }, maxBuffer: 1 << 26 });
  const { stdout } = await run.catch((err: { code?: number; stdout?: string }) => {
    if (typeof err.code !== 'number') throw err; // exit 1: findings, not a failure of the run
    return { stdout: err.stdout ?? '' };
  });
  const report = JSON.parse(stdout) as { summary: { checked: number } };
  return { modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), checked: report.summary.checked };
}

const zod = (modules: string[]) => modules.filter((m) => m.includes('/node_modules/zod/'));

describe('modules a check loads', () => {
  it('a check of a text and a PDF (main thread and check worker) loads no zod and no schema module', async () => {
    const { modules, checked } = await loadedModules(['check', '--format', 'json', SEED, PDF], tmpdir());
    expect(checked).toBe(2);
    // The log covers the worker too: pdf.js is only ever loaded there.
    expect(modules.some((m) => m.includes('/pdfjs-dist/legacy/build/pdf.worker.mjs'))).toBe(true);
    expect(zod(modules)).toEqual([]);
    expect(modules.filter((m) => m.endsWith('.schema.js'))).toEqual([]);
  });

  it('the main thread loads neither the parser nor the PDF extraction (the worker threads do)', async () => {
    // `--version` loads exactly the main thread's static module graph, then exits.
    const log = join(mkdtempSync(join(tmpdir(), 'bl-modules-')), 'modules.txt');
    await exec(process.execPath, ['--import', REGISTER, BIN, '--version'], { env: { ...process.env, MODULE_LOG: log } });
    const modules = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(modules.some((m) => m.includes('/dist/rules/'))).toBe(true);
    expect(modules.filter((m) => /\/dist\/src\/(parse|extract\/pdf)\//.test(m) || m.includes('/pdfjs-dist/'))).toEqual([]);
  });

  it('a config file is read with its schema, so zod is loaded then (the check above can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-config-'));
    writeFileSync(join(dir, 'budgetlint.config.json'), JSON.stringify({ rules: { BL001: 'warning' } }));
    const { modules, checked } = await loadedModules(['check', '--format', 'json', SEED], dir);
    expect(checked).toBe(1);
    expect(zod(modules).length).toBeGreaterThan(0);
    expect(modules.some((m) => m.endsWith('/src/cli/config.schema.js'))).toBe(true);
  });
});
