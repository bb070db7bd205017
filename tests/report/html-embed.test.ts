import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { rules } from '../../rules/index.js';
import { checkFile } from '../../src/batch/check-file.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { openPdf } from '../../src/extract/pdf/load.js';
import { toPiece } from '../../src/extract/pdf/page.js';
import type { Matrix } from '../../src/extract/pdf/geometry.js';
import { readRefdata } from '../../src/refdata/index.js';
import { htmlReport } from '../../src/report/html/index.js';
import { squash } from '../../src/report/html/locate.js';
import { fontsAreSelfContained, requestedAssets } from '../../src/report/html/pdf-assets.js';
import { loadSources } from '../../src/report/html/sources.js';
import { inlineScriptText, runOf } from '../../src/report/html/viewer.js';
import { summarize } from '../../src/report/summary.js';

/**
 * What the report carries for the browser to draw a PDF: the CMaps and standard fonts pdf.js asks
 * for (found by pdf.js itself when the font dictionaries say a font is not embedded), and the run
 * geometry the page's script finds sentences with, held to the extractor's.
 */
const RL = 'fixtures/pdfs/rl_001_stsong.pdf'; // ReportLab: STSong-Light (UniGB-UCS2-H) and Helvetica, neither embedded
const R04 = 'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf';
const NOTO = 'fixtures/pdfs/chrome_004_plain-noto.pdf'; // Chrome, Type3 fonts, radicals in the text
const SELF_CONTAINED = [R04, 'fixtures/realdocs/R12_上海市普陀区社会福利院_2024_单位预算.pdf', 'fixtures/pdfs/lo_001_docx.pdf', 'fixtures/pdfs/chrome_001_plain.pdf'];
const asset = (dir: string, name: string) => readFileSync(`node_modules/pdfjs-dist/${dir}/${name}`).toString('base64');

describe('assets of an embedded PDF (report/html/pdf-assets.ts)', () => {
  it('gives a filing with a non-embedded CJK font the CMaps and the standard font pdf.js asks for, each once in the report', async () => {
    const data = readFileSync(RL);
    expect(fontsAreSelfContained(data)).toBe(false);
    const result = await checkFile(RL, rules, { lang: 'zh' });
    const sources = await loadSources([result]);
    const assets = sources.get(RL)?.pdf?.assets;
    expect(Object.keys(assets?.cMaps ?? {}).sort()).toEqual(['Adobe-GB1-UCS2', 'UniGB-UCS2-H']);
    expect(Object.keys(assets?.standardFonts ?? {})).toEqual(['LiberationSans-Regular.ttf']);
    const html = htmlReport([result], summarize([result]), { lang: 'zh', tool: { name: 'budgetlint', version: 'test' }, sources });
    for (const name of ['UniGB-UCS2-H', 'Adobe-GB1-UCS2']) {
      expect(html.split(`id="bl-cmap-${name}"`).length).toBe(2);
      expect(html).toContain(`id="bl-cmap-${name}">${asset('cmaps', `${name}.bcmap`)}</script>`);
    }
    expect(html).toContain(`id="bl-font-LiberationSans-Regular.ttf">${asset('standard_fonts', 'LiberationSans-Regular.ttf')}</script>`);
    expect(html.match(/id="bl-(?:cmap|font)-/g)).toHaveLength(3);
  });

  it.each(SELF_CONTAINED)('reads %s as self-contained, and pdf.js indeed asks for nothing on any page', async (path) => {
    const data = readFileSync(path);
    expect(fontsAreSelfContained(data)).toBe(true);
    const pdf = await openPdf(data);
    const pages = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
    await pdf.close();
    expect(await requestedAssets(data, pages)).toEqual({ cMaps: {}, standardFonts: {} });
  });

  it('does not call an encrypted filing self-contained (its object streams cannot be read)', () => {
    expect(fontsAreSelfContained(readFileSync('fixtures/pdfs/bad/encrypted_ownerOnly_nocopy.pdf'))).toBe(false);
  });
});

describe('the page script’s text runs (report/html/viewer.ts runOf)', () => {
  it.each([
    [R04, 9],
    [NOTO, 1],
  ])('places and spells the runs of %s page %i as the extractor does', async (path, n) => {
    const radicals = JSON.parse(readRefdata('radicals-to-ideographs.json')) as Record<string, string>;
    const pdf = await openPdf(readFileSync(path));
    try {
      const page = await pdf.document.getPage(n);
      const transform = page.getViewport({ scale: 1 }).transform as Matrix;
      const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i && i.str.trim() !== '');
      expect(items.length).toBeGreaterThan(10);
      let radicalsSeen = 0;
      for (const item of items) {
        const piece = toPiece(item, transform);
        const run = runOf(item, transform, radicals);
        if (/[\u2E80-\u2FDF]/.test(item.str)) radicalsSeen++;
        expect(squash(run.text)).toBe(squash(normalizeText(piece.text)));
        expect([run.x, run.y, run.w, run.h].map((v) => v.toFixed(6))).toEqual([piece.box.x0, piece.box.y0, piece.box.x1 - piece.box.x0, piece.box.y1 - piece.box.y0].map((v) => v.toFixed(6)));
      }
      if (path === NOTO) expect(radicalsSeen).toBeGreaterThan(0);
    } finally {
      await pdf.close();
    }
  });

  it('keeps inline code from closing its script element or opening a comment', () => {
    expect(inlineScriptText('a="</script>";b="</SCRIPT";c="<!--"')).toBe('a="\\x3C/script>";b="\\x3C/script";c="\\x3C!--"');
  });
});
