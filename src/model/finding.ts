import type { z } from 'zod';
import type { SeveritySchema, FigureSchema, BoxSchema, PlaceSchema, LocalizedSchema, DataSchema, RelatedPlaceSchema, FindingSchema } from './finding.schema.js';

/** The shapes, fields documented: finding.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

export type Severity = z.infer<typeof SeveritySchema>;

export type Figure = z.infer<typeof FigureSchema>;
export type Box = z.infer<typeof BoxSchema>;

export type Place = z.infer<typeof PlaceSchema>;

/** A cell's `box` for its place, when the PDF extractor measured the cell (text filings have none). */
export function boxOf(p: { x?: number; y?: number; w?: number; h?: number } | undefined): Pick<Place, 'box'> {
  return p?.x !== undefined && p.y !== undefined && p.w !== undefined && p.h !== undefined ? { box: { x: p.x, y: p.y, w: p.w, h: p.h } } : {};
}

export type Localized = z.infer<typeof LocalizedSchema>;
export type Data = z.infer<typeof DataSchema>;

export type RelatedPlace = z.infer<typeof RelatedPlaceSchema>;

export type Finding = z.infer<typeof FindingSchema>;
