import type { z } from 'zod';
import type { TemplateSchema, DocumentKindSchema, ParagraphSchema, HeadingSchema, BudgetDocumentSchema } from './document.schema.js';

/**
 * The shapes, every field documented, are the zod schemas in document.schema.ts; this module has their
 * types and the helpers, and imports the schemas as types only, so that a check never loads zod
 * (~0.2 s CPU per thread; tests/cli/startup-modules.test.ts keeps it so).
 */

export type Template = z.infer<typeof TemplateSchema>;

export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** Budgets and final accounts share the tables' shapes but not every identity: rules say which they apply to. */
export type DocumentFamily = 'budget' | 'final';
export const familyOf = (kind: DocumentKind): DocumentFamily => (kind.endsWith('决算') ? 'final' : 'budget');

export type Paragraph = z.infer<typeof ParagraphSchema>;

export type Heading = z.infer<typeof HeadingSchema>;

export type BudgetDocument = z.infer<typeof BudgetDocumentSchema>;
