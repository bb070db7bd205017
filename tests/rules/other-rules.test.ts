import { describe, expect, it } from 'vitest';
import { check, lineOf, mutateLine, seedText } from '../helpers.js';

const SEED_IDS = ['001', '002', '003', '004'] as const;

describe('completeness/required-tables', () => {
  it.each(SEED_IDS)('finds every required table in seed %s', (seed) => {
    expect(check(seedText(seed), 'completeness/required-tables')).toEqual([]);
  });
  it('reports a table whose title is gone', () => {
    const text = seedText('001');
    const changed = mutateLine(text, lineOf(text, ['2024年财政拨款安排“三公”经费支出预算表'], 300), '2024年财政拨款安排“三公”经费支出预算表', '');
    const findings = check(changed, 'completeness/required-tables');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', location: { table: '“三公”经费支出表' } })]);
  });
});

describe('completeness/empty-table-note', () => {
  it.each(SEED_IDS)('is silent on seed %s (every empty table has its note)', (seed) => {
    expect(check(seedText(seed), 'completeness/empty-table-note')).toEqual([]);
  });
  it('reports an empty table without its note', () => {
    const text = seedText('001');
    const line = lineOf(text, ['注：本表无数据'], 316);
    const findings = check(mutateLine(text, line, '注：本表无数据', ''), 'completeness/empty-table-note');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', location: expect.objectContaining({ table: '2024年政府性基金预算收入表（不含上年结转）' }) })]);
  });
});

describe('completeness/empty-contradicted', () => {
  it.each(['002', '003', '004'] as const)('is silent on seed %s', (seed) => {
    expect(check(seedText(seed), 'completeness/empty-contradicted')).toEqual([]);
  });
  it('finds the real error of seed 001: an empty project table next to 2094.33 of project spending', () => {
    const [finding, ...rest] = check(seedText('001'), 'completeness/empty-contradicted');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      actual: '2094.33',
      location: { table: '2024年项目支出预算表（本年预算）', excerpt: '注：本表无数据' },
    });
    expect(finding.related.map((r) => r.table)).toEqual(['2024年预算支出总表', '2024年一般公共预算支出预算表（不含上年结转）']);
  });
});

describe('consistency/code-name', () => {
  it.each(SEED_IDS)('accepts the names printed in seed %s', (seed) => {
    expect(check(seedText(seed), 'consistency/code-name')).toEqual([]);
  });
  it('flags a known code printed with another code’s name', () => {
    const text = seedText('001');
    const changed = mutateLine(text, lineOf(text, ['2101101\t行政单位医疗']), '行政单位医疗', '事业单位医疗');
    expect(check(changed, 'consistency/code-name')).toEqual([
      expect.objectContaining({ severity: 'warning', location: expect.objectContaining({ table: '2024年预算收入总表', row: '2101101 事业单位医疗' }) }),
    ]);
  });
});

describe('consistency/title-year', () => {
  it.each(SEED_IDS)('is silent on seed %s', (seed) => {
    expect(check(seedText(seed), 'consistency/title-year')).toEqual([]);
  });
  it('flags a table titled with another year', () => {
    const text = seedText('001');
    const changed = mutateLine(text, lineOf(text, ['2024年预算收入总表'], 100), '2024年预算收入总表', '2023年预算收入总表');
    expect(check(changed, 'consistency/title-year')).toEqual([
      expect.objectContaining({ expected: '2024', actual: '2023', location: expect.objectContaining({ table: '2023年预算收入总表' }) }),
    ]);
  });
});

describe('completeness/note-contradicted', () => {
  it.each(SEED_IDS)('is silent on seed %s', (seed) => {
    expect(check(seedText(seed), 'completeness/note-contradicted')).toEqual([]);
  });
  it('fires when a table with figures carries an empty-table note', () => {
    const text = seedText('004');
    const line = lineOf(text, ['合计\t1.80\t1.80']);
    const changed = mutateLine(text, line, '合计\t1.80\t1.80', '合计\t1.80\t1.80\n\n注：本表无数据');
    expect(check(changed, 'completeness/note-contradicted')).toEqual([
      expect.objectContaining({
        severity: 'error',
        actual: '1.80',
        location: expect.objectContaining({ table: '2026年财政拨款安排“三公”经费支出预算表', row: '公务用车购置及运行费', excerpt: '注：本表无数据' }),
      }),
    ]);
  });
});
