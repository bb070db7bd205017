import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesOf, evaluateFile, mentions, names } from '../../scripts/eval-mutations.js';
import type { Finding } from '../../src/model/finding.js';
import { hasTools, readToUnicode } from '../../scripts/eval-pdf.js';

/**
 * Smoke test of the real-PDF mutation eval (`npm run eval`, results in fixtures/eval/mutations.json):
 * two seeded one-digit changes inside R06's PDF, each verified with pdftotext and checked. The
 * detection rate itself is measured by the eval, not asserted here.
 */
const missing = hasTools();
if (missing) console.log(`mutation eval smoke test skipped: ${missing}`);

describe('mutation eval', () => {
  it('reads a ToUnicode map (bfchar and bfrange)', () => {
    const map = readToUnicode('beginbfchar\n<0013> <0030>\nendbfchar\nbeginbfrange\n<0014> <0016> <0031>\nendbfrange');
    expect([...map]).toEqual([['0013', '0'], ['0014', '1'], ['0015', '2'], ['0016', '3']]);
  });

  it('candidates: narrative amounts and percentages; a bound of a category only under the first definition', () => {
    const paragraphs = [{ text: '部门预算安排购置单价100万元（含）以上设备0台（套），申请400.00万元以上基本建设项目，支出预算2,013.86万元，占41.53%。', position: { page: 3 } }];
    expect(candidatesOf(paragraphs, 'amounts').map((c) => c.raw + c.unit)).toEqual(['2,013.86万元', '41.53%']);
    expect(candidatesOf(paragraphs, 'all').map((c) => c.raw + c.unit)).toEqual(['100万元', '400.00万元', '2,013.86万元', '41.53%']);
  });

  it('detection: a new error names the changed number only by its place, a related place, its figure or its message', () => {
    const sentence = '支出预算2,018.86万元，其中：基本支出836.38万元。';
    const at = (claim: string) => ({ table: '情况说明', excerpt: sentence, claim, figure: { id: `claim:${claim}` } });
    const finding = (location: Finding['location'], message: string): Finding =>
      ({ ruleId: 'narrative/composition', ruleCode: 'BL105', severity: 'error', message, location, related: [] }) as unknown as Finding;
    const changed = new Set(['n001']);
    // About the changed claim: yes. About another number of the same sentence, quoting it: no.
    expect(names(finding(at('n001'), '合计不符'), '2,018.86', changed)).toBe(true);
    expect(names(finding(at('n002'), '基本支出与表中不符'), '2,018.86', changed)).toBe(false);
    expect(names(finding(at('n002'), '支出预算为2,018.86万元，而…'), '2,018.86', changed)).toBe(true);
    // A number is found whole: 10.00 is not in 110.00 or 10.005, 10 is not in 10.50.
    expect([mentions('为110.00万元', '10.00'), mentions('为10.005', '10.00'), mentions('为10.50万元', '10'), mentions('为10万元', '10')]).toEqual([false, false, false, true]);
  });

  it.skipIf(missing !== undefined)('changes one digit of a narrative number in R06 twice, the same way on every run', async () => {
    const file = 'fixtures/realdocs/R06_上海市普陀区人民政府办公室_2025_部门预算.pdf';
    const result = await evaluateFile(file, { files: [file], perFile: 2, seed: 7 });
    expect(result.mutations).toHaveLength(2);
    for (const m of result.mutations) {
      // One digit differs, nothing else.
      expect(m.to).not.toBe(m.from);
      expect(m.to.length).toBe(m.from.length);
      expect([...m.from].filter((c, i) => c !== m.to[i])).toHaveLength(1);
      expect(m.detected ? m.by.length > 0 : m.cause).toBeTruthy();
    }
    // The committed results were made with the same seed: the same two numbers come first.
    const committed = JSON.parse(readFileSync('fixtures/eval/mutations.json', 'utf8')) as { seed: number; files: { file: string; mutations: { from: string; to: string }[] }[] };
    const r06 = committed.files.find((f) => file.endsWith(f.file))!;
    expect(committed.seed).toBe(7);
    expect(result.mutations.map((m) => `${m.from}→${m.to}`)).toEqual(r06.mutations.slice(0, 2).map((m) => `${m.from}→${m.to}`));
  }, 120_000);
});
