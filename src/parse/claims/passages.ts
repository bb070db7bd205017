import type { Paragraph } from '../../model/document.js';
import type { Position } from '../../model/position.js';
import { scanNumbers } from '../../narrative/numbers.js';

/**
 * Paragraphs joined back into the text the author wrote: PDF and Word extraction break lines
 * inside sentences (`支出包括：一般公共` / `服务支出1.36万元`) and even inside a `其中` list
 * (`基本支出836.38万元,其中:` / `人员经费761.20万元`). Each piece keeps its own position so that a
 * claim says on which line its number is printed.
 */
export interface Passage {
  text: string;
  pieces: { start: number; position: Position; section?: string }[];
  /** A heading (`（一）一般公共预算当年支出规模变化情况`): it ends whatever the text before was about. */
  heading: boolean;
  index: number;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its passage. */
  start: number;
}

const HEADING_RE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])/;
const SENTENCE_END_RE = /[。！？!?]$/;

function isHeading(text: string): boolean {
  if (scanNumbers(text).length > 0) return false;
  // Short lines without a full stop: numbered headings, chart captions (`三公经费分布图`), `部门职责：`.
  return (HEADING_RE.test(text) && text.length < 40) || (text.length < 24 && !SENTENCE_END_RE.test(text) && !/[：:，,]$/.test(text));
}

export function passagesOf(paragraphs: Paragraph[]): Passage[] {
  const passages: Passage[] = [];
  let open: Passage | null = null;
  for (const p of paragraphs) {
    const text = p.text.trim();
    // Page numbers and footers (`- 19 -`) sit between the halves of a sentence cut by a page break.
    if (!/[\u3400-\u9fff]/.test(text)) continue;
    if (isHeading(text)) {
      passages.push({ text, pieces: [{ start: 0, position: p.position, section: p.section }], heading: true, index: passages.length });
      open = null;
      continue;
    }
    if (open) {
      open.pieces.push({ start: open.text.length, position: p.position, section: p.section });
      open.text += text;
    } else {
      open = { text, pieces: [{ start: 0, position: p.position, section: p.section }], heading: false, index: passages.length };
      passages.push(open);
    }
    if (SENTENCE_END_RE.test(text)) open = null;
  }
  return passages;
}

/** The piece (printed line) an offset of the passage falls in. */
export function pieceAt(passage: Passage, offset: number): Passage['pieces'][number] {
  let found = passage.pieces[0];
  for (const piece of passage.pieces) if (piece.start <= offset) found = piece;
  return found;
}

/** Sentences end at `。` (and `！？`); a `；` only separates the items of one sentence. */
export function sentencesOf(passage: Passage): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^。！？!?]+[。！？!?]?/g;
  for (const m of passage.text.matchAll(re)) {
    if (m[0].trim()) sentences.push({ text: m[0], start: m.index });
  }
  return sentences;
}
