import type { ExtractedDocument, TableBlock } from '../extract/types.js';
import type { BudgetDocument, Paragraph } from '../model/document.js';
import type { Table, TableKind } from '../model/table.js';
import { readDocumentMeta, templateOf } from './metadata.js';
import { isNoteText, parseTable, readMetaLine, type TableMeta } from './table.js';
import { isTableTitle, tableKindFromTitle } from './titles.js';
import { readNarrativeClaims } from './claims/index.js';
import { segmentNarrative } from '../narrative/segment.js';
import { readFinalAccountsMeta } from './final/meta.js';
import { isBlankTemplate } from './final/template.js';
import { readOrganisation } from './organisation.js';
import { isProseTable, proseLine } from './final/prose-table.js';

export class ParseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Kinds that make a file a budget disclosure; a file with fewer than two of them is not one. */
const BUDGET_KINDS = new Set<TableKind>(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic', 'three-public']);

const NARRATIVE_START_RE = /^第[一二三四五]部分.*(情况说明|编制说明|决算$)|^(\d{4}年)?(部门|单位)预算编制说明|^其他相关情况说明|项目经费情况说明$/;
const NARRATIVE_END_RE = /^第[四五六]部分.*名词解释|^名词解释$/;
const SECTION_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])\s*\S/;

/** The extractor's blocks → the canonical model: tables recognised by title and header, narrative kept by section. */
export function parseDocument(extracted: ExtractedDocument): BudgetDocument {
  const tables: Table[] = [];
  const narrative: Paragraph[] = [];
  const warnings = [...extracted.warnings];
  const docMeta: TableMeta = {};
  let title: { text: string; line?: number; page?: number } | null = null;
  let meta: TableMeta = {};
  let last: Table | null = null;
  let inNarrative = false;
  let section: string | undefined;

  for (const block of extracted.blocks) {
    if (block.kind === 'table' && inNarrative && !title && isProseTable(block)) {
      for (const row of block.rows) narrative.push({ text: proseLine(row.cells.map((c) => c.text)), section, position: { line: row.line ?? block.line, page: row.page ?? block.page } });
      continue;
    }
    if (block.kind === 'table') {
      last = addTable(block, title, meta, tables, warnings) ?? last;
      if (meta.department) docMeta.department ??= meta.department;
      if (meta.year) docMeta.year ??= meta.year;
      title = null;
      meta = { unit: meta.unit };
      continue;
    }
    const text = block.text;
    // A part heading (`第三部分 …情况说明`) ends a pending title: a table-of-contents entry never titles the next table.
    if (/^第[一二三四五六]部分/.test(text)) title = null;
    // 决算 tables print the caption `注：本表反映…` under every table; an empty one's note is the `说明：…故本表无数据` after it.
    if (last && !last.note && isNoteText(text) && !/^注[:：]\s*本表反映/.test(text)) last.note = text;
    if (isTableTitle(text)) {
      // `…绩效目标表(2024年度)` on one line in a PDF, on two in a Word dump: keep the title alone.
      title = { text: text.replace(/\s*[(（]\d{4}年度?[)）]$/, ''), line: block.line, page: block.page };
      meta = {};
      // Project target sheets sit inside the narrative (Shanxi 十、绩效管理, Hebei 七): what follows
      // them is still narrative. Any other table ends it (Shanghai prints its tables after 编制说明).
      inNarrative = inNarrative && tableKindFromTitle(text) === 'performance-target';
      continue;
    }
    if (readMetaLine(text, meta)) {
      if (meta.department) docMeta.department ??= meta.department;
      continue;
    }
    if (NARRATIVE_END_RE.test(text)) inNarrative = false;
    else if (NARRATIVE_START_RE.test(text) && !/\.{3,}|…{2,}/.test(text)) inNarrative = true;
    if (!inNarrative) continue;
    if (SECTION_RE.test(text) && text.length < 40) section = text;
    narrative.push({ text, section, position: { line: block.line, page: block.page } });
  }

  const recognised = new Set(tables.map((t) => t.kind).filter((k) => BUDGET_KINDS.has(k)));
  if (recognised.size < 2) {
    throw new ParseError('NOT_A_BUDGET', `no budget tables recognised (found ${recognised.size} of 收支总表/收入总表/支出总表/…): not a budget disclosure`);
  }
  // A budget may mention `2023年度部门决算` in passing: only a document whose tables are 决算 tables is one.
  const finalAccounts = tables.some((t) => t.kind !== 'other' && /决算/.test(t.title)) ? readFinalAccountsMeta(extracted.blocks) : undefined;
  const head = finalAccounts ?? readDocumentMeta(extracted.blocks, docMeta);
  const year = head.year ?? mostCommonYear(tables);
  if (!year) throw new ParseError('NO_YEAR', 'the budget year could not be found (no `2024年度部门预算` or `2024年度部门决算` title, no `预算年度：`)');
  if (isBlankTemplate(extracted.blocks, head.department)) {
    throw new ParseError('TEMPLATE', `a blank ${head.kind} template (placeholders such as “XX局”, “XXX万元”), not a filing: not checked`);
  }
  return {
    path: extracted.path,
    format: extracted.format,
    department: head.department ?? '',
    year,
    kind: head.kind,
    template: templateOf(tables),
    pageCount: extracted.pageCount,
    tables,
    headings: finalAccounts?.headings,
    narrative,
    prose: segmentNarrative(narrative),
    // The budget claim reader does not know 决算 sentences (决算数/预算数/完成预算): none rather than wrong ones.
    ...(finalAccounts ? { claims: [] } : readNarrativeClaims(narrative, tables, year)), // claims + performanceTargets (src/parse/claims)
    organisation: readOrganisation(extracted.blocks),
    warnings,
  };
}

function addTable(
  block: TableBlock,
  title: { text: string; line?: number; page?: number } | null,
  meta: TableMeta,
  tables: Table[],
  warnings: string[],
): Table | null {
  // An untitled block (a table of contents, a cover layout, a form) is kept as `other`, not dropped.
  const kind = title ? tableKindFromTitle(title.text) ?? 'other' : 'other';
  const table = parseTable(
    block,
    {
      id: `t${String(tables.length + 1).padStart(2, '0')}`,
      kind,
      title: title?.text ?? '',
      unit: meta.unit ?? '万元',
      position: { line: title?.line ?? block.line, page: title?.page ?? block.page },
      warnings,
    },
    meta,
  );
  tables.push(table);
  return table;
}

function mostCommonYear(tables: Table[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.titleYear) counts.set(t.titleYear, (counts.get(t.titleYear) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
