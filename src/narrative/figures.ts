import { Decimal } from 'decimal.js';
import type { Amount } from '../model/amount.js';
import { halfUnit } from '../model/amount.js';
import { normalizeName } from '../model/classification.js';
import { boxOf, type Place } from '../model/finding.js';
import { columnLabel, functionRow, lineRow, scaleToWan, totalRow } from '../model/query.js';
import type { ColumnKey, LineKey, Row, Table, TableKind } from '../model/table.js';

/**
 * A claim subject tied to the tables: the value (in 万元 for money, a plain number for counts),
 * its rounding radius, where an auditor finds it, and how to name it in a message.
 */
export interface SubjectFigure {
  value: Decimal;
  radius: Decimal;
  place: Place;
  text: string;
}

export type Measure = 'money' | 'count';

export type Resolver = (tables: Table[], argument: string | undefined, measure: Measure) => SubjectFigure | undefined;

function place(table: Table, row: Row | undefined, column?: ColumnKey): Place {
  const amount: Amount | undefined = row && column ? row.cells[column] : undefined;
  return {
    table: table.title,
    row: row?.label,
    column: column ? columnLabel(table, column, row?.side) : undefined,
    page: amount?.position.page ?? row?.position.page ?? table.position.page,
    line: amount?.position.line ?? row?.position.line ?? table.position.line,
    ...boxOf(amount?.position),
  };
}

/** One cell in 万元; an empty cell of an existing row is zero (DOMAIN.md), a missing column is unknown. */
function cell(table: Table | undefined, row: Row | undefined, column: ColumnKey): SubjectFigure | undefined {
  if (!table) return undefined;
  // A table published empty (`本表无数据`, `故本表为空表`) states zero for everything it would carry.
  if (table.empty) return { value: new Decimal(0), radius: new Decimal(0), place: { table: table.title, page: table.position.page, line: table.position.line, excerpt: table.note }, text: `${table.title}（空表）` };
  if (!row) return undefined;
  if (!table.columns.some((c) => c.key === column && (row.side === undefined || c.side === undefined || c.side === row.side))) return undefined;
  const amount = row.cells[column];
  const scale = scaleToWan(table);
  const p = place(table, row, column);
  return {
    value: (amount?.value ?? new Decimal(0)).mul(scale),
    radius: halfUnit(amount?.decimals ?? 2).mul(scale),
    place: p,
    text: `${table.title}“${row.name || row.label}”${p.column && p.column !== 'total' ? `（${p.column}）` : ''}`,
  };
}

const sideLine = (table: Table | undefined, line: LineKey, side: 'income' | 'expenditure') => (table ? lineRow(table, line, side) : undefined);
const nonEmpty = (doc: Table[], kind: TableKind) => doc.find((t) => t.kind === kind && !t.empty);

function expenditureGrand(tables: Table[], column: ColumnKey): SubjectFigure | undefined {
  const summary = tables.find((t) => t.kind === 'summary');
  return cell(summary, sideLine(summary, 'expenditureGrandTotal', 'expenditure'), column);
}

function fiscalFund(tables: Table[], fund: ColumnKey): SubjectFigure | undefined {
  const fiscal = tables.find((t) => t.kind === 'fiscal-summary');
  // The fund columns of the expenditure side include last year's carry-over (004: 一般公共预算拨款2,013.86).
  return cell(fiscal, sideLine(fiscal, 'expenditureGrandTotal', 'expenditure'), fund) ?? cell(fiscal, sideLine(fiscal, fund as LineKey, 'income'), 'total');
}

function functionFigure(tables: Table[], kind: TableKind, code: string): SubjectFigure | undefined {
  const table = tables.find((t) => t.kind === kind);
  return cell(table, table ? functionRow(table, code) : undefined, 'total');
}

/** Several figures added up (an item's money across the three fund tables). */
function sum(figures: (SubjectFigure | undefined)[], text: string): SubjectFigure | undefined {
  const found = figures.filter((f): f is SubjectFigure => f !== undefined);
  if (found.length === 0) return undefined;
  return {
    value: found.reduce((a, f) => a.plus(f.value), new Decimal(0)),
    radius: found.reduce((a, f) => a.plus(f.radius), new Decimal(0)),
    place: found[0].place,
    text,
  };
}

function projectRows(table: Table | undefined): Row[] {
  return table?.rows.filter((r) => r.kind === 'project') ?? [];
}

/** A project table's count of projects, or its total (the 合计 / department row, else the sum of projects). */
function projectFigure(table: Table | undefined, measure: Measure): SubjectFigure | undefined {
  if (!table || table.empty) return undefined;
  if (measure === 'count') {
    return { value: new Decimal(projectRows(table).length), radius: new Decimal(0), place: place(table, undefined), text: `${table.title}所列项目数` };
  }
  const total = totalRow(table);
  return total ? cell(table, total, 'total') : sum(projectRows(table).map((r) => cell(table, r, 'total')), `${table.title}项目合计`);
}

/** One project of this year's project table by its name, when the table prints that name once. */
function namedProject(table: Table | undefined, name: string): SubjectFigure | undefined {
  const rows = projectRows(table).filter((r) => normalizeName(r.name ?? r.label) === normalizeName(name));
  return rows.length === 1 ? cell(table, rows[0], 'total') : undefined;
}

const SUMMARY_INCOME: Record<string, LineKey> = {
  total: 'incomeGrandTotal',
  current: 'currentIncomeTotal',
  carryover: 'carryover',
};

const THREE_PUBLIC: Record<string, LineKey> = {
  abroad: 'abroad',
  reception: 'reception',
  vehicle: 'vehicle',
  vehiclePurchase: 'vehiclePurchase',
  vehicleOperation: 'vehicleOperation',
};

function summaryIncome(tables: Table[], leaf: string): SubjectFigure | undefined {
  const summary = tables.find((t) => t.kind === 'summary');
  return cell(summary, sideLine(summary, (SUMMARY_INCOME[leaf] ?? leaf) as LineKey, 'income'), 'total');
}

function threePublic(tables: Table[], leaf: string): SubjectFigure | undefined {
  const table = tables.find((t) => t.kind === 'three-public');
  if (!table) return undefined;
  const row = leaf === 'total' ? table.rows.find((r) => r.kind === 'total' || r.line === 'threePublicTotal') : THREE_PUBLIC[leaf] && lineRow(table, THREE_PUBLIC[leaf]);
  return cell(table, row, 'total');
}

/** Subject domain → how its leaves are found in the tables. Absent leaves cannot be tied to a table. */
export const FIGURES: Record<string, Resolver> = {
  income: (t, leaf) => (leaf ? summaryIncome(t, leaf) : undefined),
  expenditure: (t, leaf) => {
    const summary = t.find((x) => x.kind === 'summary');
    const expenditure = t.find((x) => x.kind === 'expenditure');
    if (leaf === 'total') return expenditureGrand(t, 'total') ?? cell(expenditure, expenditure && totalRow(expenditure), 'total');
    if (leaf === 'current') return expenditureGrand(t, 'currentYear');
    if (leaf === 'carryover') return expenditureGrand(t, 'carryover') ?? summaryIncome(t, 'carryover');
    if (leaf === 'basic' || leaf === 'project') return cell(expenditure, expenditure && totalRow(expenditure), leaf);
    return undefined;
  },
  fiscal: (t, leaf) => {
    const fiscal = t.find((x) => x.kind === 'fiscal-summary');
    if (leaf === 'total') return cell(fiscal, sideLine(fiscal, 'incomeGrandTotal', 'income'), 'total');
    if (leaf === 'current') return cell(fiscal, sideLine(fiscal, 'currentIncomeTotal', 'income'), 'total');
    if (leaf === 'carryover') return cell(fiscal, sideLine(fiscal, 'carryover', 'income'), 'total');
    if (leaf === 'generalBudget' || leaf === 'governmentFund' || leaf === 'stateCapital') return fiscalFund(t, leaf);
    return undefined;
  },
  fiscalExpenditure: (t, leaf) => {
    const fiscal = t.find((x) => x.kind === 'fiscal-summary');
    if (leaf === 'total') return cell(fiscal, sideLine(fiscal, 'expenditureGrandTotal', 'expenditure'), 'total');
    return undefined;
  },
  generalBudget: (t, leaf) => {
    const general = t.find((x) => x.kind === 'general-budget-expenditure');
    const total = general && totalRow(general);
    if (leaf === 'total') return cell(general, total, 'total');
    if (leaf === 'basic' || leaf === 'project') return cell(general, total, leaf);
    return undefined;
  },
  basic: (t, leaf) => {
    const economic = t.find((x) => x.kind === 'basic-expenditure-economic');
    const general = t.find((x) => x.kind === 'general-budget-expenditure');
    if (leaf === 'total') return cell(general, general && totalRow(general), 'basic') ?? cell(economic, economic && totalRow(economic), 'total');
    if (leaf === 'personnel' || leaf === 'publicUse') return cell(economic, economic && totalRow(economic), leaf);
    return undefined;
  },
  threePublic: (t, leaf) => (leaf ? threePublic(t, leaf) : undefined),
  operatingCosts: (t) => {
    const table = t.find((x) => x.kind === 'operating-costs');
    const three = t.find((x) => x.kind === 'three-public');
    const row = table && (totalRow(table) ?? (table.rows.length === 1 ? table.rows[0] : undefined));
    return cell(table, row, 'total') ?? cell(three, three && lineRow(three, 'operatingCosts'), 'total');
  },
  projects: (t, leaf, measure) => {
    if (leaf?.startsWith('name:')) return measure === 'money' ? namedProject(nonEmpty(t, 'project-current'), leaf.slice('name:'.length)) : undefined;
    if (leaf !== 'all') return undefined;
    const general = t.find((x) => x.kind === 'general-budget-expenditure');
    const byTable = projectFigure(nonEmpty(t, 'project-current'), measure);
    // With no project table, this year's project money is the 项目支出 of the general budget table.
    return byTable ?? (measure === 'money' ? cell(general, general && totalRow(general), 'project') : undefined);
  },
  carryoverProjects: (t, leaf, measure) => (leaf === 'all' ? projectFigure(nonEmpty(t, 'project-carryover'), measure) : undefined),
};

const FUND_TABLES: TableKind[] = ['general-budget-expenditure', 'government-fund-expenditure', 'state-capital'];

/** All the fiscal money of one function code: its rows in the three fund tables added up. */
function fiscalCode(tables: Table[], code: string): SubjectFigure | undefined {
  // Only tables that print the row: an empty fund table says nothing about an unknown code.
  const printed = tables.filter((x) => FUND_TABLES.includes(x.kind) && !x.empty);
  return sum(FUND_TABLES.map((k) => functionFigure(printed, k, code)), `财政拨款支出功能分类预算表“${code}”`);
}

function summaryClass(tables: Table[], kind: TableKind, code: string): SubjectFigure | undefined {
  const table = tables.find((x) => x.kind === kind);
  return cell(table, table?.rows.find((r) => r.line === 'expenditureClass' && r.code === code), 'total');
}

/** A function-classification code read from the table the sentence is about (see FUNCTION_SCOPES). */
export function codeFigure(tables: Table[], scope: 'expenditure' | 'fiscal' | 'generalBudget' | 'fiscalExpenditure', code: string): SubjectFigure | undefined {
  switch (scope) {
    case 'generalBudget':
      return functionFigure(tables, 'general-budget-expenditure', code);
    case 'expenditure':
      return (code.length === 3 ? summaryClass(tables, 'summary', code) : undefined) ?? functionFigure(tables, 'expenditure', code);
    case 'fiscal':
      return (code.length === 3 ? summaryClass(tables, 'fiscal-summary', code) : undefined) ?? fiscalCode(tables, code);
    case 'fiscalExpenditure':
      return fiscalCode(tables, code);
  }
}

/** An economic class or item of the basic-expenditure table, by code or (Shanxi prints none) by a name printed once. */
export function economicFigure(tables: Table[], code: string | undefined, name: string | undefined): SubjectFigure | undefined {
  const table = tables.find((x) => x.kind === 'basic-expenditure-economic');
  if (!table) return undefined;
  const rows = table.rows.filter((r) => (r.kind === 'economic-class' || r.kind === 'economic-item') && (code ? r.code === code : normalizeName(r.name ?? '') === normalizeName(name ?? '')));
  // Shanxi prints an item twice (`基本工资 / 工资奖金津补贴`, `基本工资 / 工资福利支出`): not one row, not checkable.
  return rows.length === 1 ? cell(table, rows[0], 'total') : undefined;
}
