/**
 * Department and unit names as filings print them: `上海市普陀区人民政府万里街道办事处`,
 * `上海市普陀区万里街道办事处`, `万里街道办事处`, `XX局（本级）`. Two names are the same organisation
 * when they are equal after normalising, or when one is the other with only administrative areas
 * in front (`上海市` `普陀区`). Nothing looser: two counties' 医疗保障局 are not one department.
 */

const OWN_MARK_RE = /[（(]?(?:本级|本部)[)）]?$/;
// An area's own name never holds 街道/社区/镇/乡 (those are organs or places below a district).
const ADMIN_PREFIX_RE = /^(?:(?:(?!街道|社区|镇|乡)[\u4e00-\u9fff]){1,7}?(?:省|自治区|特别行政区|市|自治州|地区|盟|新区|区|自治县|县|旗))+$/;
/** Below this many characters a name is too generic to be matched by its tail alone. */
const MIN_TAIL = 4;

export function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/人民政府(?=.)/g, '')
    .replace(OWN_MARK_RE, '');
}

/** True when the two printed names name the same organisation. */
export function sameOrganisation(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < MIN_TAIL || !long.endsWith(short)) return false;
  return ADMIN_PREFIX_RE.test(long.slice(0, long.length - short.length));
}

/** `商务委本部`, `…办事处（本部）`, `XX局（本级）`: an entry that stands for the department's own organ. */
export function isOwnMark(name: string): boolean {
  return OWN_MARK_RE.test(name.replace(/\s+/g, ''));
}
