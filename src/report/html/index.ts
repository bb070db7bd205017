import type { FileResult } from '../../batch/check-file.js';
import type { Lang } from '../../engine/rule.js';
import type { Finding, Place, RelatedPlace, Severity } from '../../model/finding.js';
import { failureReason } from '../failures.js';
import type { Summary } from '../summary.js';
import { figuresText, placeText, quoteOf, WORDS } from '../words.js';
import { highlightsOf, wantedText, type Highlight } from './locate.js';
import type { PageImage } from './pages.js';
import type { PdfAssets } from './pdf-assets.js';
import { SCRIPT, STYLE } from './assets.js';
import { viewerHtml } from './viewer.js';

/** A PDF the report carries whole, for the browser to draw the pages it shows (viewer.ts). */
export interface EmbeddedPdf {
  /** The file, base64. */
  data: string;
  /** The pages findings are shown on. */
  pages: number[];
  assets: PdfAssets;
}

/** What the report shows of a source besides the findings: the PDF or its drawn pages, or lines (text). */
export interface Source {
  /** The PDF, drawn by the browser. */
  pdf?: EmbeddedPdf;
  /** Pages drawn in Node (the fallback for a PDF too large to embed: sources.ts). */
  pages?: PageImage[];
  /** Text filings: line number → line. */
  lines?: Map<number, string>;
  /** Why the pages or lines could not be shown. */
  problem?: string;
}

export interface HtmlOptions {
  lang: Lang;
  tool: { name: string; version: string };
  sources: Map<string, Source>;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Pages shown per finding: its own and up to this many related ones. */
const RELATED_PAGES = 3;
/** Lines shown around a quoted line of a text filing. */
const CONTEXT_LINES = 1;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Both languages in the page; CSS shows the chosen one. */
const both = (zh: string, en: string) => `<span class="zh">${esc(zh)}</span><span class="en">${esc(en)}</span>`;
const pct = (value: number, whole: number) => `${((value / whole) * 100).toFixed(3)}%`;
const family = (f: Finding) => f.ruleId.split('/')[0];

const boxData = (b: { x: number; y: number; w: number; h: number }) => [b.x, b.y, b.w, b.h].map((v) => v.toFixed(2)).join(',');

function boxDiv(h: Highlight, page: PageImage, role: 'main' | 'related', index: number): string {
  const b = h.box;
  const style = `left:${pct(b.x, page.width)};top:${pct(b.y, page.height)};width:${pct(b.w, page.width)};height:${pct(b.h, page.height)}`;
  return `<div class="hl ${role} ${h.kind}" data-kind="${h.kind}" data-role="${role}" data-place="${index}" data-box="${boxData(b)}" style="${style}"></div>`;
}

type ShownPlace = { place: Place; role: 'main' | 'related'; index: number };

/**
 * A box for the browser to place once it knows the page's size: a cell's box as the extractor
 * gives it, or the text to find on the page (a sentence, a row label) — the page's script finds it
 * with the same functions Node uses (locate.ts).
 */
function pendingBox(p: ShownPlace): string {
  const attrs = `data-role="${p.role}" data-place="${p.index}"`;
  if (p.place.box) return `<div class="hl ${p.role} cell" data-kind="cell" ${attrs} data-box="${boxData(p.place.box)}"></div>`;
  const wanted = wantedText(p.place);
  return wanted ? `<div class="hl ${p.role} text" data-kind="text" ${attrs} data-find="${esc(wanted)}"></div>` : '';
}

/** A page of the finding with its places on it highlighted (its own place first, then related). */
function figure(id: string, fileIndex: number, page: number, source: Source, places: ShownPlace[], lang: Lang): string {
  const on = places.filter((p) => p.place.page === page);
  const caption = `<figcaption>${esc(WORDS[lang].page(page))}</figcaption></figure>`;
  const image = source.pages?.find((p) => p.page === page);
  if (image) {
    const boxes = on.flatMap((p) => highlightsOf(p.place, image.text).map((h) => boxDiv(h, image, p.role, p.index)));
    return `<figure class="page" id="${id}" data-page="${page}" data-width="${image.width.toFixed(2)}" data-height="${image.height.toFixed(2)}">` +
      `<div class="sheet pg-${fileIndex}-${page}" style="aspect-ratio:${image.width.toFixed(2)}/${image.height.toFixed(2)}">${boxes.join('')}</div>${caption}`;
  }
  // Drawn by the browser: the size is known once pdf.js has the page (A4 landscape until then).
  return `<figure class="page" id="${id}" data-page="${page}" data-doc="${fileIndex}"><div class="sheet" style="aspect-ratio:297/210">${on.map(pendingBox).join('')}</div>${caption}`;
}

function textLines(place: Place, lines: Map<number, string>): string {
  if (!place.line) return '';
  const rows: string[] = [];
  for (let n = Math.max(1, place.line - CONTEXT_LINES); n <= place.line + CONTEXT_LINES; n++) {
    const line = lines.get(n);
    if (line === undefined) continue;
    rows.push(`<tr${n === place.line ? ' class="hit"' : ''}><th>${n}</th><td>${esc(line)}</td></tr>`);
  }
  return rows.length ? `<table class="lines">${rows.join('')}</table>` : '';
}

function findingHtml(f: Finding, id: string, fileIndex: number, source: Source | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const own = (p: Place) => p.path === undefined;
  const places: ShownPlace[] = [{ place: f.location, role: 'main' as const, index: 0 }, ...f.related.map((place, i) => ({ place, role: 'related' as const, index: i + 1 })).filter((p) => own(p.place))];
  const available = new Set(source?.pdf?.pages ?? source?.pages?.map((p) => p.page) ?? []);
  const shownPages = [...new Set(places.map((p) => p.place.page).filter((p): p is number => p !== undefined))]
    .slice(0, 1 + RELATED_PAGES)
    .filter((n) => available.has(n));
  const figureId = (page: number) => `${id}-p${page}`;
  const related = f.related.map((place: RelatedPlace) => {
    const target = own(place) && place.page !== undefined && shownPages.includes(place.page) ? figureId(place.page) : undefined;
    // A finding merged into this one (same figure) brings its rule and message along.
    const text = `${w.seeAlso} ${placeText(place, lang)}${place.message ? ` — ${place.ruleCode ?? ''} ${place.message}` : ''}`;
    return `<li>${target ? `<a href="#${target}">${esc(text)}</a>` : esc(text)}</li>`;
  });
  const quote = quoteOf(f.location);
  const figures = f.severity === 'info' || !source ? [] : shownPages.map((p) => figure(figureId(p), fileIndex, p, source, places, lang));
  const lines = source?.lines && f.severity !== 'info' ? places.map((p) => textLines(p.place, source.lines!)).join('') : '';
  return `<article class="finding ${f.severity}" id="${id}" data-severity="${f.severity}" data-rule="${esc(f.ruleCode)}" data-family="${esc(family(f))}">` +
    `<p class="where"><span class="sev">${both(WORDS.zh.severities[f.severity], WORDS.en.severities[f.severity])}</span> ${esc(placeText(f.location, lang))} <code>${esc(`${f.ruleCode} ${f.ruleId}`)}</code></p>` +
    `<p class="msg">${esc(f.message)}</p>` +
    (figuresText(f, lang) ? `<p class="figures">${esc(figuresText(f, lang))}</p>` : '') +
    (quote ? `<blockquote>${esc(quote)}</blockquote>` : '') +
    (related.length ? `<ul class="related">${related.join('')}</ul>` : '') +
    lines +
    (figures.length ? `<div class="pages">${figures.join('')}</div>` : '') +
    `</article>`;
}

function fileHtml(r: FileResult, i: number, o: HtmlOptions): string {
  const w = WORDS[o.lang];
  const head = `<h2><a href="#top">↑</a> ${esc(r.path)}</h2>`;
  if (r.status === 'failed') return `<section class="file failed" id="file-${i}">${head}<p class="failure">${esc(w.failed)}: ${esc(failureReason(r.error, o.lang))}</p></section>`;
  const d = r.document;
  const facts = d ? [d.department, String(d.year), d.kind, d.pageCount ? w.pages(d.pageCount) : '', w.claims(d.claims, d.claimsChecked)].filter(Boolean).join(' · ') : '';
  const groups = SEVERITIES.map((severity) => {
    const findings = r.findings.map((f, k) => ({ f, k })).filter(({ f }) => f.severity === severity);
    if (findings.length === 0) return '';
    const rules = [...new Set(findings.map(({ f }) => f.ruleCode))].sort();
    const body = rules
      .map((code) => {
        const ofRule = findings.filter(({ f }) => f.ruleCode === code);
        return `<div class="rule" data-rule="${esc(code)}"><h4><code>${esc(`${code} ${ofRule[0].f.ruleId}`)}</code> × ${ofRule.length}</h4>${ofRule.map(({ f, k }) => findingHtml(f, `f${i}-${k}`, i, o.sources.get(r.path), o.lang)).join('')}</div>`;
      })
      .join('');
    const title = `<h3>${both(WORDS.zh.severities[severity], WORDS.en.severities[severity])} (${findings.length})</h3>`;
    return severity === 'info' ? `<details class="group info"><summary>${title}</summary>${body}</details>` : `<div class="group ${severity}">${title}${body}</div>`;
  });
  const problem = o.sources.get(r.path)?.problem;
  const note = problem ? `<p class="failure">${both('页面无法显示：', 'pages could not be shown: ')}${esc(problem)}</p>` : '';
  return `<section class="file" id="file-${i}">${head}<p class="facts">${esc(facts)}</p>${note}${groups.join('')}</section>`;
}

function indexHtml(results: FileResult[]): string {
  const count = (r: FileResult, s: Severity) => r.findings.filter((f) => f.severity === s).length;
  const rows = results.map((r, i) => {
    const d = r.document;
    const status = r.status === 'failed' ? `<td colspan="3" class="failure">${esc(r.error?.code ?? '')}</td>` : SEVERITIES.map((s) => `<td class="n ${s}">${count(r, s)}</td>`).join('');
    return `<tr><td><a href="#file-${i}">${esc(r.path)}</a></td><td>${esc(d ? `${d.department} · ${d.year} · ${d.kind}` : '')}</td>${status}</tr>`;
  });
  const th = SEVERITIES.map((s) => `<th>${both(WORDS.zh.severities[s], WORDS.en.severities[s])}</th>`).join('');
  return `<table class="index"><thead><tr><th>${both('文件', 'file')}</th><th>${both('部门', 'department')}</th>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function filtersHtml(results: FileResult[]): string {
  const findings = results.flatMap((r) => r.findings);
  const rules = [...new Map(findings.map((f) => [f.ruleCode, f.ruleId])).entries()].sort();
  const families = [...new Set(findings.map(family))].sort();
  const severities = SEVERITIES.map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${both(WORDS.zh.severities[s], WORDS.en.severities[s])}</label>`).join(' ');
  const ruleOptions = rules.map(([code, id]) => `<option value="${esc(code)}">${esc(`${code} ${id}`)}</option>`).join('');
  const familyOptions = families.map((f) => `<option value="${esc(f)}">${esc(f)}</option>`).join('');
  return `<form class="filters">${severities} <select name="rule"><option value="">${both('全部规则', 'all rules')}</option>${ruleOptions}</select> <select name="family"><option value="">${both('全部类别', 'all families')}</option>${familyOptions}</select> <button type="button" id="lang">中文 / English</button></form>`;
}

/** Page images drawn in Node as CSS backgrounds, once per page however many findings show it. */
function pageStyles(results: FileResult[], sources: Map<string, Source>): string {
  return results
    .flatMap((r, i) => (sources.get(r.path)?.pages ?? []).map((p) => `.pg-${i}-${p.page}{background-image:url(${p.image})}`))
    .join('\n');
}

/**
 * The embedded PDFs (each once, base64) and once per report what drawing them needs: the CMaps
 * and standard fonts they ask for, pdf.js, and the drawing script. Nothing when no PDF is embedded.
 */
function embeddedPdfs(results: FileResult[], sources: Map<string, Source>): string {
  const docs: string[] = [];
  const cMaps = new Map<string, string>();
  const fonts = new Map<string, string>();
  results.forEach((r, i) => {
    const pdf = sources.get(r.path)?.pdf;
    if (!pdf) return;
    docs.push(`<script type="application/pdf" id="bl-doc-${i}">${pdf.data}</script>`);
    for (const [name, data] of Object.entries(pdf.assets.cMaps)) cMaps.set(name, data);
    for (const [name, data] of Object.entries(pdf.assets.standardFonts)) fonts.set(name, data);
  });
  if (docs.length === 0) return '';
  const assets = [
    ...[...cMaps].map(([name, data]) => `<script type="application/octet-stream" id="bl-cmap-${esc(name)}">${data}</script>`),
    ...[...fonts].map(([name, data]) => `<script type="application/octet-stream" id="bl-font-${esc(name)}">${data}</script>`),
  ];
  return [...docs, ...assets, viewerHtml()].join('\n');
}

/**
 * The HTML report: one self-contained file (styles, scripts, the PDFs whose pages it shows and
 * pdf.js to draw them, all inline; nothing loaded from the network) with an index of the files, then per file its findings grouped by severity and
 * rule, each with the page it is on and the cells or sentence highlighted, its related places
 * linked; filters by severity, rule and family; the interface in Chinese or English.
 */
export function htmlReport(results: FileResult[], summary: Summary, o: HtmlOptions): string {
  const w = WORDS[o.lang];
  const counts = w.counts(summary.errors, summary.warnings, summary.infos);
  return `<!doctype html>
<html lang="${o.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${o.tool.name} ${o.tool.version}`)}">
<title>budgetlint — ${esc(w.summary(summary.files, summary.checked, summary.failed))}</title>
<style>${STYLE}
${pageStyles(results, o.sources)}</style></head>
<body data-lang="${o.lang}"><header id="top"><h1>budgetlint ${both('检查报告', 'report')}</h1>
<p class="summary">${esc(w.summary(summary.files, summary.checked, summary.failed))}${o.lang === 'zh' ? '；' : '; '}${esc(counts)}</p>
${filtersHtml(results)}</header>
<nav>${indexHtml(results)}</nav>
<main>${results.map((r, i) => fileHtml(r, i, o)).join('\n')}</main>
<script>${SCRIPT}</script>
${embeddedPdfs(results, o.sources)}</body></html>
`;
}
