import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { borderlessTables } from '../../src/extract/pdf/borderless.js';
import type { TableFragment } from '../../src/extract/pdf/fragment.js';
import { fillGrids } from '../../src/extract/pdf/fragment.js';
import { apply, multiply, type Matrix, type Segment, type TextPiece } from '../../src/extract/pdf/geometry.js';
import { buildGrids } from '../../src/extract/pdf/lattice.js';
import { joinParagraphs, type PageLine } from '../../src/extract/pdf/lines.js';
import { toPiece } from '../../src/extract/pdf/page.js';
import { collectRulings } from '../../src/extract/pdf/rulings.js';
import { splitAtBorders } from '../../src/extract/pdf/split.js';
import { isContinuation, toTableBlock } from '../../src/extract/pdf/stitch.js';
import { rowTexts } from './pdf-helpers.js';

const PAGE_HEIGHT = 800;
/** A portrait page's viewport transform: flips y. */
const PORTRAIT = [1, 0, 0, -1, 0, PAGE_HEIGHT];

/** A path of one rectangle in pdf.js 5's path buffer (moveTo 0, lineTo 1, closePath 3). */
const rect = (x: number, y: number, w: number, h: number) =>
  new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 3]);
const line = (x1: number, y1: number, x2: number, y2: number) => new Float32Array([0, x1, y1, 1, x2, y2]);

const piece = (text: string, x0: number, y0: number, width = text.length * 10, size = 10): TextPiece => ({
  text,
  size,
  box: { x0, y0, x1: x0 + width, y1: y0 + size },
});

describe('rulings from the operator list', () => {
  it('takes thin filled rectangles and stroked lines, through the CTM, into viewport space', () => {
    const rulings = collectRulings(
      {
        fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.setFillRGBColor, OPS.constructPath],
        argsArray: [
          null,
          [2, 0, 0, 2, 10, 0], // doubles everything, then shifts 10pt right
          [OPS.fill, [rect(0, 100, 50, 0.5)], null], // a Chromium-style rule: 100 × 1 pt once scaled
          null,
          [OPS.stroke, [line(300, 700, 300, 600)], null],
          ['#ffffff'],
          [OPS.fill, [rect(0, 0, 100, 0.5)], null], // white: invisible
        ],
      },
      PORTRAIT,
    );
    expect(rulings).toEqual([
      { axis: 'h', pos: PAGE_HEIGHT - 200.5, from: 10, to: 110 },
      { axis: 'v', pos: 300, from: 100, to: 200 },
    ]);
  });

  it('ignores cell shading (thick fills) and curves', () => {
    const rulings = collectRulings(
      {
        fnArray: [OPS.constructPath, OPS.constructPath],
        argsArray: [
          [OPS.fill, [rect(0, 0, 100, 20)], null],
          [OPS.stroke, [new Float32Array([0, 0, 0, 2, 10, 10, 20, 10, 30, 0])], null],
        ],
      },
      PORTRAIT,
    );
    expect(rulings).toEqual([]);
  });
});

/** Rules of a 3 × 3 grid at x 0/100/200/300, y 0/20/40/60, minus the ones listed. */
function grid(missing: (s: Segment) => boolean): Segment[] {
  const segments: Segment[] = [];
  for (const y of [0, 20, 40, 60]) for (const x of [0, 100, 200]) segments.push({ axis: 'h', pos: y, from: x, to: x + 100 });
  for (const x of [0, 100, 200, 300]) for (const y of [0, 20, 40]) segments.push({ axis: 'v', pos: x, from: y, to: y + 20 });
  return segments.filter((s) => !missing(s));
}

describe('grids', () => {
  it('finds merged cells where a rule is missing', () => {
    // Header: columns 2–3 merged (no rule at x=200 in row 0); column 1 merged over rows 0–1.
    const [g] = buildGrids(grid((s) => (s.axis === 'v' && s.pos === 200 && s.from === 0) || (s.axis === 'h' && s.pos === 20 && s.from === 0)));
    expect(g.xs).toEqual([0, 100, 200, 300]);
    expect(g.ys).toEqual([0, 20, 40, 60]);
    const spans = g.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([[0, 0, 2, 1], [0, 1, 1, 2], [1, 1, 1, 1], [1, 2, 1, 1], [2, 0, 1, 1], [2, 1, 1, 1], [2, 2, 1, 1]]);
  });

  it('puts text in the cell under its centre and keeps empty cells', () => {
    const grids = buildGrids(grid(() => false));
    const { fragments, rest } = fillGrids(3, grids, [piece('项目', 5, 5), piece('2,399.21', 150, 25, 40), piece('页脚', 5, 90)]);
    const block = toTableBlock(fragments);
    expect(block.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['项目', '', ''], ['', '2,399.21', ''], ['', '', '']]);
    expect(block.rows[1].cells[1]).toMatchObject({ page: 3, x: 100, y: 20 });
    expect(rest.map((p) => p.text)).toEqual(['页脚']);
  });

  it('a lone frame is not a table', () => {
    const frame: Segment[] = [
      { axis: 'h', pos: 0, from: 0, to: 500 }, { axis: 'h', pos: 700, from: 0, to: 500 },
      { axis: 'v', pos: 0, from: 0, to: 700 }, { axis: 'v', pos: 500, from: 0, to: 700 },
    ];
    expect(buildGrids(frame)).toEqual([]);
  });
});

describe('runs that overflow into the next cells', () => {
  it('are cut where each cell’s text starts', () => {
    // ReportLab: `国有资本经营预算` overflows its 40pt cell; pdf.js joined it with the next cell's text.
    const run = piece('政府性基金 国有资本经营预算财政专户', 306, 0, 5 * 8 + 3 + 8 * 8 + 4 * 8, 8);
    const parts = splitAtBorders(run, [346, 410], 6);
    expect(parts.map((p) => p.text)).toEqual(['政府性基金', '国有资本经营预算', '财政专户']);
  });
});

function fragment(page: number, rows: string[][], heights: number[] = rows.map(() => 20)): TableFragment {
  const xs = [0, 100, 200, 300];
  let y = 50;
  return {
    page,
    ruled: true,
    box: { x0: 0, y0: 50, x1: 300, y1: 50 + heights.reduce((a, b) => a + b, 0) },
    xs,
    rows: rows.map((cells, i) => {
      const row = { y, y1: y + heights[i], cells: cells.map((text, c) => ({ text, x0: xs[c], x1: xs[c + 1] })) };
      y += heights[i];
      return row;
    }),
  };
}

describe('tables over several pages', () => {
  it('joins a continuation, drops its repeated header and rejoins a row cut by the page end', () => {
    const first = fragment(4, [['项目', '合计', '基本'], ['208', '30.60', ''], ['2080505', '机关事业单位基本养老', '']], [20, 20, 12]);
    const next = fragment(5, [['项目', '合计', '基本'], ['', '保险缴费支出', ''], ['210', '2346.09', '']]);
    expect(isContinuation(first, next)).toBe(true);
    const block = toTableBlock([first, next]);
    expect(block.rows.map((r) => rowTexts(r.cells))).toEqual([
      ['项目', '合计', '基本'],
      ['208', '30.60'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['210', '2346.09'],
    ]);
    expect(block.rows.map((r) => r.page)).toEqual([4, 4, 4, 5]);
  });

  it('does not join tables whose columns differ or that are not on consecutive pages', () => {
    const a = fragment(4, [['a', 'b', 'c']]);
    expect(isContinuation(a, { ...fragment(5, [['x']]), xs: [0, 150, 400] })).toBe(false);
    expect(isContinuation(a, fragment(6, [['x', 'y', 'z']]))).toBe(false);
  });
});

describe('borderless tables', () => {
  it('finds columns from left edges of text and right edges of amounts', () => {
    const row = (y: number, code: string, name: string, total: string, basic: string) => [
      piece(code, 50, y, code.length * 5),
      piece(name, 120, y),
      piece(total, 380 - total.length * 5, y, total.length * 5),
      ...(basic ? [piece(basic, 480 - basic.length * 5, y, basic.length * 5)] : []),
    ];
    const pieces = [
      piece('部门名称：某局', 50, 60),
      piece('科目编码', 50, 80), piece('科目名称', 120, 80), piece('合计', 340, 80), piece('基本支出', 420, 80),
      ...row(100, '208', '社会保障和就业支出', '30.60', '30.60'),
      ...row(115, '20805', '行政事业单位养老支出', '30.60', ''),
      ...row(130, '2101102', '事业单位医疗', '2,346.09', '9.17'),
      piece('注：本表金额单位万元', 50, 160),
    ];
    const { fragments, rest } = borderlessTables(7, pieces);
    expect(fragments).toHaveLength(1);
    expect(toTableBlock(fragments).rows.map((r) => rowTexts(r.cells))).toEqual([
      ['科目编码', '科目名称', '合计', '基本支出'],
      ['208', '社会保障和就业支出', '30.60', '30.60'],
      ['20805', '行政事业单位养老支出', '30.60'],
      ['2101102', '事业单位医疗', '2,346.09', '9.17'],
    ]);
    expect(rest.map((p) => p.text)).toEqual(['部门名称：某局', '注：本表金额单位万元']);
  });
});

describe('paragraphs', () => {
  const at = (text: string, x0: number, y0: number, x1: number): PageLine => ({ page: 1, text, size: 10, box: { x0, y0, x1, y1: y0 + 10 } });

  it('joins lines that fill the text width, not headings, indented starts or numbered items', () => {
    const lines = [
      at('一、收入预算情况说明', 50, 100, 150),
      at('2026年度收入预算2,013.86万元，主要包括一般公共预算拨款收入1,907.34万元，占', 70, 114, 540),
      at('94.71%；政府性基金预算拨款收入0万元。', 50, 128, 250),
      at('（一）一般公共预算', 50, 142, 540),
      at('当年支出规模变化情况', 50, 156, 200),
    ];
    expect(joinParagraphs(lines, 545, 50).map((l) => l.text)).toEqual([
      '一、收入预算情况说明',
      '2026年度收入预算2,013.86万元，主要包括一般公共预算拨款收入1,907.34万元，占94.71%；政府性基金预算拨款收入0万元。',
      '（一）一般公共预算当年支出规模变化情况',
    ]);
  });
});

describe('toPiece', () => {
  /** The box as it was computed before toPiece stopped building an array per corner. */
  function reference(item: { transform: number[]; width: number; height: number }, toViewport: Matrix) {
    const m = multiply(toViewport, item.transform as Matrix);
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 1;
    const runLength = item.width / (Math.hypot(item.transform[0], item.transform[1]) || size);
    const corners = [apply(m, 0, -0.2), apply(m, runLength, -0.2), apply(m, 0, 1 - 0.2), apply(m, runLength, 1 - 0.2)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return { box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }, size };
  }

  it('gives exactly the corners apply() gives, for upright, rotated, mirrored and degenerate runs', () => {
    const viewports: Matrix[] = [[1, 0, 0, -1, 0, 842], [0, 1, 1, 0, 0, 0], [-1, 0, 0, 1, 595.3, 0]];
    const transforms = [
      [9, 0, 0, 9, 72.024, 700.5],
      [0, 10.5, -10.5, 0, 300.12, 88.8],
      [7.1, 1.3, -1.3, 7.1, 12.345, 678.9],
      [-8, 0, 0, 8, 500, 20],
      [0, 0, 0, 0, 10, 10],
      [12, 0, 0, 0, 1e-7, -3.3],
    ];
    let compared = 0;
    for (const toViewport of viewports) {
      for (const transform of transforms) {
        for (const width of [0, 1e-9, 33.7, 250.25]) {
          const item = { str: '合计', dir: 'ltr', transform, width, height: 9, fontName: 'f', hasEOL: false };
          const piece = toPiece(item, toViewport);
          expect({ box: piece.box, size: piece.size }).toStrictEqual(reference(item, toViewport));
          compared++;
        }
      }
    }
    expect(compared).toBe(72);
  });
});
