import { defineRule } from '../../src/engine/rule.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Item, Sentence } from '../../src/narrative/types.js';
import { sentencePlace } from '../prose.js';

/**
 * A purpose sentence copied from another item and not adapted (`住房公积金（项）。主要用于：事业单位医疗
 * 保险支出。` right after `事业单位医疗（项）。主要用于：事业单位医疗保险支出。`): the 公开情况检查表 asks
 * that each 项 says what its money is used for.
 *
 * Fail closed: only numbered items whose heading the narrative stage resolved to a classification code
 * are read; two items of different codes must print the same purpose word for word, and the purpose
 * must name something of the other item's heading that the item's own heading does not (`医疗`). Words
 * every item shares (行政单位, 事业单位, 人员, 公用, 支出 …) never count, so the same generic purpose under
 * two 行政运行 items is silent.
 */

const PURPOSE_RE = /主要用于[：:]?\s*([^。；;]+)/;

/** Words any item's purpose may share with another heading without being copied from it. */
const GENERIC = /行政事业单位|机关事业单位|行政单位|事业单位|机关|单位|行政|事业|人员|公用|支出|经费|其他|事务|运行|基本|项目|保障|费用|[（）()“”""、，,\-—\s]|类|款|项|科目/g;

interface PurposeOf {
  item: Item;
  code: string;
  sentence: Sentence;
  purpose: string;
}

/** The distinctive two-character words of a heading or purpose (generic words cut out, not bridged). */
function distinctiveWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const part of text.split(GENERIC)) for (let i = 0; i + 2 <= part.length; i++) words.add(part.slice(i, i + 2));
  return words;
}

/**
 * The longest stretch of the purpose that the other heading prints and the item's own does not,
 * holding one of the telling words (`一般行政管理事务`, not `管理`).
 */
function borrowedWords(own: PurposeOf, other: PurposeOf, telling: string[]): string | undefined {
  const text = own.purpose;
  for (let length = text.length; length >= 2; length--) {
    for (let start = 0; start + length <= text.length; start++) {
      const words = text.slice(start, start + length);
      if (other.item.heading.includes(words) && !own.item.heading.includes(words) && telling.some((w) => words.includes(w))) return words;
    }
  }
  return undefined;
}

const unquoted = (heading: string) => heading.replace(/^[“"]|[”"]$/g, '');

function purposesOf(doc: BudgetDocument): PurposeOf[] {
  const out: PurposeOf[] = [];
  for (const item of doc.prose.items) {
    const code = /code:(\d{3,7})$/.exec(item.subject ?? '')?.[1];
    if (!code) continue;
    for (const index of item.sentences) {
      const sentence = doc.prose.sentences[index];
      const match = PURPOSE_RE.exec(sentence.text);
      if (!match) continue;
      out.push({ item, code, sentence, purpose: match[1].replace(/\s+/g, '') });
      break;
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'wording/purpose-copied',
    code: 'BL307',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '科目用途说明照抄其他科目：两个不同科目的“主要用于”一字不差，且写的是另一科目的内容',
      en: 'A purpose copied from another item: two different classification items print the same 主要用于 word for word, naming what belongs to the other',
    },
    messages: {
      copied: {
        zh: '“{item}”的用途写作“{purpose}”，与“{other}”的用途一字不差，其中“{word}”属于后者而非本科目：疑为照抄未改',
        en: 'the purpose of “{item}” reads “{purpose}”, word for word that of “{other}”, and “{word}” belongs to the latter, not to this item: copied and not adapted?',
      },
    },
  },
  check(ctx) {
    const purposes = purposesOf(ctx.doc);
    for (const own of purposes) {
      const ownWords = distinctiveWords(own.item.heading);
      for (const other of purposes) {
        if (other === own || other.code === own.code || other.purpose !== own.purpose) continue;
        const purposeWords = distinctiveWords(own.purpose);
        const telling = [...distinctiveWords(other.item.heading)].filter((w) => purposeWords.has(w) && !ownWords.has(w));
        const word = telling.length > 0 ? borrowedWords(own, other, telling) : undefined;
        if (!word) continue;
        ctx.report({
          messageId: 'copied',
          data: { item: unquoted(own.item.heading), purpose: own.purpose, other: unquoted(other.item.heading), word },
          location: sentencePlace(ctx.doc, own.sentence, own.sentence.text.indexOf('主要用于')),
        });
        break;
      }
    }
  },
});
