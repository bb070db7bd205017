import { readCsv } from '../refdata/index.js';

export const normalizeName = (name: string): string => name.replace(/[\s“”"]/g, '').replace(/（/g, '(').replace(/）/g, ')');

function index(files: string[]): Map<string, Set<string>> {
  const byCode = new Map<string, Set<string>>();
  for (const file of files) {
    for (const row of readCsv(file)) {
      if (!row.code || !row.name) continue;
      const names = byCode.get(row.code) ?? new Set<string>();
      names.add(normalizeName(row.name));
      for (const other of (row.other_names_seen ?? '').split(/[;；|]/).filter(Boolean)) names.add(normalizeName(other));
      byCode.set(row.code, names);
    }
  }
  return byCode;
}

const FUNCTION_NAMES = index(['observed_function_codes.csv', 'function_classes_lei_curated.csv']);
const ECONOMIC_NAMES = index(['observed_dept_econ_codes.csv', 'dept_econ_classification_curated.csv']);

/** Names a code was printed with in real filings (normalised), or undefined for a code not seen. */
export function knownNames(kind: 'function' | 'economic', code: string): Set<string> | undefined {
  return (kind === 'function' ? FUNCTION_NAMES : ECONOMIC_NAMES).get(code);
}
