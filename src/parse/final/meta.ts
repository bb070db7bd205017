import type { Block } from '../../extract/types.js';
import type { DocumentKind, Heading } from '../../model/document.js';

export interface FinalAccountsMeta {
  department?: string;
  year: number;
  kind: Extract<DocumentKind, '部门决算' | '单位决算'>;
  headings: Heading[];
}

/** `<dept> 2024 年度部门决算` on the cover or a part title (`第二部分 <dept>2024年度部门决算表`). */
const FINAL_TITLE_RE = /^(?:第[一二三四五]部分)?(.*?)((?:19|20)\d{2})\s*年度?\s*(部门|单位)决算(?:表|情况说明|公开)?$/;

/**
 * A 部门决算 is recognised from its cover and part titles: the accounts year and the department
 * come from them (the cover may break the name over lines, the part titles do not). Returns
 * undefined for anything that is not a 决算.
 */
export function readFinalAccountsMeta(blocks: Block[]): FinalAccountsMeta | undefined {
  const lines = blocks.filter((b) => b.kind === 'text').map((b) => ({ text: b.kind === 'text' ? b.text.replace(/\s+/g, '') : '', position: { line: b.line, page: b.page } }));
  // The cover may break the name over lines (`上海市普陀区规划和自然` / `资源局` / `2024年度部门决算`): joined.
  const coverEnd = lines.slice(0, 4).findIndex((l) => /决算/.test(l.text));
  const cover = coverEnd > 0 ? [{ text: lines.slice(0, coverEnd + 1).map((l) => l.text).join(''), position: lines[0].position }] : [];
  const matches = [...cover, ...lines].map((l) => ({ ...l, match: FINAL_TITLE_RE.exec(l.text) })).filter((l) => l.match !== null);
  const titles = matches.map((l) => l.match!);
  if (titles.length === 0) return undefined;
  const year = mostCommon(titles.map((m) => Number(m[2])))!;
  // The cover (its lines joined), the table of contents and the part titles all name the department;
  // one of them may be wrong (R14 p7 drops 普陀区), so the most common name wins.
  const department = mostCommon(titles.map((m) => m[1]).filter((d) => d.length >= 2));
  const kind = titles.some((m) => m[3] === '单位') && !titles.some((m) => m[3] === '部门') ? '单位决算' : '部门决算';
  const headings = matches.map((l) => ({ text: l.text, department: l.match![1].length >= 2 ? l.match![1] : undefined, year: Number(l.match![2]), position: l.position }));
  return { department, year, kind, headings };
}

/** The most frequent value; the earliest on a tie. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
