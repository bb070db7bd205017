import { defineRule } from '../../src/engine/rule.js';
import { fragment, sentenceMatches, sentencePlace } from '../prose.js';

// A reason or purpose announced and then nothing: `主要原因是。` `主要用于：。` `原因为；`.
const EMPTY_CLAUSE_RE = /(主要原因(?:是|为|如下)?|原因(?:是|为)|主要用于|用于|主要包括|具体包括|包括|主要为|其中)\s*[：:]?\s*(?=[。；;]|$)/g;
// A figure left blank: `预算安排万元` `增加万元` `增长%`.
const BLANK_FIGURE_RE = /(?<!单位)(为|增加|减少|安排|共计|合计|下降|增长|占|达到?|上升)\s*(万元|亿元|%|％)/g;

export default defineRule({
  meta: {
    id: 'wording/truncated-clause',
    code: 'BL302',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '句子不完整：原因、用途等分句后无内容（主要原因是。 主要用于：。），或数字空缺（增加万元）',
      en: 'Truncated sentence: a reason or purpose clause with nothing after it (主要原因是。 主要用于：。), or a figure left blank (增加万元)',
    },
    messages: {
      emptyClause: { zh: '“{words}”之后没有内容：“{quote}”', en: 'nothing follows “{words}”: “{quote}”' },
      blankFigure: { zh: '“{words}”前缺少数字：“{quote}”', en: 'the figure before “{words}” is missing: “{quote}”' },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const { sentence, match } of sentenceMatches(doc, EMPTY_CLAUSE_RE)) {
      const end = match.index + match[0].length;
      // `其中` at a sentence end introduces the next lines only when printed with a colon (`其中：`).
      if (end === sentence.text.length && (sentence.terminator === '' || /[：:]\s*$/.test(match[0]))) continue;
      ctx.report({
        messageId: 'emptyClause',
        data: { words: match[1], quote: fragment(sentence.text, match.index, end + 1) },
        location: sentencePlace(doc, sentence, match.index),
      });
    }
    for (const { sentence, match } of sentenceMatches(doc, BLANK_FIGURE_RE)) {
      ctx.report({
        messageId: 'blankFigure',
        data: { words: match[2], quote: fragment(sentence.text, match.index, match.index + match[0].length) },
        location: sentencePlace(doc, sentence, match.index),
      });
    }
  },
});
