import type { Table } from '../model/table.js';
import { FIGURES, codeFigure, economicFigure, type Measure, type SubjectFigure } from './figures.js';

/**
 * The subject registry: every quantity the narrative talks about, declared once — its words, its
 * parent in a `其中` breakdown (with the dimension of that breakdown), the table figure it equals,
 * the quantity it is the same as by an identity, and why it may not be checkable. The vocabulary
 * (words → key), the hierarchy (isChildOf) and the lookup (figureOf) are derived from this list.
 *
 * Word meanings may depend on the total the sentence is about (its *domain*): `上年结转` is income
 * in 收入预算, expenditure in 支出预算; `一般公共预算` is a fund of 财政拨款 or an income source.
 */

export type Domain =
  | 'income'
  | 'expenditure'
  | 'fiscal'
  | 'fiscalExpenditure'
  | 'generalBudget'
  | 'basic'
  | 'threePublic'
  | 'operatingCosts'
  | 'procurement'
  | 'projects'
  | 'carryoverProjects'
  | 'units'
  | 'assets'
  | 'economic';

/** The tables a function code can be read from, by the total the sentence is about. */
export const FUNCTION_SCOPES = ['expenditure', 'fiscal', 'generalBudget', 'fiscalExpenditure'] as const;
export type FunctionScope = (typeof FUNCTION_SCOPES)[number];

interface Declaration<K extends string = string> {
  key: K;
  /** The words that name it (most specific declarations first: the first match wins). */
  words?: RegExp;
  /** The words mean this subject only when the sentence is about one of these totals. */
  in?: Domain[];
  /** … or only when it is not about any of these. */
  notIn?: Domain[];
  /** `其中` parents: the totals it is a part of, and the dimension of that breakdown. */
  partOf?: { of: string; dimension: string }[];
  /** Counted things (`二级项目6个`, `车辆7辆`), not money. */
  countable?: boolean;
  /** Why no table of a budget disclosure carries it (assets, counts of units…). */
  unchecked?: string;
  /** A total it can never exceed, also when the two are stated in different sentences of one section. */
  within?: string;
}

const SOURCES = ['generalBudget', 'governmentFund', 'stateCapital', 'specialAccount', 'unitFunds', 'fiscalAppropriation', 'businessIncome', 'operatingIncome', 'otherIncome', 'superiorSubsidy', 'affiliateRemittance'];
const sourceOf = (...totals: string[]) => totals.map((of) => ({ of, dimension: 'source' }));
const ASSETS = '资产数量或金额，本文件的预算表中没有对应数字';
const UNITS = '单位或机构个数，本文件的预算表中没有对应数字';

const VEHICLE_KIND_RE = /(部级领导干部|主要领导干部|领导|机要通信|应急保障|执法执勤|特种专业技术|离退休干部|事业单位业务|一般公务|其他公务|其他)用车/;

const DECLARATIONS = [
  { key: 'threePublic.abroad', words: /因公出国/, partOf: [{ of: 'threePublic.total', dimension: 'threePublic' }] },
  { key: 'threePublic.reception', words: /公务接待/, partOf: [{ of: 'threePublic.total', dimension: 'threePublic' }] },
  // `公务车购置及运行费`, `公务用车购置及运维费`: the words vary, the lines do not.
  { key: 'threePublic.vehicle', words: /公务用?车.{0,2}购置及运/, partOf: [{ of: 'threePublic.total', dimension: 'threePublic' }] },
  { key: 'threePublic.vehiclePurchase', words: /公务用?车.{0,2}购置/, partOf: [{ of: 'threePublic.vehicle', dimension: 'vehicle' }, { of: 'threePublic.total', dimension: 'threePublic' }] },
  { key: 'threePublic.vehicleOperation', words: /公务用?车.{0,2}运[行维]/, partOf: [{ of: 'threePublic.vehicle', dimension: 'vehicle' }, { of: 'threePublic.total', dimension: 'threePublic' }] },
  { key: 'threePublic.total', words: /三公/ },
  { key: 'operatingCosts.total', words: /机关运行经费/ },
  { key: 'procurement.smallMicro', words: /小型和微型|小微企业/, partOf: [{ of: 'procurement.reserved', dimension: 'enterprise' }], unchecked: '政府采购预算表中的数字未读入模型' },
  // The share reserved for small and medium enterprises is a part of the procurement budget.
  { key: 'procurement.reserved', words: /中小企业|预留/, within: 'procurement.total', unchecked: '政府采购预算表中的数字未读入模型' },
  { key: 'procurement.goods', words: /货物/, in: ['procurement'], partOf: [{ of: 'procurement.total', dimension: 'procurement' }], unchecked: '政府采购预算表中的数字未读入模型' },
  { key: 'procurement.works', words: /工程/, in: ['procurement'], partOf: [{ of: 'procurement.total', dimension: 'procurement' }], unchecked: '政府采购预算表中的数字未读入模型' },
  { key: 'procurement.services', words: /服务预算|采购服务/, in: ['procurement'], partOf: [{ of: 'procurement.total', dimension: 'procurement' }], unchecked: '政府采购预算表中的数字未读入模型' },
  { key: 'procurement.total', words: /政府采购/, unchecked: '政府采购预算表中的数字未读入模型' },
  { key: 'projects.group:其他运转类', words: /其他运转类/, partOf: [{ of: 'projects.all', dimension: 'projectGroup' }, { of: 'projects.published', dimension: 'projectGroup' }, { of: 'projects.targets', dimension: 'projectGroup' }] },
  { key: 'projects.group:特定目标类', words: /特定目标类/, partOf: [{ of: 'projects.all', dimension: 'projectGroup' }, { of: 'projects.published', dimension: 'projectGroup' }, { of: 'projects.targets', dimension: 'projectGroup' }] },
  { key: 'projects.group:人员类', words: /人员类项目/, partOf: [{ of: 'projects.all', dimension: 'projectGroup' }, { of: 'projects.published', dimension: 'projectGroup' }, { of: 'projects.targets', dimension: 'projectGroup' }] },
  { key: 'projects.published', words: /公开项目绩效目标|公开.{0,6}绩效目标/, countable: true, unchecked: '本文件未附项目绩效目标表' },
  { key: 'projects.all', words: /纳入绩效目标管理|二级项目/, countable: true },
  { key: 'projects.targets', words: /编报绩效目标的项目/, countable: true, unchecked: '编报绩效目标的项目，其绩效目标表未随本文件公开' },
  { key: 'carryoverProjects.all', words: /上年结转.{0,4}项目/, countable: true },
  // One project by its name (`其中：中介机构服务费418.80万元，财政业务费10.00万元…` under a total of
  // projects): no words of its own, a name is a project only as a member of such a list (read.ts).
  { key: 'projects.name:*', partOf: ['projects.all', 'projects.published', 'projects.targets', 'projects.group:其他运转类', 'projects.group:特定目标类', 'projects.group:人员类'].map((of) => ({ of, dimension: 'project' })) },
  { key: 'units.reporting', words: /编报了?单位整体绩效目标/, countable: true, partOf: [{ of: 'units.all', dimension: 'units' }], unchecked: UNITS },
  { key: 'units.all', words: /预算单位|下属单位/, countable: true, unchecked: UNITS },
  // `部级领导干部用车0辆`: vehicles by kind (the kind is part of the key, see VEHICLE_KIND_RE).
  { key: 'assets.vehicles:kind', words: VEHICLE_KIND_RE, countable: true, partOf: [{ of: 'assets.vehicles', dimension: 'vehicleKind' }, { of: 'assets.vehiclePurchases', dimension: 'vehicleKind' }], unchecked: ASSETS },
  // `单价100万元（含）以上设备（不含车辆）` counts equipment, not vehicles.
  { key: 'assets.equipment', words: /设备/, countable: true, unchecked: ASSETS },
  { key: 'assets.vehiclePurchases', words: /购置车辆/, countable: true, unchecked: ASSETS },
  { key: 'assets.vehicles', words: /车辆/, countable: true, unchecked: ASSETS },
  { key: 'assets.otherFixed', words: /其他固定资产/, unchecked: ASSETS },
  // `本年度拟购置固定资产总额` is this year's purchases, not the stock of `上年末固定资产金额`.
  { key: 'assets.fixedPurchases', words: /购置固定资产/, unchecked: ASSETS },
  { key: 'assets.fixed', words: /固定资产/, unchecked: ASSETS },
  { key: 'fiscal.total', words: /财政拨款收支总/ },
  { key: 'income.fiscalAppropriation', words: /财政拨款收入/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'fiscalExpenditure.total', words: /财政拨款支出/, partOf: [{ of: 'expenditure.total', dimension: 'source' }] },
  { key: 'fiscal.generalBudget', words: /一般公共预算(拨款)?支出预算|一般公共预算拨款支出/, partOf: [{ of: 'fiscalExpenditure.total', dimension: 'fund' }, { of: 'fiscal.total', dimension: 'fund' }] },
  { key: 'fiscal.governmentFund', words: /政府性基金(预算)?拨款支出/, partOf: [{ of: 'fiscalExpenditure.total', dimension: 'fund' }, { of: 'fiscal.total', dimension: 'fund' }] },
  { key: 'fiscal.stateCapital', words: /国有资本经营预算拨款支出/, partOf: [{ of: 'fiscalExpenditure.total', dimension: 'fund' }, { of: 'fiscal.total', dimension: 'fund' }] },
  { key: 'generalBudget.total', words: /一般公共预算当年(支出|拨款)/ },
  { key: 'basic.total', words: /一般公共预算安排的?基本支出/ },
  { key: 'basic.personnel', words: /人员经费/, partOf: ['basic.total', 'expenditure.basic', 'generalBudget.basic'].map((of) => ({ of, dimension: 'basic' })) },
  { key: 'basic.publicUse', words: /公用经费/, partOf: ['basic.total', 'expenditure.basic', 'generalBudget.basic'].map((of) => ({ of, dimension: 'basic' })) },
  { key: 'expenditure.unitFundsBalance', words: /单位资金结余/, partOf: [{ of: 'expenditure.total', dimension: 'kind' }] },
  { key: 'expenditure.total', words: /部门预算资金|部门整体支出/ },
  { key: 'income.specialAccount', words: /财政专户/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.unitFunds', words: /单位资金/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.operatingIncome', words: /经营收入/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.businessIncome', words: /事业收入/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.otherIncome', words: /其他收入/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.superiorSubsidy', words: /上级补助/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'income.affiliateRemittance', words: /附属单位上缴/, partOf: sourceOf('income.total', 'income.current') },
  { key: 'fiscal.generalBudget', words: /一般公共预算/, in: ['fiscal', 'fiscalExpenditure'] },
  { key: 'income.generalBudget', words: /一般公共预算/, partOf: [...sourceOf('income.total', 'income.current'), { of: 'income.fiscalAppropriation', dimension: 'fund' }] },
  { key: 'fiscal.governmentFund', words: /政府性基金|基金预算/, in: ['fiscal', 'fiscalExpenditure'] },
  { key: 'income.governmentFund', words: /政府性基金|基金预算/, partOf: [...sourceOf('income.total', 'income.current'), { of: 'income.fiscalAppropriation', dimension: 'fund' }] },
  { key: 'fiscal.stateCapital', words: /国有资本经营/, in: ['fiscal', 'fiscalExpenditure'] },
  { key: 'income.stateCapital', words: /国有资本经营/, partOf: [...sourceOf('income.total', 'income.current'), { of: 'income.fiscalAppropriation', dimension: 'fund' }] },
  { key: 'fiscal.current', words: /当年拨款收入|当年拨款/, partOf: [{ of: 'fiscal.total', dimension: 'year' }] },
  { key: 'income.current', words: /本年收入/, partOf: [{ of: 'income.total', dimension: 'year' }] },
  { key: 'expenditure.current', words: /(本年|当年)预算安排/, in: ['expenditure'], partOf: [{ of: 'expenditure.total', dimension: 'year' }] },
  { key: 'fiscal.carryover', words: /上年结转/, in: ['fiscal'], partOf: [{ of: 'fiscal.total', dimension: 'year' }] },
  { key: 'expenditure.carryover', words: /上年结转/, in: ['expenditure'], partOf: [{ of: 'expenditure.total', dimension: 'year' }] },
  // 上年结转 is both the other half of 本年收入 and a line among the sources of 收入总计.
  { key: 'income.carryover', words: /上年结转/, partOf: [{ of: 'income.total', dimension: 'year' }, { of: 'income.total', dimension: 'source' }] },
  { key: 'income.total', words: /收入总计|预算收入|收入预算/ },
  { key: 'expenditure.total', words: /支出总计|支出预算|预算支出|收支/ },
  { key: 'generalBudget.basic', words: /基本支出/, in: ['generalBudget'], partOf: [{ of: 'generalBudget.total', dimension: 'kind' }] },
  { key: 'expenditure.basic', words: /基本支出/, partOf: [{ of: 'expenditure.total', dimension: 'kind' }] },
  // `占部门（单位）项目支出总额的100%` in the project-target paragraph: this year's project money (表12).
  { key: 'projects.all', words: /项目支出/, in: ['projects'] },
  { key: 'generalBudget.project', words: /项目支出/, in: ['generalBudget'], partOf: [{ of: 'generalBudget.total', dimension: 'kind' }] },
  { key: 'expenditure.project', words: /项目支出/, partOf: [{ of: 'expenditure.total', dimension: 'kind' }] },
] as const satisfies readonly Declaration[];

type FixedSubject = (typeof DECLARATIONS)[number]['key'];

/** A subject key: a declared one, or a classification code read in the context of a table. */
export type SubjectKey = FixedSubject | `${FunctionScope}.code:${string}` | `economic.code:${string}` | `economic.name:${string}` | `assets.vehicles:${string}` | `projects.name:${string}` | FinalSubjectKey;
/** 决算 subjects, declared in src/narrative/final/subjects.ts (`final.…`). */
export type FinalSubjectKey = `final.${string}`;

const declarations: readonly Declaration[] = DECLARATIONS;

export const domainOf = (subject: SubjectKey | undefined): Domain | undefined => (subject ? (subject.slice(0, subject.indexOf('.')) as Domain) : undefined);

/** The subject the words of a phrase name, read in the context of the sentence's total, or undefined. */
export function subjectByWords(phrase: string, domain: Domain | undefined): SubjectKey | undefined {
  const text = phrase.replace(/\s/g, '');
  for (const d of declarations) {
    if (!d.words?.test(text)) continue;
    if (d.in && !(domain && d.in.includes(domain))) continue;
    if (d.notIn && domain && d.notIn.includes(domain)) continue;
    if (d.key === 'assets.vehicles:kind') return `assets.vehicles:${VEHICLE_KIND_RE.exec(text)![1]}`;
    return d.key as SubjectKey;
  }
  return undefined;
}

/** The declared key of a subject: a vehicle kind, a project by name are each declared once for all. */
const familyOf = (key: SubjectKey) => (key.startsWith('assets.vehicles:') ? 'assets.vehicles:kind' : key.startsWith('projects.name:') ? 'projects.name:*' : key);

/** The declaration of a key. */
const declarationOf = (key: SubjectKey) => declarations.find((d) => d.key === familyOf(key));

/** The sets of projects a project named in a `其中` list can be a member of. */
export const isProjectSet = (key: SubjectKey | undefined) => key !== undefined && dimensionsOf('projects.name:*', key).includes('project');

/** Counted things: projects, units, vehicles and equipment. */
export const isCountable = (key: SubjectKey) => declarationOf(key)?.countable === true || (/^(projects|carryoverProjects)\./.test(key) && !key.startsWith('projects.name:'));

/** The total a subject can never exceed across sentences (`面向中小企业预留…` ≤ `政府采购预算…`), if declared. */
export const withinOf = (key: SubjectKey): SubjectKey | undefined => declarationOf(key)?.within as SubjectKey | undefined;

/** Why the subject cannot be compared with a table of a budget disclosure, when that is known in advance. */
export const uncheckableReason = (key: SubjectKey) => declarationOf(key)?.unchecked;

/** The breakdown dimensions in which `child` is a part of `owner` (none when it is not a part of it). */
export function dimensionsOf(child: SubjectKey, owner: SubjectKey): string[] {
  const family = familyOf(child);
  const declared = declarations.filter((d) => d.key === family).flatMap((d) => d.partOf ?? []);
  const found = declared.filter((p) => p.of === owner).map((p) => p.dimension);
  if (found.length > 0) return found;
  const code = codeDimension(child, owner);
  return code ? [code] : [];
}

function codeDimension(child: SubjectKey, owner: SubjectKey): string | undefined {
  // Classification codes: a class under its table's total, a 款 under its class, a 项 under its 款.
  const code = /^(\w+)\.code:(\d+)$/.exec(child);
  if (!code) return undefined;
  const [, scope, digits] = code;
  const parent = digits.length === 3 ? undefined : digits.slice(0, digits.length - 2);
  if (parent && owner === `${scope}.code:${parent}`) return 'code';
  const totals: Record<string, string[]> = {
    expenditure: ['expenditure.total'],
    generalBudget: ['generalBudget.total'],
    fiscal: ['fiscal.total', 'fiscalExpenditure.total'],
    fiscalExpenditure: ['fiscalExpenditure.total', 'fiscal.total'],
  };
  return totals[scope]?.includes(owner) ? `code${digits.length}` : undefined;
}

export const isChildOf = (child: SubjectKey, owner: SubjectKey) => dimensionsOf(child, owner).length > 0;

/**
 * Subjects that are one quantity by an identity of the tables (收入总计 = 支出总计; 财政拨款收入 =
 * 财政拨款支出 = 财政拨款收支总预算), so statements about them must agree.
 */
export function quantityOf(subject: SubjectKey): SubjectKey {
  if (subject === 'expenditure.total') return 'income.total';
  if (subject === 'fiscalExpenditure.total' || subject === 'income.fiscalAppropriation') return 'fiscal.total';
  return subject;
}

/** The table value a subject stands for, or undefined when no table of the document carries it. */
export function figureOf(tables: Table[], subject: SubjectKey, measure: Measure = 'money'): SubjectFigure | undefined {
  const code = /^(\w+)\.code:(\d+)$/.exec(subject);
  if (code) return code[1] === 'economic' ? economicFigure(tables, code[2], undefined) : codeFigure(tables, code[1] as FunctionScope, code[2]);
  if (subject.startsWith('economic.name:')) return economicFigure(tables, undefined, subject.slice('economic.name:'.length));
  const dot = subject.indexOf('.');
  return FIGURES[subject.slice(0, dot)]?.(tables, subject.slice(dot + 1), measure);
}
