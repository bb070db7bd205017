import { z } from 'zod';
import { PositionSchema } from '../model/position.js';

/**
 * The narrative (情况说明 / 预算编制说明) as an author wrote it: sections (`一、…`, `（一）…`, bold
 * titles), numbered items inside them (`1.` `1、` `（1）` `①`, and `（一）` when it carries text), and
 * sentences. Lines broken by the PDF or a page break are joined back; page numbers and footers are
 * dropped. Everything refers to everything else by index into the three flat lists, so that the
 * JSON of `budgetlint parse` holds each sentence once.
 *
 * Stable for the rules over prose (wording, punctuation, years): a rule reads
 * `doc.prose.sentences` (each with its text, page, line, section and item) and, for scope,
 * `doc.prose.sections[s.section]` / `doc.prose.items[s.item]`.
 */

/** Where the characters of a sentence were printed: from `offset` on, the text comes from `position`. */
export const PieceSchema = z.object({ offset: z.number().int(), position: PositionSchema });
export type Piece = z.infer<typeof PieceSchema>;

export const SentenceSchema = z.object({
  index: z.number().int(),
  /** The sentence as printed, joined across line and page breaks, with its final `。` if it has one. */
  text: z.string(),
  /** Index into `Narrative.sections`. */
  section: z.number().int(),
  /** Index into `Narrative.items` when the sentence is inside a numbered item. */
  item: z.number().int().optional(),
  /** Index of the paragraph (block of joined lines) the sentence is in. */
  paragraph: z.number().int(),
  /** Where the sentence starts (page for PDFs, line for text). */
  position: PositionSchema,
  /** Offsets in `text` where a new printed line starts (a sentence cut by a line or page break). */
  pieces: z.array(PieceSchema),
  /** The closing punctuation (`。` `！` `？`), or '' when the sentence runs into a heading or the end. */
  terminator: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const ItemSchema = z.object({
  index: z.number().int(),
  section: z.number().int(),
  /** The number as printed: `1.`, `2、`, `（三）`, `(1)`, `①`. */
  marker: z.string(),
  /**
   * The words that name the item's subject: the text after the marker up to its first figure or
   * clause break (`“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目`, `公务接待费`,
   * `整体绩效目标`).
   */
  heading: z.string(),
  position: PositionSchema,
  /** Indexes into `Narrative.sentences`. */
  sentences: z.array(z.number().int()),
  /** The subject the heading names, resolved for certain (a SubjectKey, src/narrative/subjects.ts), set by the claim reader. */
  subject: z.string().optional(),
  /** Why the heading's subject is not certain, when it names one. */
  unresolved: z.string().optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const SectionSchema = z.object({
  index: z.number().int(),
  /** The heading as printed (`三、支出预算情况说明`), '' for the text before the first heading. */
  title: z.string(),
  /** 1: `第三部分…`, `一、…` or a title line; 2: `（一）…` without figures. */
  level: z.number().int(),
  /** For a level-2 section, the level-1 section it sits in. */
  parent: z.number().int().optional(),
  position: PositionSchema,
  items: z.array(z.number().int()),
  sentences: z.array(z.number().int()),
});
export type Section = z.infer<typeof SectionSchema>;

export const NarrativeSchema = z.object({
  sections: z.array(SectionSchema),
  items: z.array(ItemSchema),
  sentences: z.array(SentenceSchema),
});
export type Narrative = z.infer<typeof NarrativeSchema>;
