/** Display width of a character in a terminal: CJK and full-width forms take two columns. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

/**
 * Wraps text to a display width, counting CJK characters as two columns (cli-table3's own wrapping
 * cuts Chinese messages short). Existing line breaks are kept.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      let used = 0;
      for (const ch of line) {
        const w = charWidth(ch);
        if (used + w > width && current) {
          out.push(current);
          current = '';
          used = 0;
        }
        current += ch;
        used += w;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
