import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runRules } from '../../src/engine/run.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { readFinalClaims } from '../../src/narrative/final/index.js';
import { segmentNarrative } from '../../src/narrative/segment.js';
import { finalDoc } from './helpers.js';

/** The 决算 narrative rules (BL058–BL064) and the unchecked list (BL119). */
const NARRATIVE = new Set(['BL058', 'BL059', 'BL060', 'BL061', 'BL062', 'BL063', 'BL064']);
const narrativeRules = rules.filter((r) => NARRATIVE.has(r.meta.code) || r.meta.code === 'BL119');

function check(doc: BudgetDocument): Finding[] {
  return runRules(doc, narrativeRules, { lang: 'zh' });
}

/** R14's tables with a narrative written here (sentences that occur in no fixture). */
async function withNarrative(lines: string[]): Promise<BudgetDocument> {
  const doc = await finalDoc('R14');
  let section: string | undefined;
  const paragraphs = lines.map((text, i) => {
    if (/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(text)) section = text;
    return { text, section, position: { page: 99, line: i + 1 } };
  });
  doc.narrative = paragraphs;
  doc.prose = segmentNarrative(paragraphs);
  doc.claims = readFinalClaims(doc.prose, doc.tables, doc.year);
  return doc;
}

const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info' && f.ruleCode !== 'BL119');
const pin = (f: Finding) => `${f.severity} ${f.ruleCode} p${f.location.page} ${f.location.row ?? ''}`;

describe('决算 narrative on the real filings (each finding checked against pdftotext -layout of the page)', () => {
  it('R14: 基本支出 and 人员经费 taken from the wrong table (errors); two truncated percentages (warnings)', async () => {
    const findings = serious(check(await finalDoc('R14')));
    // p24: 5377.64 is 表3's 基本支出 (all money), 表5 says 5364.75; 人员经费 4896.98 = 5377.64 − 480.66, 表6 4884.09.
    // p21: 9746.50 ÷ 9759.38 = 99.868 % printed 99.86 %; 9746.50 ÷ 10210.34 = 95.457 % printed 95.45 %.
    expect(findings.map(pin).sort()).toEqual([
      'error BL058 p24 一般公共预算财政拨款基本支出',
      'error BL058 p24 人员经费',
      'warning BL059 p21 一般公共预算财政拨款支出',
      'warning BL060 p21 一般公共预算财政拨款支出',
    ]);
    expect(findings.find((f) => f.location.row === '人员经费')!.message).toContain('4884.09');
  });

  it('R15 (held out while the grammar was written): 完成年初预算的95.89% is 决算数 ÷ 全年预算 (the 年初预算 is 0)', async () => {
    const findings = serious(check(await finalDoc('R15')));
    expect(findings.map(pin)).toEqual(['error BL060 p18 一般公共预算财政拨款支出']);
    expect(findings[0].message).toContain('全年预算321.02万元');
  });

  it('R14 and R15: the figures the narrative restates are examined, not left unchecked', async () => {
    for (const id of ['R14', 'R15'] as const) {
      const doc = await finalDoc(id);
      const unchecked = new Set(check(doc).filter((f) => f.ruleCode === 'BL119').map((f) => f.location.claim));
      const total = doc.claims.find((c) => c.subject === 'final.total');
      expect(total, id).toBeDefined();
      expect(unchecked.has(total!.id)).toBe(false);
      expect(doc.claims.filter((c) => c.subject?.startsWith('final.general.code:')).length).toBeGreaterThan(8);
    }
  });
});

describe('决算 sentence forms (hand-written, on R14’s tables)', () => {
  const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';

  it('completion against the 全年预算, said so; a wrong rate is one BL060 naming the 全年预算', async () => {
    const right = await withNarrative([GENERAL, '一般公共预算财政拨款支出全年预算为10000.00万元，支出决算为9746.50万元，完成全年预算数的97.47%。']);
    expect(serious(check(right))).toEqual([]);
    const wrong = serious(check(await withNarrative([GENERAL, '一般公共预算财政拨款支出全年预算为10000.00万元，支出决算为9746.50万元，完成全年预算数的96.47%。'])));
    expect(wrong.map((f) => f.ruleCode)).toEqual(['BL060']);
    expect(wrong[0].message).toContain('全年预算');
  });

  it('a rate said to be of the 年初预算 that is 决算数 ÷ 全年预算', async () => {
    const findings = serious(check(await withNarrative([GENERAL, '一般公共预算财政拨款支出年初预算为9000.00万元，全年预算为10000.00万元，支出决算为9746.50万元，完成年初预算的97.47%。'])));
    expect(findings.map((f) => f.ruleCode)).toEqual(['BL060']);
    expect(findings[0].message).toContain('年初预算为9000.00万元');
  });

  it('0 ÷ 0 is unverifiable: a 三公 line with no budget, “完成预算的0.00%”, stays unchecked', async () => {
    const doc = await withNarrative(['七、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%。']);
    const findings = check(doc);
    expect(serious(findings)).toEqual([]);
    const zeroRate = doc.claims.find((c) => c.raw === '0.00' && c.unit === '%')!;
    expect(findings.some((f) => f.ruleCode === 'BL119' && f.location.claim === zeroRate.id)).toBe(true);
  });

  it('决算数大于预算数 against the figures', async () => {
    const findings = serious(check(await withNarrative([GENERAL, '一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元。', '决算数大于预算数的主要原因：项目增加。'])));
    expect(findings.map((f) => f.ruleCode)).toEqual(['BL061']);
  });

  it('a change against a zero prior year is unverifiable, a wrong rate is an error', async () => {
    const OPS = '（一）机关运行经费支出情况';
    expect(serious(check(await withNarrative([OPS, '机关运行经费支出142.80万元，比2023年度增加142.80万元，增长100.00%。'])))).toEqual([]);
    const wrong = serious(check(await withNarrative([OPS, '机关运行经费支出142.80万元，比2023年度减少13.52万元，下降9.65%。'])));
    expect(wrong.map((f) => f.ruleCode)).toEqual(['BL062']);
  });

  it('shares of 本年支出合计; the 三公 预算数 against the table; 机关运行经费 ≤ 公用经费; 政府采购 parts', async () => {
    const codes = (lines: string[]) => withNarrative(lines).then((d) => serious(check(d)).map((f) => f.ruleCode));
    expect(await codes(['三、支出决算情况说明', '本年支出合计9759.38万元，其中：基本支出5377.64万元，占56.10%；项目支出4381.74万元，占44.90%。'])).toEqual(['BL059']);
    expect(await codes(['七、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款支出年初预算为3.85万元，支出决算为0.39万元。'])).toEqual(['BL058']);
    expect(await codes(['（一）机关运行经费支出情况', '机关运行经费支出500.00万元。'])).toEqual(['BL064']);
    expect(await codes(['（二）政府采购支出情况', '本部门政府采购金额为100.00万元，其中：货物采购金额10.00万元、工程采购金额20.00万元、服务采购金额30.00万元。'])).toEqual(['BL063']);
  });

  it('fails closed: a figure whose words name nothing, a path of another fund, an item heading not in the tables', async () => {
    const doc = await withNarrative([GENERAL, '其中：12.00万元用于办公。', '1、住房保障支出（类）住房保障支出（款）住房公积金（项）。', '年初预算为100.00万元，支出决算为100.00万元。']);
    expect(serious(check(doc))).toEqual([]);
    expect(doc.claims.every((c) => !c.subject || c.subject === undefined || !c.subject.startsWith('final.general.code:'))).toBe(true);
    expect(doc.claims.filter((c) => c.unresolved).length).toBeGreaterThanOrEqual(3);
  });
});
