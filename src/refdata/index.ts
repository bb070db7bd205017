import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this module whether it runs from src/ (vitest) or dist/src/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('budgetlint: package.json not found above ' + import.meta.url);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = packageRoot();

export function readRefdata(name: string): string {
  return readFileSync(join(PACKAGE_ROOT, 'src', 'refdata', name), 'utf8');
}

/** Minimal CSV reader for the reference tables (no quoted commas in them). */
export function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readRefdata(name).trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, values[i] ?? '']));
  });
}
