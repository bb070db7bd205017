import type { Block, ExtractedDocument, ExtractedRow } from './types.js';
import { ExtractionError } from './types.js';
import { normalizeText } from './normalize.js';

/** Word dumps and HTML exports leave markup behind (`<b>`, `<p>`, `[bookmark: …]`, `## `). */
function stripMarkup(line: string): string {
  return line
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/^\s{0,3}#{1,6}\s+/, '');
}

const isCellLine = (line: string) => line.startsWith('\t') && line.indexOf('\t', 1) === -1;

/**
 * Two shapes of text are read:
 * - tab rows (seeds 001, 003, 004): one table row per line, cells separated by tabs;
 * - one cell per line (seed 002, a Word dump): each cell on its own line after a tab, a blank
 *   line between rows.
 * The shape is decided per file from how its tab lines look.
 */
export function extractText(path: string, content: string): ExtractedDocument {
  if (content.trim() === '') throw new ExtractionError('EMPTY_FILE', 'the file is empty');
  if (content.includes('\u0000')) {
    throw new ExtractionError('NOT_TEXT', 'the file contains binary data, not text');
  }
  // CRLF (Windows), LF, or a lone CR (classic Mac OS exports)
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const tabLines = lines.filter((l) => l.includes('\t'));
  const cellPerLine = tabLines.length > 0 && tabLines.filter(isCellLine).length / tabLines.length > 0.6;
  const blocks = cellPerLine ? readCellPerLine(lines) : readTabRows(lines);
  return { path, format: 'text', blocks, warnings: [] };
}

function cellsOf(line: string, lineNo: number) {
  return stripMarkup(line)
    .split('\t')
    .map((t) => ({ text: normalizeText(t), line: lineNo }));
}

function readTabRows(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let table: ExtractedRow[] | null = null;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return; // page breaks leave blank lines inside tables
    if (raw.includes('\t')) {
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table, line: lineNo });
      }
      table.push({ cells: cellsOf(raw, lineNo), line: lineNo });
      return;
    }
    table = null;
    const text = normalizeText(stripMarkup(raw));
    if (text) blocks.push({ kind: 'text', text, line: lineNo });
  });
  return blocks;
}

function readCellPerLine(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let table: ExtractedRow[] | null = null;
  let row: ExtractedRow | null = null;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '' && !raw.startsWith('\t')) {
      row = null;
      return;
    }
    if (raw.startsWith('\t')) {
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table, line: lineNo });
      }
      if (!row) {
        row = { cells: [], line: lineNo };
        table.push(row);
      }
      row.cells.push({ text: normalizeText(stripMarkup(raw.slice(1))), line: lineNo });
      return;
    }
    table = null;
    row = null;
    const text = normalizeText(stripMarkup(raw));
    if (text) blocks.push({ kind: 'text', text, line: lineNo });
  });
  return blocks;
}
