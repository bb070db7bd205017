/**
 * Browser test of the HTML report: `npm run test:browser` (after `npm run build`; .ci/run runs it
 * when Debian's chromium is installed). Nothing is downloaded: puppeteer-core drives the system's
 * Chromium (`$CHROMIUM`, else `chromium` on PATH).
 *
 * For two real filings and a filing with a non-embedded CJK font (its CMaps and standard font come
 * with the report) it writes the HTML report under dist/browser/, opens it in headless Chromium,
 * brings every page figure into view and waits until the browser has drawn it (pdf.js embedded in
 * the report, `data-rendered`), and for every highlight box checks
 * 1. that the browser draws it where the report says (its on-screen rectangle, converted back to
 *    PDF points, equals its data-box within half a point);
 * 2. that it lies over the text of its cell: a `cell` box equals the box of a cell of the
 *    extracted document (the extractor's own coordinates) and the text pdf.js places inside it is
 *    that cell's text; a `text` box holds only runs of the quoted sentence or row;
 * 3. that there is ink under it in the page as the browser drew it (highlights hidden, pixels of
 *    the box area);
 * 4. that the boxes are those of the report whose pages are drawn in Node (the fallback,
 *    `embedLimit: 0`): the same boxes on the same figures.
 * It also checks the report's size, that every page was drawn and asked for no asset the report
 * lacks, and that it loads nothing from the network, and saves a
 * screenshot of the first error (dist/browser/report-screenshot.png; `--update-docs` copies it to
 * docs/ for the README).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { rules } from '../rules/index.js';
import { checkFile } from '../src/batch/check-file.js';
import { normalizeText } from '../src/extract/normalize.js';
import { extractPdf } from '../src/extract/pdf/index.js';
import { openPdf } from '../src/extract/pdf/load.js';
import { toPiece } from '../src/extract/pdf/page.js';
import type { Matrix } from '../src/extract/pdf/geometry.js';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ExtractedCell } from '../src/extract/types.js';
import type { Box } from '../src/model/finding.js';
import { PACKAGE_ROOT } from '../src/refdata/index.js';
import { htmlReport } from '../src/report/html/index.js';
import { loadSources } from '../src/report/html/sources.js';
import { summarize } from '../src/report/summary.js';

const FILINGS = [
  'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf',
  'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf',
  // ReportLab, STSong-Light not embedded: the browser needs UniGB-UCS2-H, Adobe-GB1-UCS2 and Helvetica's data.
  'fixtures/pdfs/rl_001_stsong.pdf',
];
const OUT = join(PACKAGE_ROOT, 'dist', 'browser');
const MAX_BYTES = 5 * 1024 * 1024;
/** Points: how far the drawn box may be from its data-box (rounding of percentages and pixels). */
const DRAW_SLACK = 0.5;

interface DrawnBox {
  figure: string;
  page: number;
  kind: 'cell' | 'text';
  data: Box;
  drawn: Box;
  ink: string;
}

const squash = (t: string) => normalizeText(t).replace(/\s+/g, '');
const near = (a: Box, b: Box, slack: number) => Math.abs(a.x - b.x) <= slack && Math.abs(a.y - b.y) <= slack && Math.abs(a.w - b.w) <= slack && Math.abs(a.h - b.h) <= slack;

function chromiumPath(): string {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
}

/** Brings every page figure into view (they are drawn lazily) and waits until the browser has drawn it. */
async function drawPages(page: Page, name: string, failures: string[]): Promise<number> {
  const start = performance.now();
  const ids = await page.$$eval('figure.page[data-doc]', (figures) => figures.map((f) => f.id));
  for (const id of ids) {
    await page.$eval(`#${id}`, (f) => f.scrollIntoView());
    await page.waitForFunction((fid: string) => document.getElementById(fid)?.dataset.rendered, { timeout: 60_000 }, id);
    const state = await page.$eval(`#${id}`, (f) => `${(f as HTMLElement).dataset.rendered} ${f.querySelector('.failure')?.textContent ?? ''}`);
    if (!state.startsWith('true')) failures.push(`${name} ${id}: the browser did not draw the page: ${state}`);
  }
  console.log(`${name}: the browser drew ${ids.length} figures in ${((performance.now() - start) / 1000).toFixed(1)} s (wall, pdf.js loading included)`);
  const unplaced = await page.$$eval('.hl:not([data-box]), .hl[data-find]', (boxes) => boxes.length);
  if (unplaced) failures.push(`${name}: ${unplaced} highlight boxes left unplaced after drawing`);
  const missing = await page.evaluate(() => document.documentElement.dataset.missingAssets);
  if (missing) failures.push(`${name}: pdf.js asked for assets the report does not carry: ${missing}`);
  return ids.length;
}

/** figure id → its boxes (kind and data-box), sorted: what two reports of the same filing must share. */
const boxesByFigure = (boxes: { figure: string; kind: string; data: Box }[]) => {
  const out = new Map<string, string[]>();
  for (const b of boxes) out.set(b.figure, [...(out.get(b.figure) ?? []), `${b.kind} ${[b.data.x, b.data.y, b.data.w, b.data.h].map((v) => v.toFixed(2)).join(',')}`].sort());
  return out;
};

/** The boxes of the report whose pages Node draws (JPEG backgrounds; positions written into the HTML). */
function fallbackBoxes(html: string): { figure: string; kind: string; data: Box }[] {
  const out: { figure: string; kind: string; data: Box }[] = [];
  for (const fig of html.matchAll(/<figure class="page" id="([^"]+)"[^]*?<\/figure>/g)) {
    for (const b of fig[0].matchAll(/data-kind="(cell|text)"[^>]*data-box="([^"]+)"/g)) {
      const [x, y, w, h] = b[2].split(',').map(Number);
      out.push({ figure: fig[1], kind: b[1], data: { x, y, w, h } });
    }
  }
  return out;
}

/** Every highlight as drawn: rectangle in PDF points, and a screenshot of the page under it. */
async function drawnBoxes(page: Page): Promise<DrawnBox[]> {
  const boxes = await page.$$eval('.hl', (elements) =>
    elements.map((el) => {
      const figure = el.closest('figure') as HTMLElement;
      const sheet = el.parentElement as HTMLElement;
      const s = sheet.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const width = Number(figure.dataset.width);
      const height = Number(figure.dataset.height);
      const [x, y, w, h] = (el as HTMLElement).dataset.box!.split(',').map(Number);
      const k = width / s.width;
      return {
        figure: figure.id,
        page: Number(figure.dataset.page),
        kind: (el as HTMLElement).dataset.kind as 'cell' | 'text',
        data: { x, y, w, h },
        drawn: { x: (r.left - s.left) * k, y: (r.top - s.top) * (height / s.height), w: r.width * k, h: r.height * (height / s.height) },
        clip: { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height },
      };
    }),
  );
  await page.addStyleTag({ content: '.hl{visibility:hidden}' });
  const out: DrawnBox[] = [];
  for (const b of boxes) {
    const shot = await page.screenshot({ clip: b.clip, captureBeyondViewport: true });
    out.push({ figure: b.figure, page: b.page, kind: b.kind, data: b.data, drawn: b.drawn, ink: await inkShare(Buffer.from(shot)) });
  }
  return out;
}

/** Share of dark pixels in a PNG, as a percentage with one decimal. */
async function inkShare(png: Buffer): Promise<string> {
  const image = await loadImage(png);
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 140) dark++;
  return ((dark / (data.length / 4)) * 100).toFixed(1);
}

async function checkFiling(path: string, browser: Browser, failures: string[]): Promise<number> {
  const result = await checkFile(path, rules, { lang: 'zh' });
  const sources = await loadSources([result]);
  const report = (s: typeof sources) => htmlReport([result], summarize([result]), { lang: 'zh', tool: { name: 'budgetlint', version: 'test' }, sources: s });
  const html = report(sources);
  const name = path.split('/').pop()!.replace(/\.pdf$/, '');
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, html);
  const bytes = statSync(file).size;
  const embedded = sources.get(path)?.pdf;
  console.log(`${name}: ${result.document?.pageCount} pages, ${embedded ? `PDF embedded, ${embedded.pages.length} pages shown` : 'PDF NOT embedded'}, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  if (!embedded) failures.push(`${name}: the report does not carry the PDF`);
  if (bytes > MAX_BYTES) failures.push(`${name}: report is ${bytes} bytes (> ${MAX_BYTES})`);
  const fallback = boxesByFigure(fallbackBoxes(report(await loadSources([result], { embedLimit: 0 }))));

  // The extractor's cells and pdf.js's own text runs, page by page: what the boxes are compared with.
  const data = await readFile(path);
  const extracted = await extractPdf(path, data);
  const cells: ExtractedCell[] = extracted.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : []));
  const pdf = await openPdf(data);
  const runs = new Map<number, { text: string; cx: number; cy: number }[]>();
  try {
    for (const n of new Set(embedded?.pages)) {
      const page = await pdf.document.getPage(n);
      const transform = page.getViewport({ scale: 1 }).transform as Matrix;
      const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i && i.str.trim() !== '');
      runs.set(n, items.map((i) => toPiece(i, transform)).map((p) => ({ text: p.text, cx: (p.box.x0 + p.box.x1) / 2, cy: (p.box.y0 + p.box.y1) / 2 })));
    }
  } finally {
    await pdf.close();
  }

  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
  });
  await page.setViewport({ width: 1100, height: 1000 });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const drawn = await drawPages(page, name, failures);
  if (requests.length) failures.push(`${name}: the report asked the network for ${requests.join(', ')}`);
  const boxes = await drawnBoxes(page);
  if (boxes.length === 0) failures.push(`${name}: no highlight box in the report`);
  const inBrowser = boxesByFigure(boxes);
  for (const id of new Set([...inBrowser.keys(), ...fallback.keys()])) {
    const [a, b] = [inBrowser.get(id) ?? [], fallback.get(id) ?? []];
    if (a.join(' | ') !== b.join(' | ')) failures.push(`${name} ${id}: the browser's boxes ${a.join(' | ')} differ from those drawn in Node ${b.join(' | ')}`);
  }
  for (const b of boxes) {
    const where = `${name} ${b.figure} (${b.kind} box ${[b.data.x, b.data.y, b.data.w, b.data.h].join(',')})`;
    if (!near(b.drawn, b.data, DRAW_SLACK)) failures.push(`${where}: drawn at ${JSON.stringify(b.drawn)}`);
    const inside = (runs.get(b.page) ?? []).filter((r) => r.cx >= b.data.x && r.cx <= b.data.x + b.data.w && r.cy >= b.data.y && r.cy <= b.data.y + b.data.h);
    const text = squash(inside.map((r) => r.text).join(''));
    if (b.kind === 'cell') {
      const cell = cells.find((c) => c.page === b.page && near({ x: c.x!, y: c.y!, w: c.w!, h: c.h! }, b.data, 0.05));
      if (!cell) failures.push(`${where}: no extracted cell has this box`);
      else if (squash(cell.text) !== text) failures.push(`${where}: pdf.js places “${text}” in the box, the cell reads “${cell.text}”`);
      else if (text === '') failures.push(`${where}: an empty cell`);
    } else if (text === '') failures.push(`${where}: no text under the box`);
    if (Number(b.ink) === 0) failures.push(`${where}: no ink under the box in the rendered page`);
  }
  if (name.startsWith('R12')) {
    const first = await page.$('.finding.error .pages');
    const article = await page.$('.finding.error');
    if (first && article) {
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('style').forEach((s) => s.textContent?.includes('.hl{visibility:hidden}') && s.remove()));
      // The sticky header would cover the top of the finding in an element screenshot.
      await page.addStyleTag({ content: 'header{position:static}' });
      await article.screenshot({ path: join(OUT, 'report-screenshot.png') });
    }
  }
  await page.close();
  console.log(`${name}: ${drawn} pages drawn by the browser, ${boxes.length} highlight boxes (${boxes.filter((b) => b.kind === 'cell').length} cells, ${boxes.filter((b) => b.kind === 'text').length} sentences/rows), ink under each: ${boxes.map((b) => b.ink).join(' ')} %`);
  return boxes.length;
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const failures: string[] = [];
  let total = 0;
  try {
    for (const path of FILINGS) total += await checkFiling(join(PACKAGE_ROOT, path), browser, failures);
  } finally {
    await browser.close();
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  if (process.argv.includes('--update-docs')) {
    mkdirSync(join(PACKAGE_ROOT, 'docs'), { recursive: true });
    copyFileSync(join(OUT, 'report-screenshot.png'), join(PACKAGE_ROOT, 'docs', 'report-screenshot.png'));
  }
  console.log(`screenshot: ${join(OUT, 'report-screenshot.png')}`);
  console.log(`browser test: ${total} highlight boxes checked, ${failures.length} problems`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
