import { beforeAll, describe, expect, it } from 'vitest';
import { crossFilingRules } from '../../rules/index.js';
import { crossCheck, crossCheckByGroup } from '../../src/crossfile/index.js';
import type { Filing } from '../../src/crossfile/group.js';
import { REAL, run, type SavedFile } from './helpers.js';
import { crossFilingJson, crossFilingStylish } from '../../src/report/crossfile.js';
import { stripVTControlCharacters } from 'node:util';

/**
 * 决算 ↔ 预算 of the same year (rules/cross-filing/final-budget.ts, BL205). No fixture holds a matching pair:
 * the two real 决算 are 上海市普陀区规划和自然资源局 and 中共上海市普陀区委社会工作部 (2024); the 2024 budgets are
 * 万里街道办事处 (部门) and 社会福利院 (单位). So: the real files are checked together and must not be paired;
 * then R14's real figures record is paired with a budget record carrying what its 预算数 say (silent) and with
 * one figure changed (one error), and with R04's real record under R14's name (the differences reported).
 */
const R14 = 'fixtures/finaldocs/R14_上海市普陀区规划和自然资源局_2024_部门决算.pdf';
const R15 = 'fixtures/finaldocs/R15_中共上海市普陀区委社会工作部_2024_部门决算.pdf';

let files: SavedFile[];
let crossFiling: { unpaired: { path: string; reason: string }[] };

beforeAll(async () => {
  const { stdout } = await run('check', '--format', 'json', R14, R15, REAL.R04, REAL.R12);
  const report = JSON.parse(stdout);
  files = report.files;
  crossFiling = report.crossFiling;
}, 180_000);

const filing = (path: string): Filing => {
  const file = files.find((f) => f.path === path);
  if (!file?.figures) throw new Error(`no figures for ${path}`);
  return { path, figures: structuredClone(file.figures), reference: false };
};

/** R04's record as the budget of R14's department, with the 三公 lines and 表5 rows set to the given 元/万元 strings. */
function budgetFor(final: Filing, threePublic: Record<string, string>, general: Record<string, string>): Filing {
  const budget = filing(REAL.R04);
  budget.path = 'copies/R14的2024年部门预算.pdf';
  budget.figures.department = final.figures.department;
  const tp = budget.figures.tables.find((t) => t.kind === 'three-public')!;
  for (const row of tp.rows) if (threePublic[row.key] !== undefined) row.cells.total = threePublic[row.key];
  const gb = budget.figures.tables.find((t) => t.kind === 'general-budget-expenditure')!;
  gb.rows = Object.entries(general).map(([key, total]) => ({ key, label: key, cells: { total } }));
  return budget;
}

const findingsOf = (filings: Filing[]) => [...crossCheck(filings, crossFilingRules, { lang: 'zh' }).findings.values()].flat().filter((f) => f.ruleCode === 'BL205');

describe('cross-filing/final-budget (BL205)', () => {
  it('the real 决算 are not paired with another department’s budget, and say why', () => {
    const reasons = Object.fromEntries(crossFiling.unpaired.map((u) => [u.path, u.reason]));
    expect(reasons[R14]).toContain('本次未见该部门2024年部门预算');
    expect(reasons[R15]).toContain('本次未见该部门2024年部门预算');
    expect(files.flatMap((f) => f.findings).filter((f) => f.ruleCode === 'BL205')).toEqual([]);
  });

  it('R14’s record carries its stated 年初预算 (total and the resolved 项)', () => {
    const budgets = filing(R14).figures.budgets ?? [];
    expect(budgets.find((b) => b.subject === 'final.general')).toMatchObject({ basis: 'initial', printed: '10210.34' });
    expect(budgets.find((b) => b.subject === 'final.general.code:2080501')).toMatchObject({ printed: '54.53' });
  });

  const R14_THREE_PUBLIC = { total: '2.85', 'l::abroad': '0', 'l::vehicle': '0', 'l::vehiclePurchase': '0', 'l::vehicleOperation': '0', 'l::reception': '2.85' };
  const R14_GENERAL = { total: '102103400', f2080501: '545300', f2080502: '281100', f2080505: '4524000', f2080506: '2262500', f2101101: '427300', f2101102: '1964000', f2120101: '11154800', f2120201: '31101400', f2200150: '44773300' };

  it('silent when the budget prints what the 决算 gives as its 预算数; one changed figure is one error naming the budget', () => {
    const final = filing(R14);
    expect(findingsOf([final, budgetFor(final, R14_THREE_PUBLIC, R14_GENERAL)])).toEqual([]);
    const changed = findingsOf([final, budgetFor(final, { ...R14_THREE_PUBLIC, total: '3.85', 'l::reception': '3.85' }, R14_GENERAL)]);
    expect(changed.filter((f) => f.severity === 'error').map((f) => f.location.row)).toEqual(['财政拨款“三公”经费/公务接待费', '财政拨款“三公”经费/合计']);
    expect(changed[0].related[0].path).toBe('copies/R14的2024年部门预算.pdf');
    const total = findingsOf([final, budgetFor(final, R14_THREE_PUBLIC, { ...R14_GENERAL, total: '101103400' })]);
    expect(total.map((f) => [f.severity, f.messageId])).toEqual([['error', 'stated']]);
    expect(total[0].message).toContain('10210.34');
  });

  it('a 全年预算 is not compared with the published budget (only the 年初预算 is)', () => {
    const final = filing(R14);
    for (const b of final.figures.budgets ?? []) b.basis = 'adjusted';
    expect(findingsOf([final, budgetFor(final, R14_THREE_PUBLIC, { ...R14_GENERAL, total: '1' })])).toEqual([]);
  });

  it('R04’s real budget filed under R14’s name: every 三公 line and 年初预算 that differ are reported, each naming R04', () => {
    const final = filing(R14);
    const budget = filing(REAL.R04);
    budget.figures.department = final.figures.department;
    const findings = findingsOf([final, budget]);
    const threePublic = findings.filter((f) => f.messageId === 'threePublic');
    // R04 prints 47.91 / 0 / 46.56 / 25 / 21.56 / 1.35; R14's 预算数 column 2.85 / 0 / 0 / 0 / 0 / 2.85: 因公出国 agrees.
    expect(threePublic.map((f) => f.location.row).sort()).toEqual(['财政拨款“三公”经费/公务接待费', '财政拨款“三公”经费/公务用车购置及运行维护费/公务用车购置费', '财政拨款“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', '财政拨款“三公”经费/公务用车购置及运行维护费/小计', '财政拨款“三公”经费/合计']);
    expect(findings.find((f) => f.messageId === 'stated' && f.data.subject === '一般公共预算财政拨款支出')?.expected).toBe('15621.1123');
    expect(findings.every((f) => f.severity === 'error' && f.related[0].path === REAL.R04)).toBe(true);
  });

  it('crosscheck group by group (saved records loaded per group) finds the same as the whole run', async () => {
    const final = filing(R14);
    const budget = budgetFor(final, { ...R14_THREE_PUBLIC, total: '3.85', 'l::reception': '3.85' }, R14_GENERAL);
    const lazy = [final, budget].map((f) => ({ ...f, figures: { ...f.figures, tables: [], budgets: [] }, load: async () => f.figures }));
    const byGroup = await crossCheckByGroup(lazy, crossFilingRules, { lang: 'zh' });
    const whole = crossCheck([final, budget], crossFilingRules, { lang: 'zh' });
    expect([...byGroup.findings]).toEqual([...whole.findings]);
    expect([...whole.findings.values()].flat().filter((f) => f.ruleCode === 'BL205')).toHaveLength(2);
  });

  it('the report lists the pair in its cross-filing section and in the JSON, with what was compared', () => {
    const final = filing(R14);
    const budget = budgetFor(final, R14_THREE_PUBLIC, R14_GENERAL);
    const cross = crossCheck([final, budget], crossFilingRules, { lang: 'zh' });
    expect(crossFilingJson(cross, 'zh').finalPairs).toEqual([{ budget: budget.path, final: R14, why: cross.grouping.finalPairs[0].why.zh }]);
    const section = stripVTControlCharacters(crossFilingStylish(cross, 'zh'));
    expect(section).toContain(`决算与预算: ${budget.path} → ${R14}`);
    expect(section).toMatch(/BL205 核对 \d+ 项/);
    expect(section).not.toContain('本次文件之间无可配对者');
  });
});
