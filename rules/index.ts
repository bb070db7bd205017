import type { Rule } from '../src/engine/rule.js';
import hierarchySum from './table/hierarchy-sum.js';
import rowSplit from './table/row-split.js';

/** Every rule, in catalogue order. A rule file that is not listed here is caught by tests/rules/catalogue.test.ts. */
export const rules: Rule[] = [hierarchySum, rowSplit] as Rule[];
