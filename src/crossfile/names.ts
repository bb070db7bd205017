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

/** The names another name may equal to be this organisation: its normalised self and every tail left after leading administrative areas. */
export function nameKeys(name: string): string[] {
  const x = normaliseName(name);
  const keys = x ? [x] : [];
  for (let k = 1; k <= x.length - MIN_TAIL; k++) if (ADMIN_PREFIX_RE.test(x.slice(0, k))) keys.push(x.slice(k));
  return keys;
}

/**
 * Finds the items whose name is the same organisation as a given name without comparing every pair
 * (a province run holds tens of thousands of filings): two names match exactly when one's normalised
 * form is among the other's keys, as `sameOrganisation` decides.
 */
export class OrganisationIndex<T> {
  private readonly items: T[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();

  add(name: string, item: T): void {
    const i = this.items.push(item) - 1;
    for (const key of new Set(nameKeys(name))) this.byKey.set(key, [...(this.byKey.get(key) ?? []), i]);
    const normal = normaliseName(name);
    if (normal) this.byName.set(normal, [...(this.byName.get(normal) ?? []), i]);
  }

  /** Matching items in the order they were added. */
  find(name: string): T[] {
    const found = new Set<number>(this.byKey.get(normaliseName(name)) ?? []);
    for (const key of nameKeys(name)) for (const i of this.byName.get(key) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => this.items[i]);
  }
}
