import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { checkFile } from '../../src/batch/check-file.js';
import { htmlReport } from '../../src/report/html/index.js';
import { loadSources } from '../../src/report/html/sources.js';
import { summarize } from '../../src/report/summary.js';
import { SEEDS } from '../helpers.js';

const R12 = 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf';
const R04 = 'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf';
/** Assertions on a report of a megabyte that print the missing part, not the whole report. */
const has = (text: string, part: string) => expect(text.includes(part), `report lacks ${part}`).toBe(true);
const matches = (text: string, pattern: RegExp) => expect(pattern.test(text), `report does not match ${pattern}`).toBe(true);
const occurrences = (text: string, part: string) => text.split(part).length - 1;
const tool = { name: 'budgetlint', version: 'test' };
const results = await Promise.all([
  checkFile(R12, rules, { lang: 'zh' }),
  checkFile(SEEDS['001'], rules, { lang: 'zh' }),
  checkFile('fixtures/bad-text/binary.txt', rules, { lang: 'zh' }),
  checkFile(R04, rules, { lang: 'zh' }),
]);
const sources = await loadSources(results);
const html = htmlReport(results, summarize(results), { lang: 'zh', tool, sources });
/** The report without the inline pdf.js (its code names URLs it never loads here). */
const page = html.replace(/<script type="text\/plain" id="bl-pdfjs(?:-worker)?">[^]*?<\/script>/g, '');
const shownPages = (i: number) =>
  [...new Set(results[i].findings.filter((f) => f.severity !== 'info').flatMap((f) => [f.location, ...f.related]).map((p) => p.page))].sort((a, b) => (a ?? 0) - (b ?? 0));

describe('HTML report', () => {
  it('is one self-contained file: nothing is loaded from elsewhere, every inline script closes where it should', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(/<link\b|<script[^>]+src=|<img[^>]+src="(?!data:)|\burl\((?!data:)|https?:\/\/(?!json)/i.exec(page)?.[0]).toBeUndefined();
    // pdf.js inline: no `</script` or `<!--` inside it ends or bends the element early.
    expect(occurrences(html, '<script')).toBe(occurrences(html, '</script>'));
    expect(occurrences(page, '<!--')).toBe(0);
  });

  it('embeds pdf.js once and each PDF with errors or warnings once, byte for byte; draws nothing in Node', () => {
    expect(occurrences(html, '<script type="text/plain" id="bl-pdfjs">')).toBe(1);
    expect(occurrences(html, '<script type="text/plain" id="bl-pdfjs-worker">')).toBe(1);
    has(html, readFileSync('node_modules/pdfjs-dist/build/pdf.worker.min.mjs', 'utf8').slice(0, 2000));
    for (const [i, path] of [[0, R12], [3, R04]] as const) {
      expect(occurrences(html, `id="bl-doc-${i}"`)).toBe(1);
      has(html, `<script type="application/pdf" id="bl-doc-${i}">${readFileSync(path).toString('base64')}</script>`);
      expect(sources.get(path)?.pdf?.pages).toEqual(shownPages(i));
      expect(sources.get(path)?.pages).toBeUndefined();
    }
    // The seed is a text filing: no PDF of it.
    expect(occurrences(html, 'type="application/pdf"')).toBe(2);
    expect(html).not.toContain('background-image');
    expect(html.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('gives every figure of an embedded PDF the page to draw, and the script that draws it', () => {
    for (const n of sources.get(R12)!.pdf!.pages) matches(html, new RegExp(`<figure class="page" id="f0-\\d+-p${n}" data-page="${n}" data-doc="0">`));
    has(html, 'function locateText(wanted, text)');
    has(html, 'function runOf(item, viewport, radicals)');
  });

  it('highlights the cell of a table finding at the extractor’s coordinates', () => {
    const bl012 = results[0].findings.find((f) => f.ruleCode === 'BL012')!;
    const b = bl012.location.box!;
    expect(b).toBeDefined();
    has(html, `data-kind="cell" data-role="main" data-place="0" data-box="${[b.x, b.y, b.w, b.h].map((v) => v.toFixed(2)).join(',')}"`);
  });

  it('asks the page to find the quoted sentence of a narrative finding, and links the related cell’s page', () => {
    const index = results[0].findings.findIndex((f) => f.ruleCode === 'BL100');
    const article = html.slice(html.indexOf(`id="f0-${index}"`), html.indexOf('</article>', html.indexOf(`id="f0-${index}"`)));
    has(article, '<blockquote>4. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元');
    has(article, 'class="hl main text" data-kind="text" data-role="main" data-place="0" data-find="4.“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元');
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

describe('HTML report of a PDF over the embedding limit (pages drawn in Node)', () => {
  const r12 = [results[0]];

  it('shows JPEG pages with the boxes placed in the HTML, and carries neither the PDF nor pdf.js', async () => {
    const fallback = await loadSources(r12, { embedLimit: 100_000 });
    const pages = fallback.get(R12)?.pages ?? [];
    expect(fallback.get(R12)?.pdf).toBeUndefined();
    expect(pages.map((p) => p.page)).toEqual(shownPages(0));
    const report = htmlReport(r12, summarize(r12), { lang: 'en', tool, sources: fallback });
    for (const p of pages) expect(occurrences(report, `.pg-0-${p.page}{background-image:url(data:image/jpeg;base64,`)).toBe(1);
    expect(report).not.toContain('id="bl-pdfjs"');
    expect(report).not.toContain('data-doc=');
    // Sentences are found in Node here: placed, with a box, nothing left for a script to find.
    matches(report, /class="hl main text" data-kind="text"[^>]*data-box="[\d.]+,[\d.]+,[\d.]+,[\d.]+" style="left:[\d.]+%/);
    expect(report).not.toContain('data-find=');
    has(report, '<figcaption>p.9</figcaption>');
  });
});
