import { describe, expect, it } from 'vitest';
import { normaliseName, OrganisationIndex, sameOrganisation } from '../../src/crossfile/names.js';
import { groupFilings, type Filing } from '../../src/crossfile/group.js';
import { FIGURES_VERSION } from '../../src/crossfile/figures.js';

const filing = (path: string, department: string, year: number, kind: '部门预算' | '单位预算' = '部门预算'): Filing => ({
  path,
  reference: false,
  figures: { version: FIGURES_VERSION, department, kind, year, template: 'shanghai', tables: [], changes: [] },
});

describe('department names', () => {
  it('treats the district-qualified, 人民政府 and short forms of one department as one', () => {
    expect(sameOrganisation('上海市普陀区人民政府万里街道办事处', '万里街道办事处')).toBe(true);
    expect(sameOrganisation('上海市普陀区人民政府万里街道办事处', '上海市普陀区万里街道办事处')).toBe(true);
    expect(sameOrganisation('普陀区万里街道办事处', '上海市普陀区万里街道办事处')).toBe(true);
    expect(sameOrganisation('阳泉市医疗保障局（本级）', '阳泉市医疗保障局')).toBe(true);
    expect(normaliseName('上海市普陀区人民政府万里街道办事处（本部）')).toBe('上海市普陀区万里街道办事处');
  });

  it('keeps two places’ departments apart, and does not match on a generic tail', () => {
    expect(sameOrganisation('稷山县医疗保障局', '晋州市医疗保障局')).toBe(false);
    expect(sameOrganisation('上海市普陀区人民政府办公室', '办公室')).toBe(false);
    // The front part must be administrative areas only: 社区 is not one.
    expect(sameOrganisation('上海市普陀区万里街道社区事务受理服务中心', '事务受理服务中心')).toBe(false);
  });

  it('does not pair a filing whose last year is ambiguous, and says why', () => {
    const grouping = groupFilings([filing('a/2025.pdf', '医疗保障局', 2025), filing('b/2024.pdf', '稷山县医疗保障局', 2024), filing('c/2024.pdf', '晋州市医疗保障局', 2024)]);
    expect(grouping.yearPairs).toEqual([]);
    expect(grouping.unpaired.find((u) => u.filing.path === 'a/2025.pdf')?.reason.zh).toContain('无法确定上年文件');
  });

  it('pairs consecutive years by normalised name, and not two years apart', () => {
    const grouping = groupFilings([filing('x/2024.pdf', '上海市普陀区人民政府万里街道办事处', 2024), filing('x/2023.pdf', '上海市普陀区万里街道办事处', 2023), filing('x/2022.pdf', '万里街道办事处', 2021)]);
    expect(grouping.yearPairs.map((p) => [p.prior.path, p.current.path])).toEqual([['x/2023.pdf', 'x/2024.pdf']]);
    expect(grouping.yearPairs[0].why.zh).toContain('名称规范化后相同');
  });
});

describe('the name index', () => {
  const names = [
    '上海市普陀区人民政府万里街道办事处', '上海市普陀区万里街道办事处', '万里街道办事处', '普陀区万里街道办事处', '上海市普陀区万里街道社区事务受理服务中心',
    '事务受理服务中心', '稷山县医疗保障局', '晋州市医疗保障局', '医疗保障局', '阳泉市医疗保障局（本级）', '阳泉市医疗保障局', '上海市普陀区人民政府办公室', '办公室',
  ];
  it('finds exactly the names sameOrganisation pairs, in the order they were added', () => {
    const index = new OrganisationIndex<string>();
    for (const n of names) index.add(n, n);
    for (const n of names) expect(index.find(n)).toEqual(names.filter((m) => sameOrganisation(n, m)));
  });
});
