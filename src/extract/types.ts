/**
 * The intermediate form every extractor produces (text, PDF, …): a sequence of blocks in reading
 * order. The parser reads only this, so a new input format is a new extractor and nothing else.
 */

/** Where a piece of text sits in its source file. Lines are 1-based; pages are 1-based. */
export interface SourcePosition {
  line?: number;
  page?: number;
  /** PDF user-space coordinates of the cell or text item (top-left origin), when known. */
  x?: number;
  y?: number;
  /** Width and height of a table cell (points), when known. */
  w?: number;
  h?: number;
}

export interface ExtractedCell extends SourcePosition {
  /** Cleaned text of the cell; "" for an empty cell. */
  text: string;
}

export interface ExtractedRow extends SourcePosition {
  cells: ExtractedCell[];
}

export interface TextBlock extends SourcePosition {
  kind: 'text';
  text: string;
}

export interface TableBlock extends SourcePosition {
  kind: 'table';
  /** Rows in reading order, cells in column order, empty cells kept as "". */
  rows: ExtractedRow[];
}

export type Block = TextBlock | TableBlock;

export interface ExtractedDocument {
  path: string;
  format: 'text' | 'pdf';
  blocks: Block[];
  pageCount?: number;
  /** Extractor warnings worth showing to a user (e.g. pdf.js font warnings). */
  warnings: string[];
}

/** A failure that makes a file impossible to check; `code` is stable and documented. */
export class ExtractionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
