import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasQpdf = spawnSync('qpdf', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

/**
 * A copy of a real PDF with every printed occurrence of `from` replaced by `to` (same length, digits
 * only), made in the content streams: qpdf writes the file uncompressed (QDF), each digit glyph is
 * one `<hex>Tj`, and the glyph codes of the Shanghai filings' CJK font are 0x13 + digit (0x11 for
 * `.`). The copy is verified with pdftotext: `to` printed `count` times, `from` no more.
 */
export function replaceNumberInPdf(source: string, from: string, to: string, dir: string, count: number): string {
  if (from.length !== to.length || !/^[\d.]+$/.test(from + to)) throw new Error('same-length digit strings only');
  const qdf = join(dir, 'copy.qdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', source, qdf]);
  const data = Buffer.from(readFileSync(qdf));
  const glyph = (c: string) => (c === '.' ? 0x11 : 0x13 + Number(c)).toString(16).padStart(4, '0');
  const tokens = [...data.toString('latin1').matchAll(/<([0-9a-f]{4})>Tj|\((?:\\.|[^\\)])*\)Tj/g)];
  const text = tokens.map((t) => {
    const code = t[1] ? parseInt(t[1], 16) : -1;
    return code === 0x11 ? '.' : code >= 0x13 && code <= 0x1c ? String(code - 0x13) : '?';
  }).join('');
  let replaced = 0;
  for (let at = text.indexOf(from); at !== -1; at = text.indexOf(from, at + 1)) {
    for (let i = 0; i < from.length; i++) {
      if (from[i] === to[i]) continue;
      const token = tokens[at + i];
      data.write(`<${glyph(to[i])}>`, token.index!, 'latin1');
    }
    replaced++;
  }
  writeFileSync(qdf, data);
  const out = join(dir, `${to}.pdf`);
  execFileSync('qpdf', [qdf, out]);
  const printed = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  const occurrences = (s: string) => printed.split(s).length - 1;
  if (replaced !== count || occurrences(to) < count || occurrences(from) !== 0) {
    throw new Error(`replaced ${replaced} of ${count}; “${to}” printed ${occurrences(to)}×, “${from}” ${occurrences(from)}×`);
  }
  return out;
}
