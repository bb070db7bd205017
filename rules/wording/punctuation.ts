import { defineRule } from '../../src/engine/rule.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Sentence } from '../../src/narrative/types.js';
import { fragment, sentencePlace } from '../prose.js';

// `。。` `，。` `；。` `、。` (and half-width `,` `;` before `。`). `：。` is a truncated clause (wording/truncated-clause).
const DOUBLED_RE = /[。，；、,;]\s*。/g;

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '(': '）', '《': '》', '〈': '〉', '【': '】', '〔': '〕', '[': ']', '［': ']' };
/** Closers; `)` and `）` close either width of bracket (`（款)` is a typing slip, not an imbalance). */
const CLOSERS: Record<string, string> = { '”': '”', '’': '’', '）': '）', ')': '）', '》': '》', '〉': '〉', '】': '】', '〕': '〕', ']': ']', '］': ']' };

interface Mark {
  sentence?: Sentence;
  unit: number;
  offset: number;
  char: string;
}

/** A stretch of printed text in reading order: a section title, then the sentences of the section. */
interface Unit {
  text: string;
  sentence?: Sentence;
  paragraph?: number;
}

function readingOrder(doc: BudgetDocument): Unit[] {
  const units: Unit[] = [];
  for (const section of doc.prose.sections) {
    units.push({ text: section.title });
    for (const i of section.sentences) units.push({ text: doc.prose.sentences[i].text, sentence: doc.prose.sentences[i], paragraph: doc.prose.sentences[i].paragraph });
  }
  return units;
}

/**
 * Brackets and quotes matched in reading order. A quote may hold several sentences (and the splitter
 * cuts `“…。”` after the `。`), and a PDF may break a long title over two printed lines that are read
 * as a sentence and a heading: an opener may be closed within its paragraph or by the next two
 * units. Only imbalances inside sentences are reported (a heading's are its own business). `1)`
 * list markers are not closers.
 */
function imbalances(units: Unit[]): Mark[] {
  const stack: Mark[] = [];
  const out: Mark[] = [];
  units.forEach((unit, u) => {
    // Openers left open further back than the paragraph and the two units before are unclosed.
    while (stack.length && u - stack[0].unit > 2 && !(unit.paragraph !== undefined && stack[0].sentence?.paragraph === unit.paragraph)) out.push(stack.shift()!);
    const text = unit.text;
    for (let offset = 0; offset < text.length; offset++) {
      const char = text[offset];
      if (char in OPENERS) stack.push({ sentence: unit.sentence, unit: u, offset, char });
      else if (char in CLOSERS) {
        if (char === ')' && /(?:^|[^\dA-Za-z（(])[\dA-Za-z]{1,2}$/.test(text.slice(Math.max(0, offset - 3), offset)) && !stack.some((m) => m.char === '(' || m.char === '（')) continue;
        const at = stack.map((m) => OPENERS[m.char]).lastIndexOf(CLOSERS[char]);
        // A closer that matches an opener further down closes it; the ones above it were never closed.
        if (at >= 0) out.push(...stack.splice(at).slice(1));
        else out.push({ sentence: unit.sentence, unit: u, offset, char });
      }
    }
  });
  out.push(...stack);
  return out.filter((m) => m.sentence).sort((a, b) => a.unit - b.unit || a.offset - b.offset);
}

const NUMBERED_HEADING_RE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、.．](?!\d)|[①-⑳])/;

/** Whether what follows the sentence is a numbered heading or a new numbered item (not a title line that may be its own continuation). */
function numberedUnitFollows(doc: BudgetDocument, s: Sentence): boolean {
  const next = doc.prose.sentences[s.index + 1];
  if (next && next.section === s.section) return next.item !== undefined && next.item !== s.item;
  const section = doc.prose.sections[s.section + 1];
  return section !== undefined && NUMBERED_HEADING_RE.test(section.title);
}

/** A sentence that stands alone and is no statement: `无`, a list lead-in, a bracketed note, a label. */
function needsNoFullStop(text: string): boolean {
  return text.length < 12 || /[：:；;，,、]$/.test(text) || /^[（(].*[)）]$/.test(text) || /^[“《].*[”》]$/.test(text);
}

export default defineRule({
  meta: {
    id: 'wording/punctuation',
    code: 'BL301',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '标点：重复的句末标点（。。 ，。 ；。），段落或条目末尾缺句号，句内引号、括号不成对',
      en: 'Punctuation: doubled sentence punctuation (。。 ，。 ；。), a paragraph or item ending without 。, unbalanced quotes or brackets',
    },
    messages: {
      doubled: { zh: '标点重复“{marks}”：“{quote}”', en: 'doubled punctuation “{marks}”: “{quote}”' },
      missingStop: { zh: '段落末尾缺少句号：“{quote}”', en: 'the paragraph ends without 。: “{quote}”' },
      unclosed: { zh: '“{char}”未闭合：“{quote}”', en: '“{char}” is never closed: “{quote}”' },
      unopened: { zh: '多余的“{char}”（无对应的前半）：“{quote}”', en: 'a stray “{char}” with nothing to close: “{quote}”' },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const sentences = doc.prose.sentences;
    for (const s of sentences) {
      for (const m of s.text.matchAll(DOUBLED_RE)) {
        ctx.report({
          messageId: 'doubled',
          data: { marks: m[0].replace(/\s/g, ''), quote: fragment(s.text, m.index, m.index + m[0].length) },
          location: sentencePlace(doc, s, m.index),
        });
      }
      const next = sentences[s.index + 1];
      const lastOfParagraph = !next || next.paragraph !== s.paragraph;
      if (s.terminator === '' && lastOfParagraph && /[\u4e00-\u9fff]/.test(s.text) && !needsNoFullStop(s.text) && numberedUnitFollows(doc, s)) {
        ctx.report({ messageId: 'missingStop', data: { quote: fragment(s.text, s.text.length, s.text.length, 30) }, location: sentencePlace(doc, s, s.text.length - 1) });
      }
    }
    for (const mark of imbalances(readingOrder(doc))) {
      const sentence = mark.sentence!;
      ctx.report({
        messageId: mark.char in OPENERS ? 'unclosed' : 'unopened',
        data: { char: mark.char, quote: fragment(sentence.text, mark.offset, mark.offset + 1) },
        location: sentencePlace(doc, sentence, mark.offset),
      });
    }
  },
});
