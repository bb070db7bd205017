import type { FinalSubjectKey } from '../subjects.js';

/**
 * The 决算 subject registry (FINAL_ACCOUNTS.md, “Narrative sentence forms”): every quantity the 决算
 * 情况说明 talks about, declared once — the words that name it, the total it is a part of (a `其中` list,
 * a share's default whole), the table figure its 决算数 equals, and for the 三公 lines the 预算数 too.
 * Words are tried in order (most specific first); `in` limits a meaning to sentences about one total
 * (`基本支出` is a part of 本年支出合计 in 三、支出决算, a part of nothing certain elsewhere).
 *
 * Another province's 决算 template is new words here (and new table keys in figures.ts), not new code.
 */

/** The total a sentence (or item, or section) is about: it decides what ambiguous words mean. */
export type FinalDomain = 'total' | 'fiscalTotal' | 'income' | 'expenditure' | 'general' | 'basic' | 'threePublic' | 'operatingCosts' | 'procurement';

interface FinalDeclaration {
  key: FinalSubjectKey;
  words: RegExp;
  /** The domain the subject itself opens (a sentence about it is about that total). */
  domain?: FinalDomain;
  in?: FinalDomain[];
  /** The total it is a part of (a `其中` member, the whole of a share stated without one). */
  partOf?: FinalSubjectKey;
  /** Why no 决算 table carries it (its 决算数 is then only compared with other statements). */
  unchecked?: string;
}

const NO_TABLE = '决算表中没有这一数字';
const PROCUREMENT = '政府采购金额不在决算表中，只核对其构成';

export const FINAL_DECLARATIONS: readonly FinalDeclaration[] = [
  { key: 'final.fiscalTotal', words: /财政拨款收入支出总计|财政拨款收支总计/, domain: 'fiscalTotal' },
  { key: 'final.total', words: /收入支出总计|收支总计/, domain: 'total' },
  { key: 'final.income', words: /本年收入合计|本年收入/, domain: 'income' },
  { key: 'final.expenditure', words: /本年支出合计|本年支出/, domain: 'expenditure' },
  { key: 'final.income.generalBudget', words: /一般公共预算财政拨款收入/, partOf: 'final.income' },
  { key: 'final.general.basic', words: /一般公共预算财政拨款基本支出/, domain: 'basic' },
  { key: 'final.general', words: /一般公共预算财政拨款支出|一般公共预算财政拨款(?!收入)/, domain: 'general', partOf: 'final.expenditure' },
  { key: 'final.governmentFund', words: /政府性基金预算财政拨款/ },
  { key: 'final.stateCapital', words: /国有资本经营预算财政拨款/ },
  { key: 'final.income.fiscal', words: /财政拨款收入/, partOf: 'final.income' },
  { key: 'final.income.superiorSubsidy', words: /上级补助收入/, partOf: 'final.income' },
  { key: 'final.income.business', words: /事业收入/, partOf: 'final.income' },
  { key: 'final.income.operating', words: /经营收入/, partOf: 'final.income' },
  { key: 'final.income.affiliate', words: /附属单位上缴收入/, partOf: 'final.income' },
  { key: 'final.income.other', words: /其他收入/, partOf: 'final.income' },
  { key: 'final.basic.personnel', words: /人员经费/, in: ['basic'], partOf: 'final.general.basic' },
  { key: 'final.basic.publicUse', words: /公用经费/, in: ['basic'], partOf: 'final.general.basic' },
  { key: 'final.expenditure.basic', words: /基本支出/, in: ['expenditure'], partOf: 'final.expenditure' },
  { key: 'final.expenditure.project', words: /项目支出/, in: ['expenditure'], partOf: 'final.expenditure' },
  { key: 'final.operatingCosts', words: /机关运行经费/, domain: 'operatingCosts', unchecked: NO_TABLE },
  // 三公: `公务用车购置及运行维护费` names the 小计, so it comes before its two parts.
  { key: 'final.threePublic.foreignReception', words: /外宾接待/, unchecked: NO_TABLE },
  { key: 'final.threePublic.vehicle', words: /公务用?车.{0,2}购置及运/, partOf: 'final.threePublic.total' },
  { key: 'final.threePublic.vehiclePurchase', words: /公务用?车.{0,2}购置/, partOf: 'final.threePublic.vehicle' },
  { key: 'final.threePublic.vehicleOperation', words: /公务用?车.{0,2}运[行维]/, partOf: 'final.threePublic.vehicle' },
  { key: 'final.threePublic.abroad', words: /因公出国/, partOf: 'final.threePublic.total' },
  { key: 'final.threePublic.reception', words: /公务接待/, partOf: 'final.threePublic.total' },
  { key: 'final.threePublic.total', words: /三公/, domain: 'threePublic' },
  { key: 'final.procurement.reserved', words: /中小企业|小微企业|预留/, unchecked: PROCUREMENT },
  { key: 'final.procurement.goods', words: /货物/, in: ['procurement'], partOf: 'final.procurement.total', unchecked: PROCUREMENT },
  { key: 'final.procurement.works', words: /工程/, in: ['procurement'], partOf: 'final.procurement.total', unchecked: PROCUREMENT },
  { key: 'final.procurement.services', words: /服务/, in: ['procurement'], partOf: 'final.procurement.total', unchecked: PROCUREMENT },
  { key: 'final.procurement.total', words: /政府采购/, domain: 'procurement', unchecked: PROCUREMENT },
];

/** The subject some words name in a sentence about `domain`, if the registry has it. */
export function finalSubjectByWords(words: string, domain: FinalDomain | undefined): FinalSubjectKey | undefined {
  const text = words.replace(/\s/g, '');
  return FINAL_DECLARATIONS.find((d) => d.words.test(text) && (!d.in || (domain !== undefined && d.in.includes(domain))))?.key;
}

const declarationOf = (key: FinalSubjectKey) => FINAL_DECLARATIONS.find((d) => d.key === key);

/** The domain a subject opens: what a following `其中` list or share is about. */
export function domainOfSubject(key: FinalSubjectKey | undefined): FinalDomain | undefined {
  if (!key) return undefined;
  if (key.startsWith('final.general.code:')) return 'general';
  return declarationOf(key)?.domain;
}

/** The total a subject is a part of: a class or 项 of 一般公共预算财政拨款支出, a 三公 line, an income source… */
export function parentOf(key: FinalSubjectKey): FinalSubjectKey | undefined {
  const code = /^final\.general\.code:(\d+)$/.exec(key);
  if (code) return code[1].length === 3 ? 'final.general' : `final.general.code:${code[1].slice(0, code[1].length - 2)}`;
  return declarationOf(key)?.partOf;
}

/** `part` is (directly or further down) a part of `whole`. */
export function isPartOf(part: FinalSubjectKey, whole: FinalSubjectKey): boolean {
  for (let p = parentOf(part); p; p = parentOf(p)) if (p === whole) return true;
  return false;
}

export const finalUncheckedReason = (key: FinalSubjectKey) => declarationOf(key)?.unchecked;
