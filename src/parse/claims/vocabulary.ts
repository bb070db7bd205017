import { readCsv } from '../../refdata/index.js';
import { splitSubject } from '../../model/subjects.js';

/**
 * The words the narrative uses for what it talks about, mapped to subject keys
 * (src/model/subjects.ts). Some words depend on the total the sentence is about: `上年结转` is
 * income in 收入预算, expenditure in 支出预算, fiscal money in 财政拨款收支; a class name is a row of
 * 表3, 表4 or 表5 depending on the sentence's total.
 */
type Domain = string | undefined;
type Entry = [RegExp, string | ((domain: Domain) => string | undefined)];

const fund = (leaf: string) => (d: Domain) => (d === 'fiscal' || d === 'fiscalExpenditure' ? `fiscal.${leaf}` : `income.${leaf}`);
const spending = (leaf: string) => (d: Domain) => (d === 'generalBudget' ? `generalBudget.${leaf}` : `expenditure.${leaf}`);
// `占部门（单位）项目支出总额的100%` in the project-target paragraph: this year's project money (表12),
// not 表3's 项目支出, which also carries last year's projects (004: 1177.48 = 1070.96 + 106.52).
const projectSpending = (d: Domain) => (d === 'projects' ? 'projects.all' : spending('project')(d));

const VEHICLE_KINDS = '部级领导干部|主要领导干部|机要通信|应急保障|执法执勤|特种专业技术|离退休干部|一般公务|其他';

/** Most specific first: `公务用车购置及运行费` before `公务用车购置费`, `三公` after its parts. */
const ENTRIES: Entry[] = [
  [/因公出国/, 'threePublic.abroad'],
  [/公务接待/, 'threePublic.reception'],
  // `公务车购置及运行费`, `公务车用车运行费`: the words vary, the lines do not.
  [/公务用?车.{0,2}购置及运/, 'threePublic.vehicle'],
  [/公务用?车.{0,2}购置/, 'threePublic.vehiclePurchase'],
  [/公务用?车.{0,2}运[行维]/, 'threePublic.vehicleOperation'],
  [/三公/, 'threePublic.total'],
  [/机关运行经费/, 'operatingCosts.total'],
  [/小型和微型|小微企业/, 'procurement.smallMicro'],
  [/中小企业|预留/, 'procurement.reserved'],
  [/货物/, (d) => (d === 'procurement' ? 'procurement.goods' : undefined)],
  [/工程/, (d) => (d === 'procurement' ? 'procurement.works' : undefined)],
  [/服务预算|采购服务/, (d) => (d === 'procurement' ? 'procurement.services' : undefined)],
  [/政府采购/, 'procurement.total'],
  [/其他运转类/, 'projects.group:其他运转类'],
  [/特定目标类/, 'projects.group:特定目标类'],
  [/人员类项目/, 'projects.group:人员类'],
  [/公开项目绩效目标|公开.{0,6}绩效目标/, 'projects.published'],
  [/纳入绩效目标管理|二级项目/, 'projects.all'],
  [/编报绩效目标的项目/, 'projects.targets'],
  [/上年结转.{0,4}项目/, 'carryoverProjects.all'],
  [/编报了?单位整体绩效目标/, 'units.reporting'],
  [/单价/, 'threshold'],
  [new RegExp(`(${VEHICLE_KINDS})用车`), 'assets.vehicles:kind'],
  // `单价100万元（含）以上设备（不含车辆）` counts equipment, not vehicles.
  [/设备/, 'assets.equipment'],
  [/购置车辆/, 'assets.vehiclePurchases'],
  [/车辆/, 'assets.vehicles'],
  [/其他固定资产/, 'assets.otherFixed'],
  // `本年度拟购置固定资产总额` is this year's purchases, not the stock of `上年末固定资产金额`.
  [/购置固定资产/, 'assets.fixedPurchases'],
  [/固定资产/, 'assets.fixed'],
  [/财政拨款收支总/, 'fiscal.total'],
  [/财政拨款收入/, 'income.fiscalAppropriation'],
  [/财政拨款支出/, 'fiscalExpenditure.total'],
  [/一般公共预算(拨款)?支出预算|一般公共预算拨款支出/, 'fiscal.generalBudget'],
  [/政府性基金(预算)?拨款支出/, 'fiscal.governmentFund'],
  [/国有资本经营预算拨款支出/, 'fiscal.stateCapital'],
  [/一般公共预算当年(支出|拨款)/, 'generalBudget.total'],
  [/一般公共预算安排的?基本支出/, 'basic.total'],
  [/人员经费/, 'basic.personnel'],
  [/公用经费/, 'basic.publicUse'],
  [/单位资金结余/, 'expenditure.unitFundsBalance'],
  [/部门预算资金|部门整体支出/, 'expenditure.total'],
  [/财政专户/, 'income.specialAccount'],
  [/单位资金/, 'income.unitFunds'],
  [/经营收入/, 'income.operatingIncome'],
  [/事业收入/, 'income.businessIncome'],
  [/其他收入/, 'income.otherIncome'],
  [/上级补助/, 'income.superiorSubsidy'],
  [/附属单位上缴/, 'income.affiliateRemittance'],
  [/一般公共预算/, fund('generalBudget')],
  [/政府性基金|基金预算/, fund('governmentFund')],
  [/国有资本经营/, fund('stateCapital')],
  [/当年拨款收入|当年拨款/, 'fiscal.current'],
  [/本年收入/, 'income.current'],
  [/(本年|当年)预算安排/, (d) => (d === 'expenditure' ? 'expenditure.current' : undefined)],
  [/上年结转/, (d) => (d === 'fiscal' ? 'fiscal.carryover' : d === 'expenditure' ? 'expenditure.carryover' : 'income.carryover')],
  [/收入总计|预算收入|收入预算/, 'income.total'],
  [/支出总计|支出预算|预算支出/, 'expenditure.total'],
  [/收支/, 'expenditure.total'],
  [/基本支出/, spending('basic')],
  [/项目支出/, projectSpending],
];

/** 类 names (`社会保障和就业支出`) → codes, longest first so that a name inside another does not win. */
const CLASS_NAMES: [string, string][] = [...readCsv('function_classes_lei_curated.csv'), ...readCsv('observed_function_codes.csv').filter((r) => r.level === '类')]
  .flatMap((r) => [r.name, ...(r.other_names_seen ?? '').split(/[;；|]/)].filter(Boolean).map((name): [string, string] => [name.replace(/\s/g, ''), r.code]))
  .filter(([name, code]) => name && code)
  .sort((a, b) => b[0].length - a[0].length);

function classSubject(phrase: string, domain: Domain): string | undefined {
  const found = CLASS_NAMES.find(([name]) => phrase.includes(name));
  if (!found) return undefined;
  const prefix = domain === 'fiscal' || domain === 'generalBudget' ? domain : 'expenditure';
  return `${prefix}.class:${found[1]}`;
}

/** The subject a phrase names, read in the context of the total the sentence is about. */
export function subjectOf(phrase: string, domain: Domain): string | undefined {
  const text = phrase.replace(/\s/g, '');
  for (const [re, subject] of ENTRIES) {
    const m = re.exec(text);
    if (!m) continue;
    const key = typeof subject === 'string' ? subject : subject(domain);
    if (key === 'assets.vehicles:kind') return `assets.vehicles:${m[1]}`;
    if (key) return key;
  }
  return classSubject(text, domain);
}

export const domainOf = (subject: string | undefined) => (subject ? splitSubject(subject).domain : undefined);

const INCOME_SOURCES = 'generalBudget|governmentFund|stateCapital|specialAccount|unitFunds|fiscalAppropriation|businessIncome|operatingIncome|otherIncome|superiorSubsidy|affiliateRemittance';
const PERSONNEL_PUBLIC = /^basic\.(personnel|publicUse)$/;

/** What a total can be broken down into (`其中：…`). A subject outside the list ends the list. */
const CHILDREN: Record<string, RegExp> = {
  'income.total': new RegExp(`^income\\.(current|carryover|${INCOME_SOURCES})$`),
  'income.current': new RegExp(`^income\\.(${INCOME_SOURCES})$`),
  'income.fiscalAppropriation': /^income\.(generalBudget|governmentFund|stateCapital)$/,
  'expenditure.total': /^(expenditure\.(current|carryover|basic|project|class:\d+|unitFundsBalance)|fiscalExpenditure\.total)$/,
  'expenditure.basic': PERSONNEL_PUBLIC,
  'generalBudget.basic': PERSONNEL_PUBLIC,
  'basic.total': PERSONNEL_PUBLIC,
  'fiscal.total': /^fiscal\.(generalBudget|governmentFund|stateCapital|current|carryover|class:\d+)$/,
  'fiscalExpenditure.total': /^(fiscal\.(generalBudget|governmentFund|stateCapital)|fiscalExpenditure\.item:.+)$/,
  'generalBudget.total': /^generalBudget\.(class:\d+|basic|project)$/,
  'threePublic.total': /^threePublic\.(abroad|reception|vehicle|vehiclePurchase|vehicleOperation)$/,
  'threePublic.vehicle': /^threePublic\.(vehiclePurchase|vehicleOperation)$/,
  'procurement.total': /^procurement\.(goods|works|services)$/,
  'procurement.reserved': /^procurement\.smallMicro$/,
  'projects.all': /^projects\.group:/,
  'projects.published': /^projects\.group:/,
  'projects.targets': /^projects\.group:/,
  'units.all': /^units\.reporting$/,
  'assets.vehicles': /^assets\.vehicles:/,
  'assets.vehiclePurchases': /^assets\.vehicles:/,
};

export function isChildOf(child: string, owner: string): boolean {
  return CHILDREN[owner]?.test(child) ?? false;
}
