import { relative, sep } from 'node:path';

/** `--shard i/n`: this machine's part of a run split over n machines (i from 1 to n). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard expects i/n with 1 ≤ i ≤ n, e.g. 2/8 (got “${value}”)`);
  return { index, count };
}

/** FNV-1a over the UTF-8 bytes: tiny, stable across Node versions and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/**
 * A file belongs to shard i when the hash of its path (relative to the working directory, with `/`)
 * is i − 1 modulo n. The split needs no coordination and no shared list: every machine that sees the
 * same folder computes the same parts, and a file added later does not move any other file.
 */
export function inShard(path: string, shard: Shard, cwd = process.cwd()): boolean {
  return fnv1a(relative(cwd, path).split(sep).join('/')) % shard.count === shard.index - 1;
}
