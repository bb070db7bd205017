import type { z } from 'zod';
import type { TemplateSchema, DocumentKindSchema, ParagraphSchema, HeadingSchema, BudgetDocumentSchema } from './document.schema.js';

/** The shapes, fields documented: document.schema.ts — imported as types only (a check loads no zod: tests/cli/startup-modules.test.ts). */

export type Template = z.infer<typeof TemplateSchema>;

export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** Budgets and final accounts share the tables' shapes but not every identity: rules say which they apply to. */
export type DocumentFamily = 'budget' | 'final';
export const familyOf = (kind: DocumentKind): DocumentFamily => (kind.endsWith('决算') ? 'final' : 'budget');

export type Paragraph = z.infer<typeof ParagraphSchema>;

export type Heading = z.infer<typeof HeadingSchema>;

export type BudgetDocument = z.infer<typeof BudgetDocumentSchema>;
