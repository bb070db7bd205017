import type { Block, ExtractedDocument, TableBlock } from '../extract/types.js';
import { isTraditional, toSimplified } from '../extract/normalize.js';
import { tableKindFromHeader } from './header-kind.js';
import { TABLE_NAMES } from '../model/table-names.js';
import type { BudgetDocument, Paragraph } from '../model/document.js';
import type { Table, TableKind } from '../model/table.js';
import { readDocumentMeta, templateOf } from './metadata.js';
import { isNoteText, parseTable, readMetaLine, type TableMeta } from './table.js';
import { isTableTitle, tableKindFromTitle } from './titles.js';
import { readNarrative } from '../narrative/index.js';
import { segmentNarrative } from '../narrative/segment.js';
import { readFinalClaims } from '../narrative/final/index.js';
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

/** Kinds that make a file a budget disclosure (one is enough: partial filings are checked too). */
const BUDGET_KINDS = new Set<TableKind>(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure-economic', 'three-public']);

const NARRATIVE_START_RE = /^第[一二三四五]部分.*(情况说明|编制说明|决算$|决算情况$)|^(\d{4}年)?(部门|单位)预算编制说明|^其他相关情况说明|项目经费情况说明$/;
const NARRATIVE_END_RE = /^第[四五六]部分.*名词解释|^名词解释$/;
const SECTION_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])\s*\S/;

/** The extractor's blocks → the canonical model: tables recognised by title and header, narrative kept by section. */
export function parseDocument(input: ExtractedDocument): BudgetDocument {
  const extracted = simplified(input);
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
  // A 情况说明 published alone (a web page; the tables are images or attachments): all of its text
  // is the narrative when no part heading marks one.
  if (recognised.size === 0 && narrative.length === 0) narrative.push(...wholeText(extracted.blocks));
  if (recognised.size === 0 && !isBudgetNarrative(narrative.map((p) => p.text))) {
    throw new ParseError('NOT_A_BUDGET', 'no budget table and no budget narrative (收入预算/支出预算/财政拨款… with amounts) found: not a budget disclosure');
  }
  if (recognised.size === 0) warnings.push('no budget tables found: only the narrative (情况说明) is checked');
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
    // A 决算's sentences (决算数/预算数/完成预算) have their own reader (src/narrative/final).
    ...(finalAccounts ? finalNarrative(narrative, tables, year) : readNarrative(narrative, tables, year)), // prose + claims + performanceTargets (src/narrative)
    organisation: readOrganisation(extracted.blocks),
    warnings,
  };
}

function finalNarrative(narrative: Paragraph[], tables: Table[], year: number) {
  const prose = segmentNarrative(narrative);
  return { prose, claims: readFinalClaims(prose, tables, year) };
}

function addTable(
  block: TableBlock,
  title: { text: string; line?: number; page?: number } | null,
  meta: TableMeta,
  tables: Table[],
  warnings: string[],
): Table | null {
  // An untitled block is recognised by its header row when that is unambiguous (src/parse/header-kind.ts);
  // otherwise (a table of contents, a cover layout, a form) it is kept as `other`, not dropped.
  const byHeader = title ? null : tableKindFromHeader(block);
  const kind = title ? tableKindFromTitle(title.text) ?? 'other' : byHeader ?? 'other';
  const table = parseTable(
    block,
    {
      id: `t${String(tables.length + 1).padStart(2, '0')}`,
      kind,
      title: title?.text ?? (byHeader ? `${TABLE_NAMES[byHeader].zh}（无标题，按表头识别）` : ''),
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

/** A text in traditional characters (`單位：萬元`) is read in simplified ones, by OpenCC. */
function simplified(extracted: ExtractedDocument): ExtractedDocument {
  const all = extracted.blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n'))).join('\n');
  if (!isTraditional(all)) return extracted;
  const blocks: Block[] = extracted.blocks.map((b) =>
    b.kind === 'text' ? { ...b, text: toSimplified(b.text) } : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: toSimplified(c.text) })) })) },
  );
  return { ...extracted, blocks, warnings: [...extracted.warnings, 'the text is in traditional characters: read after conversion to simplified (OpenCC)'] };
}

/** Budget wording next to an amount: `支出预算2,013.86万元`, `财政拨款收入…元`, `基本支出836.38万元`. */
const BUDGET_AMOUNT_RE = /(收入|支出|拨款|经费|结转|预算)[^。；;]{0,40}?\d[\d,]*(\.\d+)?\s*(万元|亿元|元)/;

/** At least three sentences state budget amounts: a budget narrative, not minutes that mention a budget. */
function isBudgetNarrative(paragraphs: string[]): boolean {
  const text = paragraphs.join('\n');
  return text.split(/[。；;\n]/).filter((sentence) => BUDGET_AMOUNT_RE.test(sentence)).length >= 3 && /预算/.test(text);
}

function wholeText(blocks: Block[]): Paragraph[] {
  let section: string | undefined;
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    if (SECTION_RE.test(b.text) && b.text.length < 40) section = b.text;
    out.push({ text: b.text, section, position: { line: b.line, page: b.page } });
  }
  return out;
}
