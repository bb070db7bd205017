import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { normaliseName } from '../../src/crossfile/names.js';
import type { Filing } from '../../src/crossfile/group.js';
import { fileName } from '../../src/crossfile/terms.js';

/** The units with a budget of their own, by normalised name, and the declared counts. */
function unitList(filing: Filing): string | undefined {
  const organisation = filing.figures.organisation;
  if (!organisation) return undefined;
  const counts = Object.entries(organisation.counts).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}${n}家`);
  const units = organisation.units.map((u) => `${normaliseName(u.name)}${u.separate ? '' : '（不单列）'}`).sort();
  return `${counts.join('、')}：${units.join('；')}`;
}

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/identity-across-years',
    code: 'BL204',
    tags: ['cross-filing', 'year-over-year'],
    severity: 'warning',
    description: {
      zh: '同一部门相邻两年的名称与所属单位构成一致（不一致时提示核实）',
      en: 'A department’s name and its declared units are the same in consecutive years (a difference is a warning to verify)',
    },
    messages: {
      name: {
        zh: '{year}年文件名称为“{current}”，{priorFile}（{priorYear}年）为“{prior}”',
        en: 'The {year} filing is titled “{current}”, {priorFile} ({priorYear}) “{prior}”',
      },
      units: {
        zh: '所属单位构成与{priorFile}（{priorYear}年）不同：本年“{current}”，上年“{prior}”',
        en: 'The declared units differ from {priorFile} ({priorYear}): this year “{current}”, last year “{prior}”',
      },
    },
  },
  check(ctx) {
    for (const { current, prior } of ctx.grouping.yearPairs) {
      const where = (f: Filing, withPath: boolean) => ({ ...(withPath ? { path: f.path } : {}), table: '封面', row: f.figures.department, page: 1 });
      ctx.compared(current.path);
      const data = { year: current.figures.year, priorYear: prior.figures.year, priorFile: fileName(prior) };
      if (current.figures.department.replace(/\s+/g, '') !== prior.figures.department.replace(/\s+/g, '')) {
        ctx.report({ path: current.path, messageId: 'name', data: { ...data, current: current.figures.department, prior: prior.figures.department }, location: where(current, false), related: [where(prior, true)] });
      }
      const now = unitList(current);
      const before = unitList(prior);
      if (now !== undefined && before !== undefined && now !== before) {
        const place = (f: Filing, withPath: boolean) => ({
          ...(withPath ? { path: f.path } : {}),
          table: '机构设置',
          page: f.figures.organisation?.position.page,
          line: f.figures.organisation?.position.line,
          excerpt: f.figures.organisation?.sentence,
        });
        ctx.report({ path: current.path, messageId: 'units', data: { ...data, current: now, prior: before }, location: place(current, false), related: [place(prior, true)] });
      }
    }
  },
});
