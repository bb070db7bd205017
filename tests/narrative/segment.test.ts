import { describe, expect, it } from 'vitest';
import { segmentNarrative } from '../../src/narrative/segment.js';
import type { Narrative } from '../../src/narrative/types.js';
import { realdoc, seedDoc } from './helpers.js';

const sectionOf = (n: Narrative, text: string) => {
  const s = n.sentences.find((x) => x.text.includes(text));
  if (!s) throw new Error(`no sentence with ${text}`);
  return { sentence: s, section: n.sections[s.section], item: s.item === undefined ? undefined : n.items[s.item] };
};

const lines = (texts: string[]) => texts.map((text, i) => ({ text, position: { line: i + 1 } }));

describe('narrative segmentation: sections → items → sentences', () => {
  it('seed 001: sections by heading, items by number, sentences at 。, lines joined', () => {
    const n = seedDoc('001').prose;
    const revenue = sectionOf(n, '比上年减少1693.17万元');
    expect(revenue.section.title).toBe('一、部门预算收支数据变动情况及原因');
    // The author left out the final 。 before the next heading.
    expect(revenue.sentence.terminator).toBe('');
    const subsection = sectionOf(n, '一般公共预算当年支出2,399.21万元,比上年减少');
    expect(subsection.section).toMatchObject({ title: '(一)一般公共预算当年支出规模变化情况', level: 2 });
    expect(n.sections[subsection.section.parent!].title).toBe('五、一般公共预算支出情况说明');
    // A heading standing alone names the item; the paragraph after it is the item's.
    const item = sectionOf(n, '纳入绩效目标管理的二级项目6个');
    expect(item.item).toMatchObject({ marker: '2、', heading: '项目绩效目标' });
    expect(item.sentence.position.line).toBe(458);
    // Two printed lines (432 ends with `;`) are one sentence, and the second piece keeps its line.
    const joined = sectionOf(n, '公用经费34.61万元');
    expect(joined.sentence.position.line).toBe(432);
    expect(joined.sentence.pieces.map((p) => p.position.line)).toEqual([432, 434]);
    // `其中：` after a full stop is a sentence of its own.
    expect(sectionOf(n, '其中:因公出国(境)费0万元').sentence.text.startsWith('其中')).toBe(true);
  });

  it('R06: Shanghai items are scopes whose heading is the 科目 path; a page break does not end an item list', async () => {
    const n = (await realdoc('R06_上海市普陀区人民政府办公室_2025_部门预算.pdf')).prose;
    const first = sectionOf(n, '1,202.95万元');
    expect(first.item).toMatchObject({ marker: '1.', heading: '“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目' });
    expect(first.sentence.position.page).toBe(6);
    const ninth = sectionOf(n, '78.29万元');
    expect(ninth.item?.marker).toBe('9.');
    expect(ninth.sentence.position.page).toBe(7);
    expect(ninth.section).toBe(first.section);
    // `（一）因公出国（境）费839万元…` is an item of the 三公 section, not a heading.
    const abroad = sectionOf(n, '因公出国（境）费839万元');
    expect(abroad.item).toMatchObject({ marker: '（一）', heading: '因公出国（境）费' });
    expect(abroad.section.title).toBe('一、2025年“三公”经费预算情况说明');
    // An unnumbered paragraph after the items is not inside the last item.
    expect(sectionOf(n, '机关运行经费预算为213.28万元').item).toBeUndefined();
  });

  it('hand-made: page footers dropped, a sentence cut by a page break joined, items end at the next number', () => {
    const n = segmentNarrative(
      lines([
        '三、支出预算情况说明',
        '1.“一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）”科目120万元，主要用于',
        '- 7 -',
        '机关运行。2025年当年预算执行数为100万元。',
        '2.“教育支出”科目30万元。',
        '以上合计150万元。',
      ]),
    );
    expect(n.sections).toHaveLength(1);
    expect(n.items.map((i) => i.heading)).toEqual(['“一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）”科目', '“教育支出”科目']);
    const cut = n.sentences[0];
    expect(cut.text).toBe('1.“一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）”科目120万元，主要用于机关运行。');
    expect(cut.pieces.map((p) => p.position.line)).toEqual([2, 4]);
    expect(n.sentences[1]).toMatchObject({ text: '2025年当年预算执行数为100万元。', item: 0, position: { line: 4 } });
    expect(n.sentences[2].item).toBe(1);
    expect(n.sentences[3].item).toBeUndefined();
  });
});
