import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { checkFile } from '../../src/batch/check-file.js';
import { htmlReport } from '../../src/report/html/index.js';
import { loadSources } from '../../src/report/html/sources.js';
import { summarize } from '../../src/report/summary.js';
import { SEEDS } from '../helpers.js';

const R12 = 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf';
/** Assertions on a report of a megabyte that print the missing part, not the whole report. */
const has = (text: string, part: string) => expect(text.includes(part), `report lacks ${part}`).toBe(true);
const matches = (text: string, pattern: RegExp) => expect(pattern.test(text), `report does not match ${pattern}`).toBe(true);
const tool = { name: 'budgetlint', version: 'test' };
const results = await Promise.all([checkFile(R12, rules, { lang: 'zh' }), checkFile(SEEDS['001'], rules, { lang: 'zh' }), checkFile('fixtures/bad-text/binary.txt', rules, { lang: 'zh' })]);
const sources = await loadSources(results);
const html = htmlReport(results, summarize(results), { lang: 'zh', tool, sources });

describe('HTML report', () => {
  it('is one self-contained file: nothing is loaded from elsewhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(/<link\b|<script[^>]+src=|<img[^>]+src="(?!data:)|url\((?!data:)|https?:\/\/(?!json)/i.exec(html)?.[0]).toBeUndefined();
  });

  it('renders the pages that carry an error or a warning, each once, and none for infos', () => {
    const [r12] = results;
    const wanted = new Set(r12.findings.filter((f) => f.severity !== 'info').flatMap((f) => [f.location, ...f.related]).map((p) => p.page));
    const pages = sources.get(R12)?.pages ?? [];
    expect(pages.map((p) => p.page)).toEqual([...wanted].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const p of pages) expect(html.split(`.pg-0-${p.page}{background-image:url(data:image/jpeg;base64,`).length).toBe(2);
    expect(html.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('highlights the cell of a table finding at the extractor’s coordinates', () => {
    const bl012 = results[0].findings.find((f) => f.ruleCode === 'BL012')!;
    const b = bl012.location.box!;
    expect(b).toBeDefined();
    has(html, `data-kind="cell" data-role="main" data-place="0" data-box="${[b.x, b.y, b.w, b.h].map((v) => v.toFixed(2)).join(',')}"`);
  });

  it('highlights the quoted sentence of a narrative finding where the page prints it', () => {
    const index = results[0].findings.findIndex((f) => f.ruleCode === 'BL100');
    const article = html.slice(html.indexOf(`id="f0-${index}"`), html.indexOf('</article>', html.indexOf(`id="f0-${index}"`)));
    has(article, '<blockquote>4. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元');
    matches(article, /class="hl main text"[^>]*data-box="[\d.]+,[\d.]+,[\d.]+,[\d.]+"/);
    // The related cell in the 一般公共预算 table is linked to its page figure.
    has(article, `<a href="#f0-${index}-p11">另见 第11页 · 2024年预算单位一般公共预算支出功能分类预算表`);
    matches(article, /id="f0-\d+-p11"[^]*class="hl related cell"/);
  });

  it('shows the quoted lines of a text filing, the line itself marked', () => {
    const seed = results[1];
    const bl022 = seed.findings.find((f) => f.ruleCode === 'BL022')!;
    expect(bl022.location.line).toBe(375);
    has(html, '<tr class="hit"><th>375</th><td>2024年项目支出预算表（本年预算）</td></tr>');
    matches(html, /<tr><th>374<\/th>.*<tr class="hit"><th>375<\/th>.*<tr><th>376<\/th>/);
  });

  it('lists files with their counts, failures with the reason, and has the filters and the language switch', () => {
    has(html, '<a href="#file-2">fixtures/bad-text/binary.txt</a>');
    has(html, '[NOT_TEXT] 文件含二进制数据，不是文本文件');
    matches(html, /<select name="rule">.*<option value="BL012">BL012 cross-table\/income-expenditure-by-code<\/option>/s);
    matches(html, /<select name="family">.*<option value="narrative">narrative<\/option>/s);
    has(html, '<button type="button" id="lang">');
  });
});
