import '../pdfjs/native-push.js';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfFile } from './file.js';
import { EOF, isDict, Lexer, PdfName, PdfRef, PdfStream, PdfString, registerKeywords, Unreadable, type PdfDict, type PdfValue } from './syntax.js';

/**
 * A page's content streams read the way pdf.js's evaluator reads them, but keeping only what
 * `collectRulings` uses: graphics-state saves and restores, `cm`, form XObjects (with their
 * matrix), fill and stroke colours, and paths with their painting operator — emitted as the same
 * operator-list entries pdf.js would emit (same opcodes, Float32 path buffers, colours as pdf.js's
 * hex strings). Fonts, images and colour spaces, the costly part of pdf.js's operator list, are
 * never loaded.
 *
 * Whatever pdf.js would handle in a way this does not copy exactly — an operator with the wrong
 * number of operands, a colour space, CMYK, an inline image, shading, soft masks, optional-content
 * forms, an unknown operator — is Unreadable, and the page is read with pdf.js's operator list.
 */

export interface RulingOps {
  fnArray: number[];
  argsArray: (unknown[] | null)[];
  /** Image XObjects painted (approximate: pdf.js's own count is used on pages without text). */
  imageCount: number;
}

/** pdf.js's EvaluatorPreprocessor.opMap: operand count per operator (variable-count ones are Unreadable). */
export const OPERAND_COUNTS: Readonly<Record<string, number>> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
  S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0,
  Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6,
  CS: 1, cs: 1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4,
  sh: 1, BI: 0, ID: 0, EI: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};

registerKeywords([...Object.keys(OPERAND_COUNTS), 'true', 'false', 'null']);

/** An array or dictionary operand: never needed, only counted. */
const COMPOSITE: PdfValue = [];

/** pdf.js path buffer opcodes (DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;

const PAINT: Readonly<Record<string, number>> = {
  S: OPS.stroke, s: OPS.closeStroke, f: OPS.fill, F: OPS.fill, 'f*': OPS.eoFill, B: OPS.fillStroke,
  'B*': OPS.eoFillStroke, b: OPS.closeFillStroke, 'b*': OPS.closeEOFillStroke, n: OPS.endPath,
};
const CLOSING_PAINT = new Set(['s', 'b', 'b*']);

/** Operators that draw nothing the rulings need and that pdf.js cannot fail on. */
const IGNORED = new Set([
  'w', 'J', 'j', 'M', 'd', 'ri', 'i', 'W', 'W*', 'BT', 'ET', 'Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Tr', 'Ts',
  'Td', 'TD', 'Tm', 'T*', 'Tj', 'TJ', "'", '"', 'd0', 'd1', 'MP', 'DP', 'BMC', 'EMC', 'BX', 'EX',
]);

/** Deeper nesting of forms than this is Unreadable (pdf.js has no limit but cycles). */
const MAX_FORM_DEPTH = 12;

/** pdf.js's colour for g/rg: components × 255 into a Uint8ClampedArray (round half to even, clamp). */
const channels = new Uint8ClampedArray(3);
const hex = (n: number) => n.toString(16).padStart(2, '0');
function rgbHex(r: number, g: number, b: number): string {
  channels[0] = r * 255;
  channels[1] = g * 255;
  channels[2] = b * 255;
  return `#${hex(channels[0])}${hex(channels[1])}${hex(channels[2])}`;
}

export function scanContent(file: PdfFile, content: Uint8Array, resources: PdfDict): RulingOps {
  const out: RulingOps = { fnArray: [], argsArray: [], imageCount: 0 };
  interpret(file, content, resources, out, new Set(), 0);
  return out;
}

function interpret(file: PdfFile, data: Uint8Array, resources: PdfDict, out: RulingOps, forms: Set<number>, depth: number): void {
  const lexer = new Lexer(data);
  const operands: PdfValue[] = [];
  const path: number[] = [];
  let x = 0;
  let y = 0;
  let saved = 0;
  const emit = (fn: number, args: unknown[] | null) => {
    out.fnArray.push(fn);
    out.argsArray.push(args);
  };
  const numbers = (op: string): number[] => {
    for (const v of operands) if (typeof v !== 'number') throw new Unreadable(`${op} with a non-number operand`);
    return operands as number[];
  };

  for (;;) {
    const token = lexer.next();
    if (token === EOF) break;
    if (typeof token === 'number' || token instanceof PdfName || token instanceof PdfString) {
      operands.push(token);
      continue;
    }
    if (token === '[' || token === '<<') {
      lexer.skipComposite();
      operands.push(COMPOSITE);
      continue;
    }
    if (token === 'true' || token === 'false' || token === 'null') {
      operands.push(token === 'null' ? null : token === 'true');
      continue;
    }
    const op = token;
    const count = OPERAND_COUNTS[op];
    if (count === undefined) throw new Unreadable(`operator ${op}`);
    if (operands.length !== count) throw new Unreadable(`${op} with ${operands.length} operands`);
    switch (op) {
      case 'q':
        saved++;
        emit(OPS.save, []);
        break;
      case 'Q':
        if (saved > 0) saved--;
        emit(OPS.restore, []);
        break;
      case 'cm':
        emit(OPS.transform, [...numbers(op)]);
        break;
      case 'm':
      case 'l': {
        [x, y] = numbers(op);
        path.push(op === 'm' ? DRAW.moveTo : DRAW.lineTo, x, y);
        break;
      }
      case 'c': {
        const [x1, y1, x2, y2, x3, y3] = numbers(op);
        path.push(DRAW.curveTo, x1, y1, x2, y2, x3, y3);
        [x, y] = [x3, y3];
        break;
      }
      case 'v': {
        const [x1, y1, x3, y3] = numbers(op);
        path.push(DRAW.curveTo, x, y, x1, y1, x3, y3);
        [x, y] = [x3, y3];
        break;
      }
      case 'y': {
        const [x1, y1, x3, y3] = numbers(op);
        path.push(DRAW.curveTo, x1, y1, x3, y3, x3, y3);
        [x, y] = [x3, y3];
        break;
      }
      case 'h':
        path.push(DRAW.closePath);
        break;
      case 're': {
        const [rx, ry, w, h] = numbers(op);
        [x, y] = [rx, ry];
        if (w === 0 || h === 0) {
          path.push(DRAW.moveTo, rx, ry, DRAW.lineTo, rx + w, ry + h, DRAW.closePath);
        } else {
          path.push(DRAW.moveTo, rx, ry, DRAW.lineTo, rx + w, ry, DRAW.lineTo, rx + w, ry + h, DRAW.lineTo, rx, ry + h, DRAW.closePath);
        }
        break;
      }
      case 'g':
      case 'G': {
        const [v] = numbers(op);
        emit(op === 'g' ? OPS.setFillRGBColor : OPS.setStrokeRGBColor, [rgbHex(v, v, v)]);
        break;
      }
      case 'rg':
      case 'RG': {
        const [r, g, b] = numbers(op);
        emit(op === 'rg' ? OPS.setFillRGBColor : OPS.setStrokeRGBColor, [rgbHex(r, g, b)]);
        break;
      }
      case 'gs':
        checkGraphicsState(file, resources, operands[0]);
        break;
      case 'BDC':
        if (operands[0] instanceof PdfName && operands[0].name === 'OC') throw new Unreadable('optional content');
        break;
      case 'Do':
        paintXObject(file, resources, operands[0], out, forms, depth);
        break;
      default: {
        const paint = PAINT[op];
        if (paint !== undefined) {
          if (CLOSING_PAINT.has(op)) path.push(DRAW.closePath);
          emit(OPS.constructPath, path.length === 0 ? [paint, [null], null] : [paint, [new Float32Array(path)], null]);
          path.length = 0;
        } else if (!IGNORED.has(op)) {
          // cs/sc/scn/k … (colour spaces, CMYK), sh, BI/ID/EI: pdf.js's way is not copied here.
          throw new Unreadable(`operator ${op}`);
        }
      }
    }
    operands.length = 0;
  }
  if (operands.length > 0) throw new Unreadable('operands after the last operator');
  // pdf.js closes what a stream left open (closePendingRestoreOPS).
  for (let i = 0; i < saved; i++) emit(OPS.restore, []);
}

function resourceEntry(file: PdfFile, resources: PdfDict, category: string, name: PdfValue): PdfValue | undefined {
  if (!(name instanceof PdfName)) throw new Unreadable(`${category} not referred to by name`);
  const table = file.get(resources, category);
  return isDict(table) ? table.get(name.name) : undefined;
}

/** Soft masks add a form's drawing to pdf.js's operator list; nothing else in an ExtGState does. */
function checkGraphicsState(file: PdfFile, resources: PdfDict, name: PdfValue): void {
  const state = file.resolve(resourceEntry(file, resources, 'ExtGState', name));
  if (!isDict(state)) throw new Unreadable('ExtGState missing');
  const smask = file.get(state, 'SMask');
  if (smask !== undefined && !(smask instanceof PdfName && smask.name === 'None')) throw new Unreadable('soft mask');
}

function paintXObject(file: PdfFile, resources: PdfDict, name: PdfValue, out: RulingOps, forms: Set<number>, depth: number): void {
  const entry = resourceEntry(file, resources, 'XObject', name);
  const xobject = file.resolve(entry);
  if (!(xobject instanceof PdfStream)) throw new Unreadable('XObject missing');
  const subtype = file.get(xobject.dict, 'Subtype');
  const kind = subtype instanceof PdfName ? subtype.name : '';
  if (kind === 'Image') {
    out.imageCount++;
    return;
  }
  if (kind !== 'Form') throw new Unreadable(`XObject ${kind}`);
  const key = entry instanceof PdfRef ? entry.num : -1;
  if (forms.has(key) || depth >= MAX_FORM_DEPTH) throw new Unreadable('form nesting');
  if (xobject.dict.has('OC')) throw new Unreadable('optional-content form');
  const matrix = file.resolve(xobject.dict.get('Matrix'));
  const items = Array.isArray(matrix) ? matrix.map((v) => file.resolve(v)) : [];
  // As pdf.js: the matrix travels as a Float32Array, or null when it is not six numbers.
  const f32matrix = items.length === 6 && items.every((v) => typeof v === 'number') ? new Float32Array(items as number[]) : null;
  out.fnArray.push(OPS.paintFormXObjectBegin);
  out.argsArray.push([f32matrix, null]);
  const own = file.get(xobject.dict, 'Resources');
  if (key >= 0) forms.add(key);
  interpret(file, file.decode(xobject), isDict(own) ? own : resources, out, forms, depth + 1);
  forms.delete(key);
  out.fnArray.push(OPS.paintFormXObjectEnd);
  out.argsArray.push([]);
}
