import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { outlineSkips } from '../../src/extract/pdf/pdfjs/glyph-outlines.js';
import { renderPages, type PageImage } from '../../src/report/html/pages.js';

/**
 * The pages of a PDF the report does not embed (over its 2.5 MiB limit) are drawn in Node, through
 * the extractor's in-thread pdf.js worker (cheaper message copies), but with the glyph outlines
 * kept: the extractor drops them, and a page drawn without them has rulings but no text. Checked here on the pixels, as the browser test checks the boxes.
 */
const LO = 'fixtures/pdfs/lo_001_docx.pdf'; // LibreOffice, embedded TrueType subsets
const R04 = 'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf';

/** Share of dark pixels inside the page's text runs (each run's box shrunk by a fifth, away from rulings). */
async function inkUnderText(page: PageImage, scale = 1.5): Promise<number> {
  const image = await loadImage(Buffer.from(page.image.slice(page.image.indexOf(',') + 1), 'base64'));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data, width } = context.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  let all = 0;
  for (const run of page.text) {
    const [x0, x1] = [Math.ceil((run.x + run.w * 0.1) * scale), Math.floor((run.x + run.w * 0.9) * scale)];
    const [y0, y1] = [Math.ceil((run.y + run.h * 0.1) * scale), Math.floor((run.y + run.h * 0.9) * scale)];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        all++;
        if (data[i] + data[i + 1] + data[i + 2] < 3 * 128) dark++;
      }
    }
  }
  return all === 0 ? 0 : dark / all;
}

describe('HTML report pages (report/html/pages.ts)', () => {
  it.each([
    [LO, [1, 2]],
    [R04, [9, 26]],
  ])('draws the text of %s: ink under its text runs, no outline rewritten', async (path, wanted) => {
    const before = { ...outlineSkips };
    const pages = await renderPages(path, wanted);
    expect(pages.map((p) => p.page)).toEqual(wanted);
    expect(outlineSkips).toEqual(before);
    for (const page of pages) {
      expect(page.text.length).toBeGreaterThan(5);
      // Printed CJK text covers ~10–30 % of its boxes; an outline-less page leaves them white.
      expect(await inkUnderText(page)).toBeGreaterThan(0.05);
    }
  });

  it('gives the same image for a page drawn twice (the reused canvas keeps nothing of the last page)', async () => {
    const [first] = await renderPages(R04, [2]);
    await renderPages(R04, [1, 3]);
    const [again] = await renderPages(R04, [2]);
    expect(again.image).toBe(first.image);
  });
});
