import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

/**
 * The one place colour is decided. `--color`/`--no-color` win; otherwise `NO_COLOR` (any
 * non-empty value, see no-color.org) turns colour off, and chalk's own detection (FORCE_COLOR, a
 * TTY stdout, TERM) decides the rest. Chalk 5 does not read NO_COLOR itself.
 */
export function colourFor(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (flag === false) return new Chalk({ level: 0 });
  if (flag === true) return new Chalk({ level: supportsColor ? supportsColor.level : 1 });
  if (env.NO_COLOR) return new Chalk({ level: 0 });
  return new Chalk({ level: supportsColor ? supportsColor.level : 0 });
}

/** Output that never carries escapes (files written with --output-file, tests). */
export const plain: ChalkInstance = new Chalk({ level: 0 });
