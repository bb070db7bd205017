/** The zod schemas of finding.ts (its types are inferred from them): loaded only to validate what is read back. */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * The printed figure a place points at: a table cell or a narrative number. `id` names it within
 * the document (`cell:t03:2010301:total`, `claim:n042`); `echo` is shared by the same figure
 * printed again elsewhere (a row repeated in the 支出总表 and the 一般公共预算支出表, a sentence
 * printed twice), so that one mistake printed twice is one finding.
 */
export const FigureSchema = z.object({
  id: z.string(),
  echo: z.string().optional(),
  /** The value as printed, exact. */
  value: z.string().optional(),
});

/** A rectangle on a PDF page in points, top-left origin (the extractor's viewport space at scale 1). */
export const BoxSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

export const PlaceSchema = z.object({
  /** Another filing than the finding's own (cross-filing checks). */
  path: z.string().optional(),
  /** Table title as printed (or the narrative section for claims). */
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  page: z.number().int().optional(),
  line: z.number().int().optional(),
  /** The quoted sentence or row text. */
  excerpt: z.string().optional(),
  /** The figure at this place, when it is one printed number. */
  figure: FigureSchema.optional(),
  /** A narrative claim (its id in `doc.claims`): the figure the place is about. */
  claim: z.string().optional(),
  /** The cell on `page`, for reports that draw it (PDF tables only). */
  box: BoxSchema.optional(),
});

/** Message data: values filled into a rule's templates; a value may carry its own English. */
export const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });

export const DataSchema = z.record(z.string(), z.union([z.string(), z.number(), LocalizedSchema]));

/**
 * A related place. When several findings are about one wrong figure they are merged into one
 * (src/engine/merge.ts); the others then appear here with their rule and message.
 */
export const RelatedPlaceSchema = PlaceSchema.extend({
  ruleId: z.string().optional(),
  ruleCode: z.string().optional(),
  severity: SeveritySchema.optional(),
  messageId: z.string().optional(),
  data: DataSchema.optional(),
  message: z.string().optional(),
});

/** Amounts in findings are exact decimal strings in `unit`. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  ruleCode: z.string(),
  severity: SeveritySchema,
  /** The message rendered in the run's language (`messageId` + `data` render it in any). */
  message: z.string(),
  /** The rule's message template id, and the values it is filled with (numbers exact). */
  messageId: z.string(),
  data: DataSchema,
  expected: z.string().optional(),
  actual: z.string().optional(),
  difference: z.string().optional(),
  tolerance: z.string().optional(),
  /** Unit of expected/actual/difference/tolerance. */
  unit: z.enum(['万元', '元', '%', '个']).optional(),
  location: PlaceSchema,
  /** The figure the finding is about when it is not the one at `location` (a code printed wrong elsewhere). */
  figure: FigureSchema.optional(),
  related: z.array(RelatedPlaceSchema),
});
