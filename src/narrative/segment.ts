import { DefaultAbbrMarkerOptions, split, type splitOptions } from 'sentence-splitter';
import type { Paragraph } from '../model/document.js';
import type { Position } from '../model/position.js';
import { scanNumbers } from './numbers.js';
import type { Item, Narrative, Piece, Section, Sentence } from './types.js';

/**
 * Printed lines → sections → numbered items → sentences (NARRATIVE.md, “Structure and scope”).
 * Lines are classified one by one (heading, item start, text), text lines are joined into
 * paragraphs (a line that does not end a sentence continues on the next line or page), and each
 * paragraph is cut into sentences by textlint's sentence-splitter (CJK-aware, keeps `“…”` and
 * `（…）` whole, does not split `1.` or `2,399.21`).
 */

const PART_RE = /^第[一二三四五六七八九十]+部分/;
const CHINESE_NUMBERED_RE = /^[一二三四五六七八九十]{1,3}、/;
const BRACKETED_CHINESE_RE = /^[（(][一二三四五六七八九十]{1,3}[)）]/;
/** `1.` `1、` `1．` (not `1.5`), `（1）` `(1)`, `①`. */
const ITEM_MARK_RE = /^(?:\d{1,2}\s*[、.．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/;
const SENTENCE_END_RE = /[。！？!?]$/;

/**
 * The splitter's abbreviation lists (`Mr.`, `etc.`, `Yahoo!`) cost most of its time: every word after
 * a Chinese character (`2,013.86`) is lower-cased and compared with ~230 English words. A listed word
 * only changes the sentences where it hides a break — an ASCII `.` before a space or the end, or one of
 * `．?!？！` (no listed word holds `。`; a mark covers one word and never starts inside one) — and only
 * a word with a letter other than CJK can be one of them (every listed word has a letter, and no
 * character without one lower-cases to one). A paragraph lacking either is split without the lists,
 * with the same result; any other paragraph with them.
 * (tests/narrative/sentence-split.test.ts compares both on the fixtures.)
 */
const HIDEABLE_BREAK_RE = /\.(?=\s|$)|[．?!？！]/;
/** A letter the splitter reads as part of a word (its own CJK test: Han, kana and Hangul end words). */
const WORD_LETTER_RE = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{L}/u;
const WITHOUT_ABBREVIATIONS: splitOptions = {
  AbbrMarker: { language: { ...DefaultAbbrMarkerOptions.language, ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [], EXCLAMATION_WORDS: [] } },
};
export const sentencesOf = (text: string) => split(text, HIDEABLE_BREAK_RE.test(text) && WORD_LETTER_RE.test(text) ? undefined : WITHOUT_ABBREVIATIONS);

type LineKind = { kind: 'section'; level: number; marker: string } | { kind: 'item'; marker: string } | { kind: 'text' };

/** A line without figures, short, not a sentence: a heading (`三、支出预算情况说明`, `其他相关情况说明`). */
function isTitleLike(text: string): boolean {
  return scanNumbers(text).every((t) => t.wording) && text.length <= 40 && !/[。；;，,：:]$/.test(text);
}

function classify(text: string): LineKind {
  const part = PART_RE.exec(text);
  if (part && isTitleLike(text)) return { kind: 'section', level: 1, marker: part[0] };
  const chinese = CHINESE_NUMBERED_RE.exec(text);
  if (chinese) return isTitleLike(text) ? { kind: 'section', level: 1, marker: chinese[0] } : { kind: 'item', marker: chinese[0] };
  const bracketed = BRACKETED_CHINESE_RE.exec(text);
  if (bracketed) return isTitleLike(text) ? { kind: 'section', level: 2, marker: bracketed[0] } : { kind: 'item', marker: bracketed[0] };
  const item = ITEM_MARK_RE.exec(text);
  if (item) return { kind: 'item', marker: item[0] };
  // An unnumbered title line (`2025年部门预算编制说明`, `三公经费分布图`); one or two characters (`无`) are text.
  if (text.length >= 4 && isTitleLike(text)) return { kind: 'section', level: 1, marker: '' };
  return { kind: 'text' };
}

/** The words naming an item's subject: after the marker, up to the first figure or clause break. */
export function itemHeading(text: string): string {
  const firstNumber = scanNumbers(text).find((t) => !t.wording)?.start ?? text.length;
  let end = firstNumber;
  // A clause break outside brackets and quotes ends the heading (`公务接待费1.35万元。比…` stops at the figure anyway).
  let depth = 0;
  for (let i = 0; i < firstNumber; i++) {
    const ch = text[i];
    if ('（(“《'.includes(ch)) depth++;
    else if ('）)”》'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,。；;：:]/.test(ch)) {
      end = i;
      break;
    }
  }
  return text.slice(0, end).trim();
}

interface Block {
  text: string;
  pieces: Piece[];
  section: number;
  item?: number;
}

/** Builds the narrative tree from the paragraphs the parser kept (one per printed line or paragraph). */
export function segmentNarrative(paragraphs: Paragraph[]): Narrative {
  const sections: Section[] = [];
  const items: Item[] = [];
  const blocks: Block[] = [];
  let open: Block | undefined;
  /** The current item takes unnumbered paragraphs only while its heading stood alone (`1、整体绩效目标`). */
  let itemTakesParagraphs = false;

  const startSection = (title: string, level: number, position: Position) => {
    const parent = level > 1 ? [...sections].reverse().find((s) => s.level < level)?.index : undefined;
    sections.push({ index: sections.length, title, level, parent, position, items: [], sentences: [] });
  };
  const currentSection = () => {
    if (sections.length === 0) startSection('', 1, {});
    return sections[sections.length - 1];
  };
  const currentItem = () => {
    const section = currentSection();
    return section.items.length > 0 ? section.items[section.items.length - 1] : undefined;
  };

  for (const p of paragraphs) {
    const text = p.text.trim();
    // Page numbers and footers (`- 19 -`) sit between the halves of a sentence cut by a page break.
    if (!/[\u3400-\u9fff]/.test(text)) continue;
    const line = classify(text);
    if (open && line.kind === 'text') {
      open.pieces.push({ offset: open.text.length, position: p.position });
      open.text += text;
      if (SENTENCE_END_RE.test(text)) open = undefined;
      continue;
    }
    open = undefined;
    if (line.kind === 'section') {
      startSection(text, line.level, p.position);
      itemTakesParagraphs = false;
      continue;
    }
    const section = currentSection();
    let item: number | undefined;
    if (line.kind === 'item') {
      item = items.length;
      const rest = text.slice(line.marker.length).trim();
      items.push({ index: item, section: section.index, marker: line.marker, heading: itemHeading(rest), position: p.position, sentences: [] });
      section.items.push(item);
      // A heading standing alone (`1、整体绩效目标`, `1、车辆情况：`) is not a sentence; the paragraphs after it are the item's.
      itemTakesParagraphs = isTitleLike(rest.replace(/[：:]$/, ''));
      if (itemTakesParagraphs) continue;
    } else if (itemTakesParagraphs) {
      item = currentItem();
    }
    open = { text, pieces: [{ offset: 0, position: p.position }], section: section.index, item };
    blocks.push(open);
    if (SENTENCE_END_RE.test(text)) open = undefined;
  }

  const sentences: Sentence[] = [];
  blocks.forEach((block, paragraph) => {
    for (const node of sentencesOf(block.text)) {
      if (node.type !== 'Sentence') continue;
      const [start, end] = node.range;
      const raw = block.text.slice(start, end);
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const offset = start + raw.indexOf(trimmed);
      const index = sentences.length;
      const pieces = piecesOf(block.pieces, offset, trimmed.length);
      const last = trimmed[trimmed.length - 1];
      sentences.push({
        index,
        text: trimmed,
        section: block.section,
        item: block.item,
        paragraph,
        position: pieces[0].position,
        pieces,
        terminator: SENTENCE_END_RE.test(last) ? last : '',
      });
      sections[block.section].sentences.push(index);
      if (block.item !== undefined) items[block.item].sentences.push(index);
    }
  });
  return { sections, items, sentences };
}

/** The pieces of a block that fall in [offset, offset + length), re-based on the sentence. */
function piecesOf(pieces: Piece[], offset: number, length: number): Piece[] {
  const out: Piece[] = [];
  for (const [i, piece] of pieces.entries()) {
    const next = pieces[i + 1]?.offset ?? Infinity;
    if (next <= offset || piece.offset >= offset + length) continue;
    out.push({ offset: Math.max(0, piece.offset - offset), position: piece.position });
  }
  return out;
}

/** Where the character at `offset` of a sentence was printed. */
export function positionAt(sentence: Sentence, offset: number): Position {
  let found = sentence.pieces[0].position;
  for (const piece of sentence.pieces) if (piece.offset <= offset) found = piece.position;
  return found;
}
