import { z } from 'zod';

export const PositionSchema = z.object({
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
});
export type Position = z.infer<typeof PositionSchema>;
