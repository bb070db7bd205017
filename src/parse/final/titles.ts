import type { TableKind } from '../../model/table.js';

/**
 * The nine tables of a 部门决算 (FINAL_ACCOUNTS.md), recognised by their title words. They map onto the
 * budget table kinds that have the same shape, so the shared table rules (hierarchy, row splits,
 * economic classes, 三公 composition) read them unchanged. Most specific first.
 */
const FINAL_TITLES: [RegExp, TableKind][] = [
  [/三公/, 'three-public'],
  [/财政拨款收入支出决算总表|财政拨款收支决算总表/, 'fiscal-summary'],
  [/收入支出决算总表|收支决算总表/, 'summary'],
  [/基本支出决算表/, 'basic-expenditure-economic'],
  [/政府性基金/, 'government-fund-expenditure'],
  [/国有资本经营/, 'state-capital'],
  [/一般公共预算.*支出决算表/, 'general-budget-expenditure'],
  [/^收入决算表$/, 'income'],
  [/^支出决算表$/, 'expenditure'],
];

/** A 决算 table title → its kind; null when the title is not one of the nine. */
export function finalTableKindFromTitle(title: string): TableKind | null {
  // `表一 收入决算表`, `附表2：支出决算表`, `XX局收入决算表`: the kind is in the last words.
  const bare = title.replace(/\s/g, '').replace(/^(附?表[一二三四五六七八九\d]+[:：、.]?)/, '');
  for (const [re, kind] of FINAL_TITLES) if (re.test(bare)) return kind;
  if (/收入决算表$/.test(bare)) return 'income';
  if (/支出决算表$/.test(bare)) return 'expenditure';
  return null;
}

export const isFinalTitle = (title: string): boolean => /决算/.test(title);
