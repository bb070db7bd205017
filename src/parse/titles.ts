import type { TableKind } from '../model/table.js';
import { finalTableKindFromTitle, isFinalTitle } from './final/titles.js';

/**
 * Recognises a table from its title. Titles vary by province (部门/单位, 预算/财政拨款, 表N prefix);
 * the order of the tests matters: the more specific keyword first.
 */
export function tableKindFromTitle(title: string): TableKind | null {
  const t = title.replace(/[“”"'‘’]/g, '');
  if (isFinalTitle(t)) return finalTableKindFromTitle(t); // 部门决算 (src/parse/final)
  if (/绩效目标(申报)?表/.test(t)) return /整体/.test(t) ? 'other' : 'performance-target';
  if (/三公/.test(t)) return 'three-public';
  if (/机关运行经费/.test(t) && /表/.test(t)) return 'operating-costs';
  if (/项目支出/.test(t) && /表/.test(t)) return /上年结转[)）]?\s*$|（上年结转）|\(上年结转\)/.test(t) ? 'project-carryover' : 'project-current';
  if (/财政拨款收支/.test(t)) return 'fiscal-summary';
  if (/收支(预算)?总表/.test(t)) return 'summary';
  if (/收入(预算)?总表/.test(t)) return 'income';
  if (/支出(预算)?总表/.test(t)) return 'expenditure';
  if (/基本支出/.test(t)) return 'basic-expenditure-economic';
  if (/政府性基金/.test(t)) return /收入/.test(t) && !/支出/.test(t) ? 'government-fund-income' : 'government-fund-expenditure';
  if (/国有资本经营/.test(t)) return 'state-capital';
  if (/一般公共预算/.test(t) && /支出/.test(t)) return 'general-budget-expenditure';
  return null;
}

/** A text line that is a table title: recognised keywords, short, ending in 表 (+ a qualifier). */
export function isTableTitle(text: string): boolean {
  // Table-of-contents lines have leaders; a budget table title is short, a 绩效目标表 title can
  // carry the whole project name (002: `3、冀财社[2025]128号提前下达…绩效目标表`).
  if (/\.{3,}|…{2,}/.test(text) || text.length > (/绩效目标表/.test(text) ? 160 : 60)) return false;
  if (!/表([(（][^)）]*[)）])?\s*(\(\d{4}\)年度)?$/.test(text)) return false;
  return tableKindFromTitle(text) !== null;
}

export function yearOf(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年?/.exec(text);
  return m ? Number(m[1]) : undefined;
}
