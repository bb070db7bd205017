import { readCsv } from '../refdata/index.js';

/** 部门预算支出经济分类 class names (301 工资福利支出 …), from the reference lists. */
const CLASS_NAMES = new Set(
  [...readCsv('dept_econ_classification_curated.csv'), ...readCsv('observed_dept_econ_codes.csv')]
    .filter((r) => r.level === '类')
    .map((r) => r.name),
);

/**
 * An economic row is a class (类, 3 digits) or an item (款, 5 digits). Shanxi prints names only:
 * a class row has a class name and no 政府预算经济科目 beside it.
 */
export function economicLevelOf(code: string, name: string, secondaryName?: string): 'economic-class' | 'economic-item' {
  if (/^\d{3}$/.test(code)) return 'economic-class';
  if (/^\d{5}$/.test(code)) return 'economic-item';
  return CLASS_NAMES.has(name) && !secondaryName ? 'economic-class' : 'economic-item';
}
