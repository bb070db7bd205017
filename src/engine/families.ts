/** Anything with a rule id and code: a rule of one document, or a rule across filings. */
interface Named {
  meta: { id: string; code: string };
}

/**
 * Rule families, for `budgetlint rules` and `--disable <family>`. A rule's family follows from
 * the folder of its id (`wording/years` → wording); a folder not listed here is its own family.
 */
export const FAMILIES = [
  { name: 'tables', folders: ['table', 'consistency'], zh: '表内勾稽与表格一致性', en: 'identities inside tables, codes and titles' },
  { name: 'cross-table', folders: ['cross-table'], zh: '表间勾稽', en: 'identities across tables' },
  { name: 'completeness', folders: ['completeness'], zh: '完整性', en: 'required tables and empty-table notes' },
  { name: 'narrative-numbers', folders: ['narrative'], zh: '说明中的数字', en: 'numbers stated in the narrative' },
  { name: 'wording', folders: ['wording'], zh: '说明的文字表述', en: 'wording of the narrative (years, punctuation, residue, names)' },
  { name: 'final-accounts', folders: ['final'], zh: '决算表内与表间勾稽', en: 'identities of the 决算 (final accounts) tables' },
  { name: 'cross-filing', folders: ['cross-filing'], zh: '跨文件核对', en: 'checks across filings (year over year, department and units)' },
] as const;

export function ruleFamily(rule: Named): string {
  const folder = rule.meta.id.split('/')[0];
  return FAMILIES.find((f) => (f.folders as readonly string[]).includes(folder))?.name ?? folder;
}

/** Whether `--disable <ref>` (rule id, code or family name) switches the rule off. */
export function isDisabled(rule: Named, refs: readonly string[] | undefined): boolean {
  return refs?.some((ref) => ref === rule.meta.id || ref === rule.meta.code || ref === ruleFamily(rule)) ?? false;
}

/** The rules grouped by family, families in catalogue order (known ones first), rules in their order. */
export function rulesByFamily<R extends Named>(rules: R[]): { family: string; rules: R[] }[] {
  const names = [...FAMILIES.map((f) => f.name as string), ...rules.map(ruleFamily)].filter((n, i, all) => all.indexOf(n) === i);
  return names.map((family) => ({ family, rules: rules.filter((r) => ruleFamily(r) === family) })).filter((g) => g.rules.length > 0);
}
