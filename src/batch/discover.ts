import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

const INPUT_EXTENSIONS = new Set(['.pdf', '.txt']);

/** A file to check, or a place that could not be searched (its failure is reported like a file's). */
export interface BatchInput {
  path: string;
  failure?: { code: string; message: string };
}

export interface DiscoverOptions {
  /** Patterns of paths to leave out (`drafts/**`, `*.bak.pdf`): with a `/` they match the path
   *  relative to their `base` folder, without one the file name, as in .gitignore. */
  ignore?: { patterns: string[]; base: string }[];
  cwd?: string;
  /** Lines read from stdin, for the `-` argument. */
  readStdin?: () => Promise<string>;
}

/**
 * Turns the command line's inputs into the files of the run, in a stable order: files as given,
 * folders searched recursively (names sorted by code unit, so the order is the same in every
 * locale), quoted globs expanded by us, `-` as a list of paths on stdin. A path given explicitly is
 * kept even when it does not exist or has another extension — it gets a failure result, not
 * silence. Non-regular files (a FIFO named *.pdf) are listed too: reading them is refused later, with a code.
 * Symbolic links to folders are not followed (a link cycle cannot make a run endless).
 */
export async function discoverFiles(inputs: string[], options: DiscoverOptions = {}): Promise<BatchInput[]> {
  const cwd = options.cwd ?? process.cwd();
  const matchers = (options.ignore ?? []).filter((g) => g.patterns.length > 0).map((g) => ({ base: g.base, matches: ignoreMatcher(g.patterns) }));
  const ignored = (path: string) => matchers.some((m) => m.matches(relative(m.base, resolve(cwd, path)).split(sep).join('/')));
  const found: BatchInput[] = [];
  const seen = new Set<string>();
  const add = (input: BatchInput) => {
    if (seen.has(input.path) || ignored(input.path)) return;
    seen.add(input.path);
    found.push(input);
  };
  for (const input of await expandStdin(inputs, options.readStdin)) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) await walk(input, add);
    else if (!info && isDynamicPattern(input)) {
      for (const path of (await glob(input, { cwd, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })).sort(byCodeUnit)) add({ path });
    } else add({ path: input });
  }
  return found;
}

async function expandStdin(inputs: string[], readStdin?: () => Promise<string>): Promise<string[]> {
  if (!inputs.includes('-')) return inputs;
  const listed = readStdin ? (await readStdin()).split(/\r?\n|\0/).filter((line) => line.trim() !== '') : [];
  return inputs.flatMap((input) => (input === '-' ? listed : [input]));
}

function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const byPath = picomatch(patterns.filter((p) => p.includes('/')), { dot: true });
  const byName = picomatch(patterns.filter((p) => !p.includes('/')), { dot: true, basename: true });
  return (path) => byPath(path) || byName(path);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Depth first in name order, as a recursive walk would go, but with an explicit stack: a deep
 * province costs no call stack. One folder is listed at a time.
 */
async function walk(root: string, add: (input: BatchInput) => void): Promise<void> {
  const stack: { dir: string; names: { name: string; isDir: boolean }[]; next: number }[] = [];
  const open = async (dir: string) => {
    try {
      const entries = await readdir(dir, { withFileTypes: true });
      const names = entries.map((e) => ({ name: e.name, isDir: e.isDirectory() })).sort((a, b) => byCodeUnit(a.name, b.name));
      stack.push({ dir, names, next: 0 });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
      add({ path: dir, failure: { code: 'FILE_UNREADABLE', message: `the folder could not be listed (${code})` } });
    }
  };
  await open(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.names.length) {
      stack.pop();
      continue;
    }
    const entry = top.names[top.next++];
    const path = join(top.dir, entry.name);
    if (entry.isDir) await open(path);
    else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) add({ path });
  }
}
