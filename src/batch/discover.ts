import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const INPUT_EXTENSIONS = new Set(['.pdf', '.txt']);

/**
 * Expands directories into the budget files under them (.pdf, .txt), sorted, so a batch run always
 * processes and reports files in the same order. Paths given explicitly are kept even when they
 * do not exist or have another extension: they get a failure result, not silence.
 */
export async function discoverFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return [...new Set(files)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
