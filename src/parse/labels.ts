import type { ColumnKey, LineKey } from '../model/table.js';
import { readCsv } from '../refdata/index.js';

/** Strips list numbering (`一、`, `（一）`, `1.`, `①`) and spaces from a row label. */
export function bareLabel(label: string): string {
  return label
    .replace(/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/, '')
    .replace(/\s+/g, '');
}

export const isTotalLabel = (label: string) => /^(合计|总计|部门合计|单位合计|总合计)$/.test(bareLabel(label));

export const isFunctionCode = (text: string) => /^\d{3}(\d{2}){0,2}$/.test(text);

export function functionLevel(code: string): 'class' | 'section' | 'item' {
  return code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
}

/** 类 names → codes, from the 收支总表 class list (201 一般公共服务支出 … 234 抗疫特别国债安排的支出). */
const CLASS_CODES = new Map(readCsv('function_classes_lei_curated.csv').map((r) => [r.name, r.code]));
// Names a class was printed with in other years (e.g. 210 医疗卫生与计划生育支出).
for (const r of readCsv('observed_function_codes.csv')) {
  if (r.level !== '类') continue;
  CLASS_CODES.set(r.name, r.code);
  for (const other of (r.other_names_seen ?? '').split(/[;；|]/).filter(Boolean)) CLASS_CODES.set(other, r.code);
}

export function classCodeOf(label: string): string | undefined {
  return CLASS_CODES.get(bareLabel(label));
}

/**
 * The wording of the funds and income sources, shared by the column headers of the 收入总表 and the
 * lines of the 收支总表 (their keys are the same in both). 财政拨款 comes last: it also appears in
 * `一般公共预算财政拨款`.
 */
export const SOURCE_WORDS: [RegExp, LineKey & ColumnKey][] = [
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/单位资金/, 'unitFunds'],
  [/事业收入/, 'businessIncome'],
  [/经营收入/, 'operatingIncome'],
  [/上级补助/, 'superiorSubsidy'],
  [/附属单位上缴/, 'affiliateRemittance'],
  [/其他收入/, 'otherIncome'],
];

/** Income-side and total lines of the 收支总表 / 财政拨款收支总表, by their wording. */
const INCOME_LINES: [RegExp, LineKey][] = [
  [/^使用非财政拨款结余/, 'nonFiscalBalanceUsed'],
  [/^总计$/, 'incomeGrandTotal'],
  [/^本年收入合计|^收入合计$/, 'currentIncomeTotal'],
  [/^收入总计|^收入合计总计/, 'incomeGrandTotal'],
  [/上年.*结转|上年结余|年初.*结转|结转结余|结转和结余/, 'carryover'],
  ...SOURCE_WORDS,
  [/财政拨款/, 'fiscalAppropriation'],
];

export function incomeLineOf(label: string): LineKey | undefined {
  const bare = bareLabel(label);
  return INCOME_LINES.find(([re]) => re.test(bare))?.[1];
}

export function expenditureLineOf(label: string): LineKey | undefined {
  const bare = bareLabel(label);
  if (/^本年支出合计|^支出合计$/.test(bare)) return 'currentExpenditureTotal';
  if (/^支出总计|^总计$/.test(bare)) return 'expenditureGrandTotal';
  if (/^结余分配$/.test(bare)) return 'balanceDistribution';
  if (/年终结转|结转下年|年末.*结转/.test(bare)) return 'yearEndCarryover';
  if (classCodeOf(bare)) return 'expenditureClass';
  return undefined;
}

export function threePublicLineOf(label: string): LineKey | undefined {
  const bare = bareLabel(label).replace(/[“”"]/g, '');
  if (/^其中/.test(bare)) return undefined; // `其中：教学科研人员因公出国（境）费` is a sub-line
  if (/^其他因公出国|教学科研/.test(bare)) return undefined; // Hebei breaks 因公出国 down further
  if (/因公出国/.test(bare)) return 'abroad';
  if (/公务接待/.test(bare)) return 'reception';
  if (/公务用车购置及运/.test(bare)) return 'vehicle';
  if (/公务用车购置/.test(bare)) return 'vehiclePurchase';
  if (/公务用车运行/.test(bare)) return 'vehicleOperation';
  if (/机关运行经费/.test(bare)) return 'operatingCosts';
  if (/^合计$|三公.*[合小]计|^总计$/.test(bare)) return 'threePublicTotal';
  return undefined;
}

/** Organisation names (units in project and 机关运行经费 tables) end in an organ's word. */
export function isOrganisationName(name: string): boolean {
  const bare = name.replace(/[（(][^）)]*[）)]$/, '');
  if (/经费|资金|费用|项目|补助|工作|建设|服务费|系统|保障金/.test(bare)) return false;
  return /(局|中心|院|站|所|处|办公室|委员会|办事处|馆|队|学校|医院|委|厅|社|园|场|协会|部)$/.test(bare);
}
