import { main } from '../../src/cli/main.js';
import type { FilingFigures } from '../../src/crossfile/figures.js';
import type { Filing } from '../../src/crossfile/group.js';
import type { Finding } from '../../src/model/finding.js';

export const REAL = {
  R03: 'fixtures/realdocs/R03_上海市普陀区万里街道办事处_2023_部门预算.pdf',
  R04: 'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf',
  R06: 'fixtures/realdocs/R06_上海市普陀区人民政府办公室_2025_部门预算.pdf',
  R07: 'fixtures/realdocs/R07_上海市普陀区人民政府办公室_2025_单位预算.pdf',
  R08: 'fixtures/realdocs/R08_上海市普陀区商务委员会_2025_部门预算.pdf',
  R09: 'fixtures/realdocs/R09_上海市普陀区商务委员会_2025_单位预算.pdf',
  R10: 'fixtures/realdocs/R10_上海市普陀区财政局_2025_部门预算.pdf',
  R12: 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf',
} as const;
export type RealId = keyof typeof REAL;

export async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

export interface SavedFile {
  path: string;
  status: string;
  figures?: FilingFigures;
  findings: Finding[];
}

/** The real filings checked once, as `check --format json` saves them. */
export async function checkJson(...ids: RealId[]): Promise<{ files: SavedFile[]; crossFiling?: Record<string, unknown>; summary: Record<string, number> }> {
  const { stdout } = await run('check', '--format', 'json', ...ids.map((id) => REAL[id]));
  return JSON.parse(stdout);
}

export function filingOf(files: SavedFile[], id: RealId, reference = false): Filing {
  const file = files.find((f) => f.path === REAL[id]);
  if (!file?.figures) throw new Error(`no figures for ${id}`);
  return { path: file.path, figures: structuredClone(file.figures), reference };
}

/**
 * A figures-level copy of a filing with one figure changed consistently inside it: every listed
 * cell (table kind, row key, column) must hold `from`, and all of them become `to`. Fails loudly
 * when a cell does not hold the expected value, so a mutation cannot silently miss.
 */
export function changeFigures(filing: Filing, cells: [string, string, string][], from: string[], to: string[]): Filing {
  const copy = structuredClone(filing);
  cells.forEach(([kind, key, column], i) => {
    const row = copy.figures.tables.find((t) => t.kind === kind)?.rows.find((r) => r.key === key);
    const cellsOf = row?.cells as Record<string, string> | undefined;
    if (!cellsOf || cellsOf[column] !== from[i]) throw new Error(`${kind} ${key} ${column} is ${cellsOf?.[column]}, not ${from[i]}`);
    cellsOf[column] = to[i];
  });
  return copy;
}
