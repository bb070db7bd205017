import type { DocumentSummary, FileResult } from '../../batch/check-file.js';
import type { Finding } from '../../model/finding.js';
import type { TableKind } from '../../model/table.js';
import { TABLE_NAMES } from '../../model/table-names.js';
import { readRefdata } from '../../refdata/index.js';
import { failureReason } from '../failures.js';

/**
 * The 公开情况检查表 (inspection sheet) of one document, filled from the findings: one row per
 * item the district finance bureaus check (NARRATIVE.md, last section), 符合要求 是/否 and a
 * 问题说明. The tool answers only what it checks: rows it cannot judge (及时性, 封面, …) say so
 * instead of 是, and a row is 是 only when something was checked and nothing was found.
 */

export type Verdict = '是' | '否' | '未检查';

export interface ChecklistRow {
  item: string;
  verdict: Verdict;
  /** Why 否 (the findings, by rule code), or what was checked, or why it could not be. */
  note: string;
  /** Findings mapped to this row (errors and warnings). */
  findings: Finding[];
}

export interface Checklist {
  path: string;
  document?: DocumentSummary;
  failure?: string;
  rows: ChecklistRow[];
}

/** Rows before the tables and after them; the tables come from the template's required list. */
const MANUAL_BEFORE = ['及时性', '封面', '目录', '主要职能', '机构设置', '名词解释'];
const NARRATIVE_ROW = '预算编制说明';
const OTHER_ROW = '其他相关说明';
const PROJECT_ROW = '项目经费情况说明';

/** The required tables of each template family, in the template's order (refdata/required_tables.json). */
const REQUIRED: Partial<Record<DocumentSummary['template'], { key: string; kinds: TableKind[] }>> = {
  shanxi: {
    key: 'shanxi_2024_2026_template_13_tables',
    kinds: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic', 'government-fund-income', 'government-fund-expenditure', 'state-capital', 'three-public', 'operating-costs', 'project-current', 'project-carryover'],
  },
  shanghai: {
    key: 'shanghai_district_2023_2026_budget_9_tables',
    kinds: ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'government-fund-expenditure', 'state-capital', 'basic-expenditure-economic', 'three-public'],
  },
};

function requiredTables(doc: DocumentSummary): { kind: TableKind; name: string }[] {
  const required = doc.kind.endsWith('预算') ? REQUIRED[doc.template] : undefined;
  if (!required) {
    // No encoded list for this template (or for 决算): the tables the document has, in its order.
    const seen = doc.tables.filter((t) => t.kind !== 'other' && t.kind !== 'performance-target');
    return [...new Map(seen.map((t) => [t.kind, { kind: t.kind, name: TABLE_NAMES[t.kind].zh }])).values()];
  }
  const names: string[] = JSON.parse(readRefdata('required_tables.json'))[required.key].tables;
  return required.kinds.map((kind, i) => ({ kind, name: names[i] }));
}

/** Which row a finding belongs to: its table's, or the narrative part its section is in. */
function rowOf(f: Finding, doc: DocumentSummary): string {
  const table = doc.tables.find((t) => t.title !== '' && t.title === f.location.table);
  if (table && table.kind !== 'other' && table.kind !== 'performance-target') return `table:${table.kind}`;
  const section = f.location.table ?? '';
  if (/项目经费/.test(section)) return PROJECT_ROW;
  if (table?.kind === 'performance-target' || /三公|机关运行|政府采购|国有资产|绩效/.test(section)) return OTHER_ROW;
  return NARRATIVE_ROW;
}

function describe(findings: Finding[]): string {
  return findings.map((f) => `${f.ruleCode} ${f.location.page ? `第${f.location.page}页 ` : f.location.line ? `第${f.location.line}行 ` : ''}${f.message}`).join('\n');
}

function row(item: string, findings: Finding[], checked: string): ChecklistRow {
  return findings.length ? { item, verdict: '否', note: describe(findings), findings } : { item, verdict: '是', note: checked, findings };
}

/**
 * A finding and the findings merged into it (same wrong figure, another rule or table): each is a
 * problem of the row its own place belongs to.
 */
function withMerged(f: Finding): Finding[] {
  const merged = f.related.filter((r) => r.ruleCode !== undefined && r.message !== undefined && r.path === undefined);
  return [f, ...merged.map((r) => ({ ...f, ruleId: r.ruleId ?? f.ruleId, ruleCode: r.ruleCode!, message: r.message!, location: r, related: [] }))];
}

export function checklistOf(result: FileResult): Checklist {
  const doc = result.document;
  if (result.status === 'failed' || !doc) return { path: result.path, failure: failureReason(result.error, 'zh'), rows: [] };
  const problems = result.findings.filter((f) => f.severity !== 'info').flatMap(withMerged);
  const byRow = new Map<string, Finding[]>();
  for (const f of problems) byRow.set(rowOf(f, doc), [...(byRow.get(rowOf(f, doc)) ?? []), f]);
  const rows: ChecklistRow[] = MANUAL_BEFORE.map((item) => ({ item, verdict: '未检查', note: '本工具不检查此项，需人工核对', findings: [] }));
  rows.push(row(NARRATIVE_ROW, byRow.get(NARRATIVE_ROW) ?? [], `已核对叙述中的数字 ${doc.claimsChecked}/${doc.claims} 处，未发现不一致`));
  for (const { kind, name } of requiredTables(doc)) {
    const printed = doc.tables.find((t) => t.kind === kind);
    const findings = byRow.get(`table:${kind}`) ?? [];
    if (!printed) rows.push({ item: name, verdict: '否', note: '文件中未找到此表', findings });
    else rows.push(row(printed.title || name, findings, `第${printed.page ?? '?'}页，已核对表内及表间数字，未发现问题`));
  }
  // Findings in a table the template does not require (e.g. a 决算 table) are not dropped.
  const listed = new Set(requiredTables(doc).map((t) => `table:${t.kind}`));
  const extra = [...byRow.entries()].filter(([key]) => key.startsWith('table:') && !listed.has(key)).flatMap(([, f]) => f);
  rows.push(row(OTHER_ROW, [...(byRow.get(OTHER_ROW) ?? []), ...extra], '已核对三公经费、绩效目标等叙述数字，未发现不一致'));
  rows.push(row(PROJECT_ROW, byRow.get(PROJECT_ROW) ?? [], '未发现问题'));
  return { path: result.path, document: doc, rows };
}
