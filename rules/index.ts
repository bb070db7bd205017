import type { Rule } from '../src/engine/rule.js';
import hierarchySum from './table/hierarchy-sum.js';
import rowSplit from './table/row-split.js';
import summaryBalance from './table/summary-balance.js';
import threePublicComposition from './table/three-public-composition.js';
import economicClassSum from './table/economic-class-sum.js';
import projectUnitSum from './table/project-unit-sum.js';
import operatingCostUnits from './table/operating-cost-units.js';
import summaryIncome from './cross-table/summary-income.js';
import summaryExpenditure from './cross-table/summary-expenditure.js';
import incomeExpenditureByCode from './cross-table/income-expenditure-by-code.js';
import generalBudgetByCode from './cross-table/general-budget-by-code.js';
import fiscalSummary from './cross-table/fiscal-summary.js';
import basicExpenditureTotal from './cross-table/basic-expenditure-total.js';
import operatingCosts from './cross-table/operating-costs.js';
import projectTotal from './cross-table/project-total.js';
import vehicleOperation from './cross-table/vehicle-operation.js';
import carryoverProjects from './cross-table/carryover-projects.js';
import basicExpenditureSplit from './cross-table/basic-expenditure-split.js';
import requiredTables from './completeness/required-tables.js';
import emptyTableNote from './completeness/empty-table-note.js';
import emptyContradicted from './completeness/empty-contradicted.js';
import noteContradicted from './completeness/note-contradicted.js';
import codeName from './consistency/code-name.js';
import titleYear from './consistency/title-year.js';
// 部门决算 (final accounts, FINAL_ACCOUNTS.md)
import finalSummaryBalance from './final/summary-balance.js';
import finalFiscalIncome from './final/fiscal-income.js';
import finalFiscalClasses from './final/fiscal-classes.js';
import finalFiscalByCode from './final/fiscal-by-code.js';
import finalSpendingByCode from './final/spending-by-code.js';
import finalBasicExpenditureSplit from './final/basic-expenditure-split.js';
import finalThreePublicBasic from './final/three-public-basic.js';
import finalTitleDepartment from './final/title-department.js';
import finalNarrativeAmount from './final/narrative-amount.js';
import finalNarrativeShare from './final/narrative-share.js';
import finalBudgetCompletion from './final/budget-completion.js';
import finalBudgetDirection from './final/budget-direction.js';
import finalNarrativeChange from './final/narrative-change.js';
import finalNarrativeComposition from './final/narrative-composition.js';
import finalOperatingCosts from './final/operating-costs.js';
import finalFundBalance from './final/fund-balance.js';
// narrative claims (BL100–BL119)
import amountMatchesTable from './narrative/amount-matches-table.js';
import shareOfTotal from './narrative/share-of-total.js';
import changeConsistency from './narrative/change-consistency.js';
import priorYearAgreement from './narrative/prior-year-agreement.js';
import changeBreakdown from './narrative/change-breakdown.js';
import composition from './narrative/composition.js';
import duplicateAmount from './narrative/duplicate-amount.js';
import changeDirection from './narrative/change-direction.js';
import statedUnchanged from './narrative/stated-unchanged.js';
import statedZero from './narrative/stated-zero.js';
import performanceSheets from './narrative/performance-sheets.js';
import performanceSheetAmount from './narrative/performance-sheet-amount.js';
import statementIdentity from './narrative/statement-identity.js';
import fundSplit from './narrative/fund-split.js';
import sharesSum from './narrative/shares-sum.js';
import uncheckedClaim from './narrative/unchecked-claim.js';
// across filings (BL200–): run after all files, over their figures records
import type { CrossFilingRule } from '../src/crossfile/rule.js';
import unitWithinDepartment from './cross-filing/unit-within-department.js';
import departmentSumOfUnits from './cross-filing/department-sum-of-units.js';
import priorYearColumn from './cross-filing/prior-year-column.js';
import statedChange from './cross-filing/stated-change.js';
import identityAcrossYears from './cross-filing/identity-across-years.js';
import finalBudget from './cross-filing/final-budget.js';
// wording (BL300–BL309)
import years from './wording/years.js';
import punctuation from './wording/punctuation.js';
import truncatedClause from './wording/truncated-clause.js';
import templateResidue from './wording/template-residue.js';
import documentKind from './wording/document-kind.js';
import quantityBreakdown from './wording/quantity-breakdown.js';
import classNames from './wording/class-names.js';
import purposeCopied from './wording/purpose-copied.js';

/** Every rule, in catalogue order. tests/rules/catalogue.test.ts checks that every rule file is listed. */
export const rules: Rule[] = [
  hierarchySum,
  rowSplit,
  summaryBalance,
  threePublicComposition,
  economicClassSum,
  projectUnitSum,
  operatingCostUnits,
  summaryIncome,
  summaryExpenditure,
  incomeExpenditureByCode,
  generalBudgetByCode,
  fiscalSummary,
  basicExpenditureTotal,
  operatingCosts,
  projectTotal,
  vehicleOperation,
  carryoverProjects,
  basicExpenditureSplit,
  requiredTables,
  emptyTableNote,
  emptyContradicted,
  noteContradicted,
  codeName,
  titleYear,
  finalSummaryBalance,
  finalFiscalIncome,
  finalFiscalClasses,
  finalFiscalByCode,
  finalSpendingByCode,
  finalBasicExpenditureSplit,
  finalThreePublicBasic,
  finalTitleDepartment,
  finalNarrativeAmount,
  finalNarrativeShare,
  finalBudgetCompletion,
  finalBudgetDirection,
  finalNarrativeChange,
  finalNarrativeComposition,
  finalOperatingCosts,
  finalFundBalance,
  // narrative claims
  amountMatchesTable,
  shareOfTotal,
  changeConsistency,
  priorYearAgreement,
  changeBreakdown,
  composition,
  duplicateAmount,
  changeDirection,
  statedUnchanged,
  statedZero,
  performanceSheets,
  performanceSheetAmount,
  statementIdentity,
  fundSplit,
  sharesSum,
  // last: lists what no rule above examined
  uncheckedClaim,
  // wording
  years,
  punctuation,
  truncatedClause,
  templateResidue,
  documentKind,
  quantityBreakdown,
  classNames,
  purposeCopied,
] as Rule[];

/** Rules over several filings (year over year, department and units), in catalogue order. */
export const crossFilingRules: CrossFilingRule[] = [unitWithinDepartment, departmentSumOfUnits, priorYearColumn, statedChange, identityAcrossYears, finalBudget] as CrossFilingRule[];
