import type { Block } from '../../extract/types.js';

/** Placeholders of a blank template: `上海市 XX 局`, `XXX 万元`, `占 XX%`, `XX 个`. */
const PLACEHOLDER_AMOUNT_RE = /X{2,}\s*(万元|%|个|辆|人次)/;
const PLACEHOLDER_NAME_RE = /X{2,}\s*(局|部门|单位)/;

/**
 * A blank template (the finance bureau's 样张, X02) is not a filing: its department is a placeholder
 * and its figures are `XXX`. Recognised when the department name is a placeholder, or when at least
 * three lines carry placeholder amounts.
 */
export function isBlankTemplate(blocks: Block[], department: string | undefined): boolean {
  if (department && PLACEHOLDER_NAME_RE.test(department)) return true;
  let placeholders = 0;
  for (const block of blocks) {
    if (block.kind === 'text' && PLACEHOLDER_AMOUNT_RE.test(block.text)) placeholders++;
    if (placeholders >= 3) return true;
  }
  return false;
}
