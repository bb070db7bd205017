import { describe, expect, it } from 'vitest';
import { BudgetDocumentSchema } from '../../src/model/document.schema.js';
import { parseText, seedText } from '../helpers.js';

const SHANXI_KINDS = [
  'summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic',
  'government-fund-income', 'government-fund-expenditure', 'state-capital', 'three-public', 'operating-costs',
  'project-current', 'project-carryover',
];

describe('the four seeds parse into valid budget models', () => {
  it.each([
    ['001', '稷山县医疗保障局', 2024, '部门预算', 'shanxi'],
    ['002', '晋州市医疗保障局', 2026, '部门预算', 'hebei'],
    ['003', '山西省医疗保险管理服务中心', 2026, '单位预算', 'shanxi'],
    ['004', '阳泉市医疗保障局', 2026, '部门预算', 'shanxi'],
  ] as const)('seed %s: %s %i %s (%s)', (seed, department, year, kind, template) => {
    const doc = parseText(seedText(seed));
    expect(BudgetDocumentSchema.parse(doc)).toBeTruthy();
    expect({ department: doc.department, year: doc.year, kind: doc.kind, template: doc.template }).toEqual({ department, year, kind, template });
    expect(doc.narrative.length).toBeGreaterThan(10);
    expect(doc.warnings).toEqual([]);
  });

  it.each(['001', '003', '004'] as const)('seed %s (Shanxi) has all 13 tables, in order', (seed) => {
    const kinds = parseText(seedText(seed)).tables.map((t) => t.kind).filter((k) => k !== 'performance-target' && k !== 'other');
    expect(kinds).toEqual(SHANXI_KINDS);
  });

  it('seed 002 (Hebei, one cell per line) has its nine tables with 序号 columns dropped from the rows', () => {
    const doc = parseText(seedText('002'));
    expect(doc.tables.map((t) => t.kind).slice(0, 9)).toEqual([
      'summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic',
      'government-fund-expenditure', 'state-capital', 'three-public',
    ]);
    const income = doc.tables[1];
    expect(income.columns[0].key).toBe('serial');
    const row = income.rows.find((r) => r.code === '2101202')!;
    expect(row).toMatchObject({ kind: 'function', level: 'item', name: '财政对城乡居民基本医疗保险基金的补助' });
    expect(row.cells.total?.value.toFixed(2)).toBe('6614.74');
    expect(row.cells.total?.position.line).toBeGreaterThan(224);
  });

  it('keeps exact amounts with their printed precision and source line', () => {
    const doc = parseText(seedText('001'));
    const expenditure = doc.tables.find((t) => t.kind === 'expenditure')!;
    const total = expenditure.rows.find((r) => r.kind === 'total')!;
    expect(total.cells.basic).toMatchObject({ raw: '304.88', decimals: 2, position: { line: 163 } });
    expect(total.cells.project?.value.toString()).toBe('2094.33');
    const classes = expenditure.rows.filter((r) => r.level === 'class').map((r) => r.code);
    expect(classes).toEqual(['208', '210', '221']);
  });

  it('types Shanxi economic rows by name: a class, then items with their 政府预算经济科目', () => {
    const economic = parseText(seedText('001')).tables.find((t) => t.kind === 'basic-expenditure-economic')!;
    const kinds = economic.rows.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'economic-class')).toHaveLength(3);
    const basicPay = economic.rows.filter((r) => r.name === '基本工资');
    expect(basicPay.map((r) => r.secondaryName)).toEqual(['工资奖金津补贴', '工资福利支出']);
  });

  it('reads the two sides of the 收支总表', () => {
    const summary = parseText(seedText('004')).tables.find((t) => t.kind === 'summary')!;
    const carryover = summary.rows.find((r) => r.side === 'expenditure' && r.line === 'currentExpenditureTotal')!;
    expect(carryover.cells.carryover?.value.toFixed(2)).toBe('106.52');
    const health = summary.rows.find((r) => r.code === '210')!;
    expect(health).toMatchObject({ side: 'expenditure', line: 'expenditureClass', level: 'class' });
  });

  it('recognises empty tables and keeps their note', () => {
    const doc = parseText(seedText('002'));
    const fund = doc.tables.find((t) => t.kind === 'government-fund-expenditure')!;
    expect(fund).toMatchObject({ empty: true, note: '注：无政府性基金预算财政拨款预算，空表列示。' });
  });

  it('types project tables: department total, units and projects (seed 004)', () => {
    const projects = parseText(seedText('004')).tables.find((t) => t.kind === 'project-current')!;
    expect(projects.rows[0]).toMatchObject({ kind: 'total', name: '阳泉市医疗保障局' });
    expect(projects.rows.filter((r) => r.kind === 'unit').map((r) => r.name)).toEqual([
      '阳泉市医疗保障局',
      '阳泉市药械集中招标采购中心(阳泉市医保网络中心)',
      '阳泉市医疗保险中心',
      '阳泉市医疗保险中心',
    ]);
    expect(projects.rows.filter((r) => r.kind === 'project')).toHaveLength(13);
  });
});
