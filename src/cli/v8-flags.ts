import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a check run, applied by bin/budgetlint.js before anything else is loaded (the
 * worker threads share them: V8 flags are per process).
 *
 * A check spends much of its CPU in V8's optimizing compiler, not in running code: pdf.js and the
 * extractor are large, and a run over a few dozen files never gets past warming up. Measured over
 * the 16 PDFs of the benchmark (one process, `--jobs 1`), the four background compiler threads
 * used 2.5–3.5 s of CPU next to ~5 s in the check worker itself. Two settings make that compiler
 * cheaper without making the warm code slower (docs/notes/issue-11.md, "Session 5"):
 *
 * - `--no-turbo-inlining`: an optimized function no longer has its callees compiled into it.
 *   Each optimization is much smaller; on a run of 64 files the steady state costs the same CPU.
 * - `--interrupt-budget` ×4 (V8 11's default is 67584 bytecode units): a function must run four
 *   times longer before it is optimized, so code that is only lukewarm is never optimized.
 *
 * Only compiler heuristics, read afresh for every optimization — never the heap or the garbage
 * collector, which V8 sets up once and which must not change under a running isolate. The output
 * cannot depend on them; tests/cli/v8-flags.test.ts checks that V8 still knows both flags and
 * that the inlining one takes effect, and the reports of every fixture are the same either way.
 *
 * `BUDGETLINT_V8_DEFAULTS=1` keeps V8's defaults (for comparisons: `npm run bench` measures both);
 * a flag given on node's own command line wins over ours.
 */
export const V8_FLAGS: readonly string[] = ['--no-turbo-inlining', '--interrupt-budget=270336'];

/** `--no-turbo-inlining` → `turbo-inlining`; `--interrupt-budget=1` → `interrupt-budget` (V8 treats `_` as `-`). */
const flagName = (flag: string) =>
  flag.replace(/^--(no-)?/, '').replace(/=.*$/, '').replaceAll('_', '-');

export function applyV8Flags(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string[] {
  if (env.BUDGETLINT_V8_DEFAULTS === '1') return [];
  const own = new Set(execArgv.filter((a) => a.startsWith('--')).map(flagName));
  const applied = V8_FLAGS.filter((flag) => !own.has(flagName(flag)));
  for (const flag of applied) setFlagsFromString(flag);
  return applied;
}

applyV8Flags();
