import './pdfjs/native-push.js';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { apply, IDENTITY, multiply, type Matrix, type Segment } from './geometry.js';

/** The part of an operator list the rulings are read from: pdf.js's, or the scan's (scan/content.ts). */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly (readonly unknown[] | null)[];
}

/**
 * Table rulings from a page's operator list. Producers draw them two ways:
 * - stroked lines or rectangles (LibreOffice, ReportLab, Word);
 * - thin filled rectangles (Chromium, WPS), which pdf-parse's getTable ignores.
 * Both become axis-aligned segments in viewport space.
 */

/** pdf.js 5 path buffer opcodes (DrawOPS in pdf.js, not exported by the package). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** A filled rectangle at most this thick (pt) is a rule; thicker ones are cell shading. */
const MAX_RULE_THICKNESS = 3;
/** Shorter marks are bullets, underlines of single glyphs, dots. */
const MIN_RULE_LENGTH = 4;
/** How far from axis-aligned (pt) a stroked line may be. */
const AXIS_SLACK = 0.5;

const STROKE_OPS: ReadonlySet<number> = new Set([
  OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const FILL_OPS: ReadonlySet<number> = new Set([
  OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);

interface GraphicsState {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
}

type Point = [number, number];

export function collectRulings(ops: OperatorList, viewportTransform: number[]): Segment[] {
  const toViewport = viewportTransform as Matrix;
  const segments: Segment[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, fillVisible: true, strokeVisible: true };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args: readonly unknown[] = ops.argsArray[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...state });
        // pdf.js sends the form's /Matrix as a Float32Array (null when there is none).
        const matrix = args[0];
        if ((Array.isArray(matrix) || matrix instanceof Float32Array) && matrix.length === 6) {
          state = { ...state, ctm: multiply(state.ctm, Array.from(matrix as ArrayLike<number>) as Matrix) };
        }
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setFillRGBColor:
        state = { ...state, fillVisible: !isNearWhite(args[0]) };
        break;
      case OPS.setStrokeRGBColor:
        state = { ...state, strokeVisible: !isNearWhite(args[0]) };
        break;
      case OPS.constructPath: {
        const paint = args[0] as number;
        const buffer = (args[1] as (Float32Array | null)[] | undefined)?.[0];
        if (!buffer) break;
        const subpaths = readSubpaths(buffer, multiply(toViewport, state.ctm));
        if (STROKE_OPS.has(paint) && state.strokeVisible) subpaths.forEach((p) => strokedSegments(p, segments));
        if (FILL_OPS.has(paint) && state.fillVisible) subpaths.forEach((p) => filledSegment(p, segments));
        break;
      }
      default:
        break;
    }
  }
  return segments;
}

interface Subpath {
  points: Point[];
  closed: boolean;
  curved: boolean;
}

function readSubpaths(buffer: Float32Array, m: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      current = { points: [apply(m, buffer[k], buffer[k + 1])], closed: false, curved: false };
      subpaths.push(current);
      k += 2;
    } else if (op === LINE_TO) {
      current?.points.push(apply(m, buffer[k], buffer[k + 1]));
      k += 2;
    } else if (op === CURVE_TO) {
      if (current) {
        current.curved = true;
        current.points.push(apply(m, buffer[k + 4], buffer[k + 5]));
      }
      k += 6;
    } else if (op === CLOSE_PATH) {
      if (current) current.closed = true;
    } else {
      break; // unknown opcode: stop rather than misread coordinates
    }
  }
  return subpaths;
}

function strokedSegments(path: Subpath, out: Segment[]): void {
  if (path.curved) return; // rounded boxes and circles are decoration, not rulings
  const pts = path.closed ? [...path.points, path.points[0]] : path.points;
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = pts[i - 1];
    const [x2, y2] = pts[i];
    if (Math.abs(y1 - y2) <= AXIS_SLACK && Math.abs(x1 - x2) >= MIN_RULE_LENGTH) {
      out.push({ axis: 'h', pos: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    } else if (Math.abs(x1 - x2) <= AXIS_SLACK && Math.abs(y1 - y2) >= MIN_RULE_LENGTH) {
      out.push({ axis: 'v', pos: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
    }
  }
}

/** A filled axis-aligned rectangle that is thin in one direction is a rule along the other. */
function filledSegment(path: Subpath, out: Segment[]): void {
  if (path.curved || path.points.length < 4 || path.points.length > 5) return;
  const xs = path.points.map((p) => p[0]);
  const ys = path.points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const onEdges = path.points.every(
    ([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)),
  );
  if (!onEdges) return;
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= MAX_RULE_THICKNESS && width >= MIN_RULE_LENGTH && width > 2 * height) {
    out.push({ axis: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 });
  } else if (width <= MAX_RULE_THICKNESS && height >= MIN_RULE_LENGTH && height > 2 * width) {
    out.push({ axis: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 });
  }
}

const near = (a: number, b: number) => Math.abs(a - b) <= AXIS_SLACK;

/** A white rule cannot be seen; taking it as a border would split cells a reader sees as one. */
function isNearWhite(colour: unknown): boolean {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) return false;
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return channels.every((c) => c >= 0xf8);
}
