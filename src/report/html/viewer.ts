import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readRefdata } from '../../refdata/index.js';
import { LOCATE_FUNCTIONS, type PageText } from './locate.js';

/**
 * The part of the report that draws pages in the browser: pdf.js (the non-legacy build of the
 * pdfjs-dist that pdf-parse installs, which current Chromium runs), inlined once per report and
 * loaded from Blob URLs; its worker runs in the page as pdf.js's "fake worker"
 * (`globalThis.pdfjsWorker`), because Chromium refuses a module worker from a Blob URL in a page
 * opened from file:// (tried: the worker fails without a message).
 */

/** Pixels per point, as the pages drawn in Node: 9-pt CJK text stays legible. */
export const SCALE = 1.5;

/**
 * A pdf.js text item as the extractor places it (src/extract/pdf/page.ts `toPiece`, then
 * `normalizeText`): its box in points from the page's top-left corner. Runs in the page, so it
 * uses nothing but the language; tests/report/html-viewer.test.ts holds it to the extractor's.
 */
export function runOf(item: { str: string; transform: number[]; width: number; height: number }, viewport: number[], radicals: Record<string, string>): PageText {
  const t = item.transform;
  const v = viewport;
  const m = [v[0] * t[0] + v[2] * t[1], v[1] * t[0] + v[3] * t[1], v[0] * t[2] + v[2] * t[3], v[1] * t[2] + v[3] * t[3], v[0] * t[4] + v[2] * t[5] + v[4], v[1] * t[4] + v[3] * t[5] + v[5]];
  const size = Math.hypot(t[2], t[3]) || item.height || 1;
  const length = item.width / (Math.hypot(t[0], t[1]) || size);
  // A glyph spans y -0.2..0.8 of the font size (the extractor's DESCENT).
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[0, -0.2], [length, -0.2], [0, 0.8], [length, 0.8]]) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  const text = item.str
    .replace(/[\u2E80-\u2FDF]/g, (ch) => radicals[ch] ?? ch.normalize('NFKC'))
    .replace(/[\uFF10-\uFF19\uFF0E\uFF05\uFF0D\uFF0B]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { text, x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Inline `<script>` text must not close the element or open an HTML comment. */
export const inlineScriptText = (code: string) => code.replace(/<\/script/gi, '\\x3C/script').replace(/<!--/g, '\\x3C!--');

/** The pdfjs-dist that pdf-parse imports (as src/extract/pdf/load.ts finds it). */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let pdfjs: { main: string; worker: string } | undefined;

/** pdf.js's main module and worker, ready to inline, read once per process. */
function pdfjsCode(): { main: string; worker: string } {
  pdfjs ??= {
    main: inlineScriptText(readFileSync(join(PDFJS_ROOT, 'build', 'pdf.min.mjs'), 'utf8')),
    worker: inlineScriptText(readFileSync(join(PDFJS_ROOT, 'build', 'pdf.worker.min.mjs'), 'utf8')),
  };
  return pdfjs;
}

/**
 * Draws every `figure.page[data-doc]` when it comes near the screen (a hidden finding's pages are
 * drawn when the filters show it): the page on a canvas, the cell boxes placed from their
 * data-box, each sentence (data-find) found in the page's text as Node would find it, then
 * `data-rendered="true"` (or `"failed"`, with a line saying so).
 */
const DRAW = `
var SCALE=${SCALE};
var figures=document.querySelectorAll('figure.page[data-doc]');
var radicals=JSON.parse(document.getElementById('bl-radicals').textContent);
var missing=[];
function bytes(id){var el=document.getElementById(id);if(!el)return null;var s=atob(el.textContent.trim()),b=new Uint8Array(s.length);for(var i=0;i<s.length;i++)b[i]=s.charCodeAt(i);return b}
function moduleUrl(id){return URL.createObjectURL(new Blob([document.getElementById(id).textContent],{type:'text/javascript'}))}
function lack(what){missing.push(what);document.documentElement.dataset.missingAssets=missing.join(' ');return Promise.reject(new Error(what+' is not in the report'))}
function EmbeddedCMaps(){}
EmbeddedCMaps.prototype.fetch=function(o){var b=bytes('bl-cmap-'+o.name);return b?Promise.resolve({cMapData:b,isCompressed:true}):lack('cmap '+o.name)};
function EmbeddedFonts(){}
EmbeddedFonts.prototype.fetch=function(o){var b=bytes('bl-font-'+o.filename);return b?Promise.resolve(b):lack('font '+o.filename)};
function NoWasm(){}
NoWasm.prototype.fetch=function(o){return lack('wasm '+o.filename)};
var lib=null,docs={},pages={};
function pdfjs(){return lib=lib||import(moduleUrl('bl-pdfjs')).then(function(m){return import(moduleUrl('bl-pdfjs-worker')).then(function(w){globalThis.pdfjsWorker=w;return m})})}
function docOf(i){return docs[i]=docs[i]||pdfjs().then(function(m){return m.getDocument({data:bytes('bl-doc-'+i),CMapReaderFactory:EmbeddedCMaps,StandardFontDataFactory:EmbeddedFonts,WasmFactory:NoWasm,useWorkerFetch:false,useSystemFonts:false,verbosity:0}).promise})}
function pageOf(i,n){var key=i+'-'+n;return pages[key]=pages[key]||docOf(i).then(async function(pdf){
  var page=await pdf.getPage(n),unit=page.getViewport({scale:1}),viewport=page.getViewport({scale:SCALE});
  var canvas=document.createElement('canvas');canvas.width=Math.ceil(viewport.width);canvas.height=Math.ceil(viewport.height);
  await page.render({canvasContext:canvas.getContext('2d'),canvas:canvas,viewport:viewport}).promise;
  var items=(await page.getTextContent()).items.filter(function(i){return 'str' in i&&i.str.trim()!==''});
  page.cleanup();
  return {canvas:canvas,width:unit.width,height:unit.height,runs:items.map(function(i){return runOf(i,unit.transform,radicals)})};
})}
function pct(v,whole){return (v/whole*100).toFixed(3)+'%'}
function place(el,b,p){el.dataset.box=[b.x,b.y,b.w,b.h].map(function(v){return v.toFixed(2)}).join(',');el.style.cssText='left:'+pct(b.x,p.width)+';top:'+pct(b.y,p.height)+';width:'+pct(b.w,p.width)+';height:'+pct(b.h,p.height)}
async function draw(fig){
  var sheet=fig.querySelector('.sheet');
  try{
    var p=await pageOf(fig.dataset.doc,Number(fig.dataset.page));
    var canvas=document.createElement('canvas');canvas.width=p.canvas.width;canvas.height=p.canvas.height;canvas.getContext('2d').drawImage(p.canvas,0,0);
    sheet.style.aspectRatio=p.width.toFixed(2)+'/'+p.height.toFixed(2);fig.dataset.width=p.width.toFixed(2);fig.dataset.height=p.height.toFixed(2);
    sheet.prepend(canvas);
    sheet.querySelectorAll('.hl').forEach(function(el){
      if(!el.dataset.find){var b=el.dataset.box.split(',').map(Number);place(el,{x:b[0],y:b[1],w:b[2],h:b[3]},p);return}
      var boxes=locateText(el.dataset.find,p.runs),at=el;
      el.removeAttribute('data-find');
      if(!boxes.length)el.remove();
      boxes.forEach(function(b,k){var box=k?el.cloneNode():el;if(k){at.after(box);at=box}place(box,b,p)});
    });
    fig.dataset.rendered='true';
  }catch(e){
    fig.dataset.rendered='failed';
    var note=document.createElement('p');note.className='failure';note.textContent=(document.body.dataset.lang==='zh'?'页面无法绘制：':'the page could not be drawn: ')+(e&&e.message||e);fig.append(note);
  }
}
var seen=new IntersectionObserver(function(entries){entries.forEach(function(e){if(e.isIntersecting){seen.unobserve(e.target);draw(e.target)}})},{rootMargin:'600px'});
figures.forEach(function(f){seen.observe(f)});
`;

/**
 * What a report with embedded PDFs adds once: pdf.js and its worker as inline text, the radicals
 * table the extractor normalises text with, and the script that draws (the locate functions and
 * `runOf` are sent as their own source text).
 */
export function viewerHtml(): string {
  const code = pdfjsCode();
  const functions = [...LOCATE_FUNCTIONS, runOf].map((f) => f.toString()).join('\n');
  return (
    `<script type="text/plain" id="bl-pdfjs">${code.main}</script>\n` +
    `<script type="text/plain" id="bl-pdfjs-worker">${code.worker}</script>\n` +
    `<script type="application/json" id="bl-radicals">${inlineScriptText(readRefdata('radicals-to-ideographs.json'))}</script>\n` +
    `<script>(function(){\n${inlineScriptText(functions)}\n${DRAW}})();</script>`
  );
}
