import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

const exec = promisify(execFile);
const BIN = 'bin/budgetlint.js';
/** The environment of a plain pipe: no colour forced or refused by whoever runs the tests. */
const { NO_COLOR: _n, FORCE_COLOR: _f, ...pipeEnv } = process.env;
const ESC = '\u001b';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout } = await exec('node', [BIN, ...args], { env: { ...pipeEnv, ...env }, maxBuffer: 1 << 26 });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('colour', () => {
  it('prints no escape into a pipe, and none with NO_COLOR or --no-color even when colour is forced', async () => {
    const seed = SEEDS['001'];
    const [piped, forced, flagged, refused, noFlag] = await Promise.all([
      cli(['check', seed]),
      cli(['check', seed], { FORCE_COLOR: '1' }),
      cli(['check', '--color', seed]),
      cli(['check', seed], { FORCE_COLOR: '1', NO_COLOR: '1' }),
      cli(['check', '--no-color', seed], { FORCE_COLOR: '1' }),
    ]);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain('✖ 错误');
    expect(piped.stdout).not.toContain(ESC);
    // The check can fail: forced colour does put escapes in.
    expect(forced.stdout).toContain(`${ESC}[`);
    expect(flagged.stdout).toContain(`${ESC}[`);
    expect(refused.stdout).not.toContain(ESC);
    expect(noFlag.stdout).not.toContain(ESC);
  });

  it('puts no escape in any format with NO_COLOR=1', async () => {
    const formats = ['stylish', 'json', 'sarif', 'junit'];
    const outs = await Promise.all(formats.map((format) => cli(['check', '--format', format, SEEDS['002'], 'fixtures/bad-text'], { NO_COLOR: '1', FORCE_COLOR: '1' })));
    for (const out of outs) {
      expect(out.stdout.length).toBeGreaterThan(100);
      expect(out.stdout).not.toContain(ESC);
    }
  });
});

describe('usage errors', () => {
  it('says so when a folder holds no .pdf or .txt, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlint-empty-'));
    writeFileSync(join(dir, 'notes.docx'), 'x');
    const zh = await run('check', dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`${dir} 中没有 .pdf 或 .txt 文件`);
    const en = await run('check', '--lang', 'en', dir);
    expect(en.stderr).toContain(`no .pdf or .txt files in ${dir}`);
  });

  it('rejects an unknown rule in --disable with the nearest id or code, and exits 2', async () => {
    const typo = await run('check', '--disable', 'narative/composition', SEEDS['001']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rule “narative/composition” (did you mean narrative/composition?)');
    const code = await run('check', '--disable', 'BL999', SEEDS['001']);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain('unknown rule “BL999”;');
    // A code in any case is accepted and does disable the rule.
    const off = await run('check', '--format', 'json', '--disable', 'bl022', SEEDS['001']);
    expect(JSON.parse(off.stdout).files[0].findings.some((f: { ruleCode: string }) => f.ruleCode === 'BL022')).toBe(false);
  });

  it('ends quietly when the reader of its output goes away (rules | head)', async () => {
    const child = spawn('node', [BIN, 'rules'], { env: pipeEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read one chunk, then close the pipe as `head -1` does.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
