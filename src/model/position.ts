import { z } from 'zod';

export const PositionSchema = z.object({
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  /** Width and height of a PDF cell (points), with x/y its top-left corner: what a report highlights. */
  w: z.number().optional(),
  h: z.number().optional(),
});
export type Position = z.infer<typeof PositionSchema>;
