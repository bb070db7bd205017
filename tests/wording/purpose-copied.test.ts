import { describe, expect, it } from 'vitest';
import { narrativeDoc } from '../narrative/helpers.js';
import { parseText, seedText } from '../helpers.js';
import { findingsOf } from './helpers.js';

/**
 * BL307 wording/purpose-copied, on sentences written for the test (none from a fixture), with the
 * classification tables of seed 004 so that the items' headings resolve to codes. The real cases
 * (R03 p6 and p9, R04 p9, R15 p20) are pinned in tests/wording/realdocs.test.ts.
 */
const tables = parseText(seedText('004')).tables;
// The items sit in an expenditure section, as in a filing: there their headings name expenditure items.
const doc = (lines: string[]) => narrativeDoc(['三、一般公共预算支出情况说明', ...lines], { tables });
const copied = (lines: string[]) => findingsOf(doc(lines), 'wording/purpose-copied');

describe('BL307 a purpose copied from another item', () => {
  it.each([
    [
      'level marks, 主要用于 with a colon',
      [
        '1.“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”12.40万元，主要用于：在职职工医疗保险缴费。',
        '2.“住房保障支出（类）住房改革支出（款）住房公积金（项）”30.10万元，主要用于：在职职工医疗保险缴费。',
      ],
      '住房公积金',
      '医疗',
    ],
    [
      'without the colon, the copy printed first',
      [
        '（1）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）8.00万元，主要用于机关事业单位基本养老保险缴费。',
        '（2）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）16.00万元，主要用于机关事业单位基本养老保险缴费。',
      ],
      '职业年金',
      '基本养老保险缴费',
    ],
    [
      'full codes in the heading',
      [
        '一、2101101行政单位医疗5.20万元，主要用于行政单位医疗保险支出。',
        '二、2080501行政单位离退休9.90万元，主要用于行政单位医疗保险支出。',
      ],
      '离退休',
      '医疗',
    ],
  ])('fires on the copy only (%s)', (_, lines, copy, word) => {
    const findings = copied(lines);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toContain(copy);
    expect(findings[0].data.word).toContain(word);
    expect(findings[0].location.excerpt).toContain(copy);
  });

  it('is silent on a generic purpose shared by two items (nothing of either heading)', () => {
    expect(
      copied([
        '1.“卫生健康支出（类）医疗保障管理事务（款）行政运行（项）”80.00万元，主要用于行政单位人员支出、公用支出。',
        '2.“卫生健康支出（类）医疗保障管理事务（款）事业运行（项）”40.00万元，主要用于保障机构正常运转。',
        '3.“社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）”20.00万元，主要用于行政单位人员支出、公用支出。',
      ]),
    ).toEqual([]);
  });

  it('is silent when the purposes differ, or name what both headings share', () => {
    expect(
      copied([
        '1.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”5.00万元，主要用于行政单位医疗保险支出。',
        '2.“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”6.00万元，主要用于事业单位医疗保险支出。',
        '3.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”7.00万元，主要用于行政事业单位医疗支出。',
        '4.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”5.00万元，主要用于行政事业单位医疗支出。',
      ]).map((f) => f.message),
    ).toEqual([expect.stringContaining('行政单位离退休')]);
  });

  it('fails closed: an item whose heading resolves to no code of the tables is not read', () => {
    expect(
      copied([
        '1.“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”12.40万元，主要用于在职职工医疗保险缴费。',
        '2.“农林水支出（类）农业农村（款）病虫害控制（项）”3.00万元，主要用于在职职工医疗保险缴费。',
      ]),
    ).toEqual([]);
  });
});
