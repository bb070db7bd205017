import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeFileAtomic } from '../../src/cli/output-file.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

describe('--output-file', () => {
  it('writes the same report it would print, leaves stdout empty and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'previous report');
    const printed = await run('check', '--format', 'json', SEEDS['001']);
    const written = await run('check', '--format', 'json', '--output-file', target, SEEDS['001']);
    expect(written.code).toBe(printed.code);
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(printed.stdout);
    expect(readdirSync(dir)).toEqual(['report.json']);
  }, 600_000);

  it('is a usage failure (exit 2) when the folder does not exist, and creates nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const { code, stderr } = await run('check', '--format', 'sarif', '-o', join(dir, 'missing', 'r.sarif'), SEEDS['004']);
    expect(code).toBe(2);
    expect(stderr).toContain('ENOENT');
    expect(readdirSync(dir)).toEqual([]);
  }, 600_000);

  it('replaces a file whole: a failed write keeps the old content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const target = join(dir, 'r.xml');
    writeFileAtomic(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    // A target that is a non-empty folder cannot be replaced by rename: the write fails and the
    // temporary file (written next to the target) is removed.
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    writeFileSync(join(folder, 'keep'), 'k');
    expect(() => writeFileAtomic(folder, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['r.xml', 'taken']);
  }, 600_000);
});
