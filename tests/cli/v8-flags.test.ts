import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/refdata/index.js';

/**
 * src/cli/v8-flags.ts sets V8 flags by name at run time. If a Node upgrade renames or drops one,
 * V8 only prints a line and goes on — these tests make that fail loudly instead.
 */
const exec = promisify(execFile);
const FLAGS_MODULE = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'v8-flags.js')).href;

/** A small function called from a hot loop: TurboFan inlines it unless told not to. */
const HOT = `
function add(a, b) { return a + b; }
function hot(n) { let s = 0; for (let i = 0; i < n; i++) s = add(s, i); return s; }
let t = 0; for (let k = 0; k < 3000; k++) t += hot(1000);
console.log(t > 0 ? 'done' : 'wrong');
`;

async function traceInlining(nodeArgs: string[], env: NodeJS.ProcessEnv = {}) {
  const { stdout, stderr } = await exec(process.execPath, [...nodeArgs, '--trace-turbo-inlining', '--import', FLAGS_MODULE, '-e', HOT], {
    env: { ...process.env, BUDGETLINT_V8_DEFAULTS: '', ...env },
    maxBuffer: 1 << 24,
  });
  return { inlined: stdout.split('\n').filter((l) => l.startsWith('Inlining')).length, done: stdout.includes('done'), stderr };
}

describe('V8 flags (src/cli/v8-flags.ts)', () => {
  it('are all known to this V8: setting them prints no error', async () => {
    const { stderr } = await exec(process.execPath, ['--import', FLAGS_MODULE, '-e', 'console.log(1)'], {
      env: { ...process.env, BUDGETLINT_V8_DEFAULTS: '' },
    });
    expect(stderr).toBe('');
  });

  it('switch TurboFan inlining off; V8 defaults inline (the control) and a flag on node’s command line wins', async () => {
    const [ours, defaults, overridden] = await Promise.all([
      traceInlining([]),
      traceInlining([], { BUDGETLINT_V8_DEFAULTS: '1' }),
      traceInlining(['--turbo-inlining']),
    ]);
    for (const run of [ours, defaults, overridden]) {
      expect(run.done).toBe(true);
      expect(run.stderr).toBe('');
    }
    expect(defaults.inlined).toBeGreaterThan(0);
    expect(overridden.inlined).toBeGreaterThan(0);
    expect(ours.inlined).toBe(0);
  });

  it('are applied by the CLI entry point before anything else', async () => {
    const { stdout, stderr } = await exec(process.execPath, [join(PACKAGE_ROOT, 'bin', 'budgetlint.js'), '--version'], {
      env: { ...process.env, BUDGETLINT_V8_DEFAULTS: '' },
    });
    expect(stderr).toBe('');
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bin = await import('node:fs').then((fs) => fs.readFileSync(join(PACKAGE_ROOT, 'bin', 'budgetlint.js'), 'utf8'));
    const imports = [...bin.matchAll(/^import .*$/gm)].map((m) => m[0]);
    expect(imports[0]).toContain('v8-flags.js');
  });
});
