/** The zod schemas of claim.ts (its types are inferred from them): loaded only to validate what is read back. */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { PositionSchema } from './position.js';
import type { SubjectKey } from '../narrative/subjects.js';

/**
 * What a number in the narrative is: an amount (`基本支出304.88万元`), a share of a total
 * (`占12.71%`), a year-on-year change (`比上年减少1693.17万元`, `下降41.37%`, `持平`) or a count
 * (`二级项目6个`). Compositions (`其中：…`) are links between claims (`partOf`, `breakdown`), so
 * every printed number is exactly one claim.
 */
export const ClaimKindSchema = z.enum(['amount', 'share', 'change', 'count']);

export const ClaimUnitSchema = z.enum(['亿元', '万元', '元', '%', '个', '辆', '台', '家', '人', '名', '项', '平方米']);

export const ClaimSchema = z.object({
  /** `n001`, `n002`… in reading order. */
  id: z.string(),
  kind: ClaimKindSchema,
  /**
   * What the number is about, resolved for certain (src/narrative/subjects.ts): `income.total`,
   * `expenditure.basic`, `fiscal.code:210`, `fiscalExpenditure.code:2010301`, `threePublic.reception`,
   * `projects.group:特定目标类` … Absent when the words do not say it for certain (see `unresolved`).
   */
  subject: z.custom<SubjectKey>((v) => typeof v === 'string').optional(),
  /** Why the subject (or a share's total) could not be resolved for certain: the claim is then not compared. */
  unresolved: z.string().optional(),
  /** Numbers that are not budget figures: inside a stated reason, a performance indicator, a price threshold. */
  note: z.enum(['reason', 'indicator', 'threshold']).optional(),
  /** A classification row as printed (names from the class down, the printed code), for the wording rules. */
  printed: z.object({ kind: z.enum(['function', 'economic']), form: z.string(), names: z.array(z.string()), code: z.string().optional() }).optional(),
  /** The words of the sentence that name the subject (or the nearest ones that do). */
  subjectText: z.string(),
  value: z.instanceof(Decimal),
  /** The number as printed (`2,399.21`), or the words that stand for it (`无`, `持平`). */
  raw: z.string(),
  decimals: z.number().int().min(0),
  unit: ClaimUnitSchema,
  /** The budget year the figure belongs to: the document's year, or last year's for `2025年预算执行数为…`. */
  year: z.number().int(),
  /** Last year's figure (or a change against it) is last year's budget or last year's executed amount. */
  basis: z.enum(['budget', 'executed']).optional(),
  direction: z.enum(['increase', 'decrease', 'unchanged']).optional(),
  /**
   * 决算 only: the figure is about the year's budget (预算数), not its 决算数 — `initial` 年初预算, `adjusted`
   * 全年预算 (调整后), `unstated` a bare 预算数. On a share it is 完成预算的X% (决算数 ÷ that 预算数); on a change
   * it is 决算数大于/小于/同…持平预算数 (src/narrative/final).
   */
  budget: z.enum(['initial', 'adjusted', 'unstated']).optional(),
  /** The number is stated in words: `无…预算` (none) or `持平`/`与上年相同` (unchanged). */
  wording: z.enum(['none', 'unchanged']).optional(),
  /** A share: the subject of the total it is a share of (the total the sentence names or implies). */
  scope: z.custom<SubjectKey>((v) => typeof v === 'string').optional(),
  /** A share or change: the amount claim (this year's) it qualifies. */
  about: z.string().optional(),
  /** A change: the stated prior-year amount claim it is measured against. */
  prior: z.string().optional(),
  /** The claim this one is a part of (`其中：…`): an amount, a count or a change. */
  partOf: z.string().optional(),
  /** The parts of one `其中` list share a breakdown id (a total can be broken down more than once). */
  breakdown: z.string().optional(),
  /** The list may leave items out (`主要…`, `…等`, a single item): its parts may add up to less. */
  partial: z.boolean().optional(),
  sentence: z.string(),
  /** Where the number starts in `sentence` (a character offset): two equal numbers of one sentence are two claims. */
  offset: z.number().int().min(0).optional(),
  /** The claim's scope: indexes into `doc.prose` (sentences, items, sections). */
  sentenceIndex: z.number().int(),
  item: z.number().int().optional(),
  sectionIndex: z.number().int(),
  /** Index of the paragraph as written (lines joined back) in the narrative. */
  paragraph: z.number().int(),
  /** The section title, for messages. */
  section: z.string().optional(),
  position: PositionSchema,
});
