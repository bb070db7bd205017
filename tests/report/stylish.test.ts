import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { rules } from '../../rules/index.js';
import { checkFile } from '../../src/batch/check-file.js';
import { stylishReport } from '../../src/report/stylish.js';
import { errorsOnly, summarize } from '../../src/report/summary.js';
import { displayWidth, terminalWidth, wrapText } from '../../src/report/wrap.js';
import { SEEDS } from '../helpers.js';

const R12 = 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf';
const results = await Promise.all([checkFile(R12, rules, { lang: 'zh' }), checkFile(SEEDS['001'], rules, { lang: 'zh' }), checkFile('fixtures/pdfs/bad/truncated_20k.pdf', rules, { lang: 'zh' })]);
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('stylish report', () => {
  for (const width of [80, 120]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`never prints a line wider than ${width} columns (${lang}, real filing, by display width)`, () => {
        const text = stylishReport(results, summarize(results), { lang, width, verbose: true });
        expect(text.split('\n').length).toBeGreaterThan(50);
        expect(widest(text)).toBeLessThanOrEqual(width);
        // Colour does not change what is counted: escapes take no columns.
        const coloured = stylishReport(results, summarize(results), { lang, width, chalk: new Chalk({ level: 3 }) });
        expect(coloured).toContain('\u001b[');
        expect(widest(coloured)).toBeLessThanOrEqual(width);
      });
    }
  }

  it('prints errors before warnings, with place, figures, rule id and the quoted sentence', () => {
    const text = stylishReport([results[0]], summarize([results[0]]), { lang: 'zh', width: 80 });
    const lines = text.split('\n');
    const firstWarning = lines.findIndex((l) => l.includes('⚠ 警告'));
    const lastError = lines.findLastIndex((l) => l.includes('✖ 错误'));
    expect(lastError).toBeGreaterThan(0);
    expect(firstWarning).toBeGreaterThan(lastError);
    const at = lines.findIndex((l) => l.startsWith('  ✖ 错误 第6页 · 2024年单位预算编制说明 · 社会保障和就业支出（类）社会福利（款）'));
    expect(at).toBeGreaterThan(0);
    const block = lines.slice(at, at + 9).join('\n');
    expect(block).toContain('应为 696.4796万元 · 实为 738.66万元 · 相差 42.1804万元（容差 ±0.00505）');
    expect(block).toContain('BL100 narrative/amount-matches-table');
    expect(block).toContain('「4. “社会保障和就业支出（类）');
    expect(block).toContain('另见 第11页 · 2024年预算单位一般公共预算支出功能分类预算表');
  });

  it('counts infos in one line per file unless --verbose, and --quiet shows and counts errors only', () => {
    const r = results[1];
    const infos = r.findings.filter((f) => f.severity === 'info');
    const residues = infos.filter((f) => f.ruleId !== 'narrative/unchecked-claim').length;
    const unchecked = infos.length - residues;
    const normal = stylishReport([r], summarize([r]), { lang: 'zh', width: 100 });
    expect(normal).toContain(`另有 ${infos.length} 条提示（尾差 ${residues}，未核对 ${unchecked}）`);
    expect(normal).not.toContain('i 提示');
    const verbose = stylishReport([r], summarize([r]), { lang: 'zh', width: 100, verbose: true });
    expect(verbose.split('\n').filter((l) => l.startsWith('  i 提示')).length).toBe(infos.length);
    const shown = errorsOnly([r]);
    const quiet = stylishReport(shown, summarize(shown), { lang: 'zh', width: 100, quiet: true });
    expect(quiet).not.toContain('警告');
    expect(quiet).not.toContain('提示');
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    expect(quiet).toContain(`；错误 ${errors}\n`);
  });

  it('gives the failure reason in Chinese in the Chinese report, the code unchanged', () => {
    const zh = stylishReport([results[2]], summarize([results[2]]), { lang: 'zh', width: 80 });
    expect(zh).toContain('无法检查：[CORRUPT_PDF] PDF 文件结构损坏或不完整');
    const en = stylishReport([results[2]], summarize([results[2]]), { lang: 'en', width: 80 });
    expect(en).toContain('could not be checked: [CORRUPT_PDF] the PDF structure is damaged');
  });

  it('lists the most frequent rules in the summary', () => {
    const text = stylishReport(results, summarize(results), { lang: 'en', width: 80 });
    const tail = text.slice(text.lastIndexOf('most frequent rules:'));
    // R12 prints 13 economic codes with other codes' names: the top rule.
    expect(tail.split('\n')[1]).toMatch(/^\s+13 {2}BL030 consistency\/code-name$/);
  });
});

describe('wrapping', () => {
  it('wraps CJK by display width, keeps Latin words whole, and does not start a line with closing punctuation', () => {
    const lines = wrapText('情况说明称支出预算为1,212.12万元，其中财政拨款950.12万元。', 20);
    expect(lines.every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe('情况说明称支出预算为1,212.12万元，其中财政拨款950.12万元。');
    expect(lines.some((l) => /^[，。]/.test(l))).toBe(false);
    expect(lines.some((l) => l.includes('1,212.12'))).toBe(true);
    expect(stripVTControlCharacters('\u001b[31m错误\u001b[39m')).toBe('错误');
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
  });

  it('takes the width from the terminal, else COLUMNS, else 80', () => {
    expect(terminalWidth(132, { COLUMNS: '100' })).toBe(132);
    expect(terminalWidth(undefined, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth(undefined, { COLUMNS: 'x' })).toBe(80);
    expect(terminalWidth(undefined, {})).toBe(80);
  });
});
