import { beforeAll, describe, expect, it } from 'vitest';
import { crossFilingRules } from '../../rules/index.js';
import { crossCheck } from '../../src/crossfile/index.js';
import type { Filing } from '../../src/crossfile/group.js';
import type { StatedChange } from '../../src/crossfile/changes.js';
import { REAL, changeFigures, checkJson, filingOf, type SavedFile } from './helpers.js';

let files: SavedFile[];
let report: Awaited<ReturnType<typeof checkJson>>;

beforeAll(async () => {
  report = await checkJson('R03', 'R04', 'R06', 'R07', 'R08', 'R09');
  files = report.files;
}, 180_000);

const cross = (filings: Filing[]) => crossCheck(filings, crossFilingRules, { lang: 'zh' });
const crossErrors = (result: ReturnType<typeof cross>) => [...result.findings.values()].flat().filter((f) => f.severity === 'error');

describe('cross-filing on the fixtures (R03+R04, R06+R07, R08+R09 together)', () => {
  it('pairs the files and says why: R03→R04 by name and year, R07 and R09 as their departments’ own organs, all units present', () => {
    expect(report.crossFiling).toMatchObject({
      yearPairs: [{ prior: REAL.R03, current: REAL.R04, why: '同名部门预算，2023→2024年' }],
      consolidations: [
        { department: REAL.R06, units: [{ path: REAL.R07, why: '单位名称即部门名称（部门本级）' }], complete: true },
        { department: REAL.R08, units: [{ path: REAL.R09, why: '单位名称即部门名称（部门本级）' }], complete: true },
      ],
      unpaired: [],
    });
  });

  it('finds no cross-filing error, after comparing hundreds of figures per department', () => {
    const crossFindings = files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('cross-filing/')));
    expect(crossFindings.filter((f) => f.severity === 'error')).toEqual([]);
    const coverage = (report.crossFiling as { coverage: { ruleCode: string; group: string; compared: number }[] }).coverage;
    const compared = (code: string, path: string) => coverage.find((c) => c.ruleCode === code && c.group === path)?.compared ?? 0;
    for (const department of [REAL.R06, REAL.R08]) {
      expect(compared('BL200', department)).toBeGreaterThan(300);
      expect(compared('BL201', department)).toBeGreaterThan(300);
    }
  });

  it('reads the department’s declared units: 不单列预算 entries need no filing of their own', () => {
    expect(filingOf(files, 'R06').figures.organisation).toMatchObject({
      counts: { 行政单位: 1, 事业单位: 1 },
      units: [
        { name: '上海市普陀区人民政府办公室本部', own: true, separate: true },
        { name: '上海市普陀区交流服务中心', own: false, separate: false },
      ],
    });
    expect(filingOf(files, 'R03').figures.organisation?.units).toHaveLength(6);
  });
});

describe('cross-filing/unit-within-department and department-sum-of-units on figures-level copies', () => {
  // R07 (the unit) with its 公务接待费 raised from 28.50 to 31.50万元 and its 三公 total with it: consistent inside R07.
  const raised = () =>
    changeFigures(
      filingOf(files, 'R07'),
      [
        ['three-public', 'l::reception', 'total'],
        ['three-public', 'total', 'total'],
      ],
      ['28.50', '867.50'],
      ['31.50', '870.50'],
    );

  it('a unit line raised above the department’s is an error in the department, naming the unit’s file and place', () => {
    const result = cross([filingOf(files, 'R06'), raised()]);
    const errors = result.findings.get(REAL.R06)!.filter((f) => f.ruleId === 'cross-filing/unit-within-department');
    expect(errors.map((f) => [f.location.row, f.expected, f.actual, f.severity])).toEqual([
      ['“三公”经费预算数/公务接待费', '28.50', '31.50', 'error'],
      ['“三公”经费预算数/合计', '867.50', '870.50', 'error'],
    ]);
    expect(errors[0].related[0]).toMatchObject({ path: REAL.R07, table: '2025年单位“三公”经费和机关运行经费预算表', page: 20 });
    expect(errors[0].location.page).toBe(20);
    // The same change breaks department = Σ units (R07 is the only unit with a budget of its own).
    expect(result.findings.get(REAL.R06)!.filter((f) => f.ruleId === 'cross-filing/department-sum-of-units' && f.severity === 'error')).toHaveLength(2);
  });

  it('a unit line lowered is not above the department, but the department no longer equals Σ units', () => {
    const lowered = changeFigures(filingOf(files, 'R07'), [['three-public', 'l::reception', 'total'], ['three-public', 'total', 'total']], ['28.50', '867.50'], ['25.50', '864.50']);
    const errors = crossErrors(cross([filingOf(files, 'R06'), lowered]));
    expect(errors.map((f) => f.ruleId)).toEqual(['cross-filing/department-sum-of-units', 'cross-filing/department-sum-of-units']);
    expect(errors.find((f) => f.location.row === '“三公”经费预算数/合计')).toMatchObject({ expected: '864.50', actual: '867.50', difference: '3.00' });
  });

  it('without the unit list complete, only unit ≤ department is checked', () => {
    const department = filingOf(files, 'R06');
    department.figures.organisation!.units[1].separate = true; // as if 交流服务中心 had its own budget, not in the run
    const lowered = changeFigures(filingOf(files, 'R07'), [['three-public', 'l::reception', 'total']], ['28.50'], ['25.50']);
    const result = cross([department, lowered]);
    expect(result.grouping.consolidations[0]).toMatchObject({ complete: false, missing: ['上海市普陀区交流服务中心'] });
    expect(crossErrors(result)).toEqual([]);
  });

  it('with the department as a reference filing, the finding is reported in the unit’s file, naming the department’s', () => {
    const result = cross([filingOf(files, 'R06', true), raised()]);
    expect(result.findings.has(REAL.R06)).toBe(false);
    const moved = result.findings.get(REAL.R07)!.find((f) => f.ruleId === 'cross-filing/unit-within-department' && f.location.row === '“三公”经费预算数/合计')!;
    expect(moved.location).toMatchObject({ table: '2025年单位“三公”经费和机关运行经费预算表', row: '“三公”经费预算数/合计' });
    expect(moved.related[0]).toMatchObject({ path: REAL.R06, table: '2025年部门“三公”经费和机关运行经费预算表' });
  });

  it('another department’s unit is not paired (R09 with R06), and a unit alone says why', () => {
    const result = cross([filingOf(files, 'R06'), filingOf(files, 'R09')]);
    expect(result.grouping.consolidations).toEqual([]);
    expect(result.grouping.unpaired.map((u) => u.filing.path)).toEqual([REAL.R06, REAL.R09]);
    expect(result.grouping.unpaired[1].reason.zh).toContain('未见列明该单位的2025年部门预算');
  });
});

describe('cross-filing/stated-change on figures-level records (R03 → R04)', () => {
  // R04 p6: “一般公共预算拨款支出预算15621.11万元，比2023年预算减少876.75万元”; R03 prints 164,978,640元, R04 156,211,123元.
  const withChange = (delta: string | undefined, direction: 'increase' | 'decrease' | 'unchanged', extra: Partial<StatedChange> = {}) => {
    const r04 = filingOf(files, 'R04');
    r04.figures.changes = [
      {
        subject: 'fiscal.generalBudget',
        subjectText: '一般公共预算拨款支出预算',
        direction,
        ...(delta ? { delta } : {}),
        basis: 'budget',
        comparedYear: 2023,
        page: 6,
        sentence: `一般公共预算拨款支出预算15621.11万元，比2023年预算减少${delta}万元`,
        ...extra,
      },
    ];
    return cross([filingOf(files, 'R03'), r04]);
  };

  it('the stated 876.75 reconciles with last year’s filing (16,497.8640 − 15,621.1123 = 876.7517: rounding residue only)', () => {
    const findings = withChange('876.75', 'decrease').findings.get(REAL.R04) ?? [];
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '-876.7517', '-876.75']]);
  });

  it('a mistyped change (866.75, stated the same everywhere in R04) is an error naming R03’s table and page', () => {
    const [finding] = withChange('866.75', 'decrease').findings.get(REAL.R04)!;
    expect(finding).toMatchObject({ ruleId: 'cross-filing/stated-change', severity: 'error', expected: '-876.7517', actual: '-866.75', location: { page: 6, row: '一般公共预算拨款支出预算' } });
    expect(finding.related[0]).toMatchObject({ path: REAL.R03, table: '2023年部门财政拨款收支预算总表', row: '支出总计' });
    expect(finding.message).toContain('R03_上海市普陀区万里街道办事处_2023_部门预算.pdf');
  });

  it('a rate is checked on last year’s figure as base, and a change against last year’s executed amount is not compared', () => {
    const rate = withChange(undefined, 'decrease', { percent: '5.31' }).findings.get(REAL.R04)!;
    expect(rate.map((f) => [f.severity, f.expected])).toEqual([['info', '-5.3143']]);
    expect(withChange(undefined, 'decrease', { percent: '6.31' }).findings.get(REAL.R04)![0].severity).toBe('error');
    expect(withChange('866.75', 'decrease', { basis: 'executed' }).findings.size).toBe(0);
    expect(withChange('866.75', 'decrease', { comparedYear: 2022 }).findings.size).toBe(0);
  });
});

describe('cross-filing/prior-year-column', () => {
  // R04 with its 三公 table given a 上年预算数 column holding R03's figures (figures level; no fixture prints one).
  const withPriorColumn = (reception: string) => {
    const r04 = filingOf(files, 'R04');
    const three = r04.figures.tables.find((t) => t.kind === 'three-public')!;
    three.columns.priorYear = '上年预算数';
    const lastYear: Record<string, string> = { total: '22.91', 'l::abroad': '0', 'l::reception': reception, 'l::vehicle': '21.56', 'l::vehiclePurchase': '0', 'l::vehicleOperation': '21.56', 'l::operatingCosts': '786.09' };
    for (const row of three.rows) row.cells.priorYear = lastYear[row.key];
    return cross([filingOf(files, 'R03'), r04]);
  };

  // Since the narrative stage feeds BL203, R04's stated changes against R03 add three info residues
  // (−876.75 stated, −876.752 from the filings): this block looks at BL202's findings only.
  const priorColumnFindings = (result: ReturnType<typeof withPriorColumn>) => [...result.findings.values()].flat().filter((f) => f.ruleCode === 'BL202');

  it('is silent when the column holds last year’s filing’s figures, and compares every row', () => {
    const result = withPriorColumn('1.35');
    expect(priorColumnFindings(result)).toEqual([]);
    expect(result.coverage.find((c) => c.ruleCode === 'BL202')?.compared).toBe(7);
  });

  it('finds a row that differs from last year’s filing, naming its table and row there', () => {
    const [finding] = priorColumnFindings(withPriorColumn('1.53'));
    expect(finding).toMatchObject({ ruleId: 'cross-filing/prior-year-column', severity: 'error', expected: '1.35', actual: '1.53', location: { row: '2024年“三公”经费预算数/公务接待费', column: '上年预算数' } });
    expect(finding.related[0]).toMatchObject({ path: REAL.R03, table: '2023年部门“三公”经费和机关运行经费预算表', column: '2023年“三公”经费预算数/合计' });
  });
});
