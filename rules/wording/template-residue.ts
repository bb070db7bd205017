import { defineRule } from '../../src/engine/rule.js';
import { fragment, sentencePlace } from '../prose.js';

/**
 * Fill-in residue of the template: alternatives never chosen (`增加（减少）`), placeholders (`XX局`,
 * `××万元`), hints left in (`（如有）`, `【请填写…】`, `此处填写`). Document numbers in `【2016】`
 * or `〔2023〕` are not hints: a `【…】` is residue only when it holds instruction words.
 */
const RESIDUE: { kind: 'alternative' | 'placeholder' | 'hint'; re: RegExp }[] = [
  { kind: 'alternative', re: /(?:增加|减少|增长|下降|上升|增|减)\s*[（(/／]\s*(?:增加|减少|增长|下降|上升|增|减)\s*[)）]?/g },
  { kind: 'alternative', re: /[（(]\s*(?:增加|减少|增长|下降)\s*[)）](?=\s*[\d.,，。；]|$)/g },
  { kind: 'placeholder', re: /(?<![A-Za-z0-9])(?:[XxＸｘ]{2,}|[×＊*]{2,}|○{2,}|□{2,})(?![A-Za-z0-9])/g },
  { kind: 'hint', re: /[（(【\[]\s*如有[^）)】\]]{0,30}[)）】\]]|如有[^，,。；;]{0,20}?(?:请|须|需|应)(?:填写|填列|说明|列明|注明)/g },
  { kind: 'hint', re: /【[^】]{0,40}?(?:填写|填列|请|如有|示例|删除|根据实际|单位名称|部门名称|说明)[^】]{0,40}】/g },
  { kind: 'hint', re: /此处填写|请填写|请在此处?|在此填写|填报说明|（请[^）]{1,30}）/g },
];

export default defineRule({
  meta: {
    id: 'wording/template-residue',
    code: 'BL303',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '模板残留：未选择的备选词（增加（减少））、占位符（XX、××）、填写提示（如有、【…】、此处填写）',
      en: 'Template residue: unchosen alternatives (增加（减少）), placeholders (XX, ××), fill-in hints (如有, 【…】, 此处填写)',
    },
    messages: {
      alternative: { zh: '模板备选词未删除“{text}”：“{quote}”', en: 'template alternatives left in “{text}”: “{quote}”' },
      placeholder: { zh: '模板占位符未填写“{text}”：“{quote}”', en: 'template placeholder left in “{text}”: “{quote}”' },
      hint: { zh: '模板填写提示未删除“{text}”：“{quote}”', en: 'template hint left in “{text}”: “{quote}”' },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.prose.sentences) {
      const hits = RESIDUE.flatMap(({ kind, re }) => [...sentence.text.matchAll(re)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length })));
      // Overlapping matches (`增加（减少）` and its `（减少）`, `【请填写…】` and its `请填写`) are one residue: the longest.
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      let covered = -1;
      for (const hit of hits) {
        if (hit.start < covered) continue;
        covered = hit.end;
        ctx.report({
          messageId: hit.kind,
          data: { text: sentence.text.slice(hit.start, hit.end), quote: fragment(sentence.text, hit.start, hit.end) },
          location: sentencePlace(doc, sentence, hit.start),
        });
      }
    }
  },
});
