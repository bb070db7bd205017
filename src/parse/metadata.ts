import type { Block } from '../extract/types.js';
import type { Table } from '../model/table.js';
import type { DocumentKind, Template } from '../model/document.js';

export interface DocumentMeta {
  department?: string;
  year?: number;
  kind: DocumentKind;
}

const ORG_LINE_RE = /^(?:\d{2,6})?([\u4e00-\u9fa5（）()]{2,40}?(?:局|中心|院|站|所|处|办公室|委员会|办事处|馆|队|学校|医院|委|厅|社|园|场|协会|部))$/;

/**
 * Department, year and kind from the cover and the first pages: the title (`2024年度部门预算公开`,
 * `上海市…2025年部门预算`), `部门名称：`, `预算年度：`, or an organisation name on its own line.
 */
export function readDocumentMeta(blocks: Block[], fromTables: { department?: string; year?: number }): DocumentMeta {
  const head = blocks.filter((b) => b.kind === 'text').slice(0, 40).map((b) => (b.kind === 'text' ? b.text : ''));
  let department = fromTables.department;
  let year = fromTables.year;
  let kind: DocumentMeta['kind'] = '部门预算';
  for (const text of head) {
    const title = /^(.*?)((?:19|20)\d{2})\s*年(?:度)?(?:区级|市级|县级|省级|区|市|县)?(?:部门|单位)预算(?:公开)?/.exec(text);
    if (title) {
      year ??= Number(title[2]);
      const prefix = title[1].replace(/^第[一二三四五]部分|^\d+/, '').trim();
      // `上海市普陀区2025年区级部门预算` names the district, not the department: only an organ's name counts.
      if (prefix && !department && ORG_LINE_RE.test(prefix)) department = prefix;
      if (/单位预算/.test(text)) kind = '单位预算';
    }
    if (!department) {
      const org = ORG_LINE_RE.exec(text);
      if (org) department = org[1];
    }
  }
  if (head.some((t) => /^第[一二三四]部分.*单位预算/.test(t))) kind = '单位预算';
  return { department, year, kind };
}

/** The template family, from how the tables are titled. */
export function templateOf(tables: Table[]): Template {
  const titles = tables.map((t) => t.title).join('\n');
  // The nine-table 部门决算 (收入支出决算总表 …) as Shanghai publishes it: FINAL_ACCOUNTS.md.
  if (/收入支出决算总表/.test(titles)) return 'shanghai';
  if (/财务收支预算总表|支出功能分类预算表/.test(titles) || tables.some((t) => t.unit === '元' && t.kind === 'summary')) return 'shanghai';
  if (/不含上年结转|分经济科目表|项目支出预算表（本年预算）/.test(titles)) return 'shanxi';
  if (/部门预算(收支|收入|支出|财政拨款)/.test(titles)) return 'hebei';
  return 'unknown';
}
