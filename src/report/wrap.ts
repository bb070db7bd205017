import { stripVTControlCharacters } from 'node:util';

/** Display width of a character in a terminal: CJK and full-width forms take two columns. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) return 0;
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** Columns a string takes on a terminal, colour escapes excluded. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) width += charWidth(ch);
  return width;
}

/** Pads with spaces to a display width (never cuts). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Closing punctuation a line should not start with (禁则): it is pulled back with one character. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’,.;:?!)]%']);

/**
 * Breakable units: one CJK character, or a run of other non-space characters (a number, a Latin
 * word, a path), or a run of spaces.
 */
function tokens(line: string): string[] {
  return line.match(/\s+|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]+|./gu) ?? [];
}

/** Cuts a token wider than the line into pieces that fit. */
function hardSplit(token: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of token) {
    if (current && displayWidth(current + ch) > width) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Wraps plain text to a display width: CJK text breaks between any two characters, other text at
 * spaces (a word longer than the line is cut). No line is wider than `width`; existing line breaks
 * are kept; spaces at a break are dropped.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(2, width);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const lines: string[] = [];
    let current = '';
    const push = () => {
      lines.push(current.trimEnd());
      current = '';
    };
    for (const token of tokens(line)) {
      if (/^\s+$/.test(token)) {
        if (current && displayWidth(current + token) <= limit) current += token;
        else if (current) push();
        continue;
      }
      if (displayWidth(current + token) <= limit) {
        current += token;
        continue;
      }
      if (displayWidth(token) > limit) {
        const pieces = hardSplit(token, limit);
        for (const piece of pieces) {
          if (current && displayWidth(current + piece) > limit) push();
          current += piece;
        }
        continue;
      }
      if (NO_LINE_START.has([...token][0]) && current.trim().length > 1 && displayWidth([...current.trimEnd()].slice(-1)[0] + token) <= limit) {
        // Carry the last character over so the punctuation does not open the next line.
        const chars = [...current.trimEnd()];
        const last = chars.pop() ?? '';
        current = chars.join('');
        push();
        current = last + token;
        continue;
      }
      if (current.trim()) push();
      current = token;
    }
    lines.push(current.trimEnd());
    out.push(...lines);
  }
  return out;
}

/**
 * The width to wrap to: the terminal's when stdout is one, else `COLUMNS`, else 80 (as ESLint and
 * most CLIs do when printing into a pipe or a file).
 */
export function terminalWidth(columns: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (columns && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** Wraps each line of a finished text block to the width, continuation lines indented 2 more. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const indent = /^ */.exec(line)?.[0] ?? '';
      return wrapText(line.slice(indent.length), width - indent.length - 2).map((l, i) => (i === 0 ? indent : `${indent}  `) + l);
    })
    .join('\n');
}
