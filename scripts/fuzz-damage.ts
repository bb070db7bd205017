/**
 * The damage the fuzz run (scripts/fuzz.ts) does to copies of the fixtures: the kinds of broken
 * input a province's folder holds (and the ones that once took a run down, see issue 10). Every
 * kind is a pure function of the source bytes and a seeded random source, so a seed reproduces a run.
 */

/** mulberry32: small, seeded, good enough to pick offsets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);

/** Byte ranges of the stream bodies (between `stream` + EOL and `endstream`). */
function streamBodies(data: Buffer): [number, number][] {
  const bodies: [number, number][] = [];
  let from = 0;
  for (;;) {
    const start = data.indexOf('stream', from, 'latin1');
    if (start === -1) break;
    let body = start + 'stream'.length;
    if (data[body] === 0x0d) body++;
    if (data[body] === 0x0a) body++;
    const end = data.indexOf('endstream', body, 'latin1');
    if (end === -1) break;
    if (data.subarray(start - 3, start).toString('latin1') !== 'end') bodies.push([body, end]);
    from = end + 'endstream'.length;
  }
  return bodies;
}

function zeroStreams(data: Buffer, random: Random, count: number): Buffer {
  const copy = Buffer.from(data);
  const bodies = streamBodies(copy);
  for (let i = 0; i < count && bodies.length > 0; i++) {
    const [start, end] = bodies[int(random, bodies.length)];
    copy.fill(0, start, end);
  }
  return copy;
}

/** Rewrites entries of the classic xref table (`0000012345 00000 n`) with wrong offsets or kinds. */
function breakXref(data: Buffer, random: Random): Buffer {
  const text = data.toString('latin1');
  const entries = [...text.matchAll(/(\d{10}) (\d{5}) ([nf])(\r\n| \n| \r)/g)];
  if (entries.length === 0) return zeroStreams(data, random, 1); // xref streams only: damage one stream instead
  const copy = Buffer.from(data);
  for (let i = 0; i < 1 + int(random, 4); i++) {
    const entry = entries[int(random, entries.length)];
    const at = entry.index ?? 0;
    const variant = int(random, 3);
    const replacement =
      variant === 0 ? String(int(random, data.length)).padStart(10, '0') + ` ${entry[2]} ${entry[3]}` : variant === 1 ? `${entry[1]} ${entry[2]} ${entry[3] === 'n' ? 'f' : 'n'}` : '9999999999 65535 x';
    copy.write(replacement, at, 'latin1');
  }
  return copy;
}

function flipBytes(data: Buffer, random: Random): Buffer {
  const copy = Buffer.from(data);
  for (let i = 0; i < 1 + int(random, 64); i++) copy[int(random, copy.length)] = int(random, 256);
  return copy;
}

function deleteRange(data: Buffer, random: Random): Buffer {
  const start = int(random, data.length);
  const length = 1 + int(random, Math.max(1, Math.floor(data.length / 20)));
  return Buffer.concat([data.subarray(0, start), data.subarray(start + length)]);
}

function duplicateRange(data: Buffer, random: Random): Buffer {
  const start = int(random, data.length);
  const length = 1 + int(random, 4096);
  return Buffer.concat([data.subarray(0, start + length), data.subarray(start, start + length), data.subarray(start + length)]);
}

function randomBytes(random: Random, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = int(random, 256);
  return bytes;
}

export const PDF_DAMAGE: Record<string, (data: Buffer, random: Random) => Buffer> = {
  'zeroed-stream': (d, r) => zeroStreams(d, r, 1),
  'zeroed-streams': (d, r) => zeroStreams(d, r, 2 + int(r, 8)),
  'broken-xref': breakXref,
  truncated: (d, r) => d.subarray(0, int(r, d.length)),
  'flipped-bytes': flipBytes,
  'deleted-range': deleteRange,
  'duplicated-range': duplicateRange,
  'junk-prefix': (d, r) => Buffer.concat([randomBytes(r, 1 + int(r, 1500)), d]),
  'no-trailer': (d) => d.subarray(0, Math.max(0, d.lastIndexOf('startxref', undefined, 'latin1'))),
  'header-only': (d) => d.subarray(0, 16),
};

/** Text lines as the fuzz sees them: any line ending. */
const lines = (text: string) => text.split(/\r\n|\r|\n/);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

function numericRows(random: Random, count: number): string {
  const rows: string[] = new Array(count);
  for (let i = 0; i < count; i++) rows[i] = `${2010000 + int(random, 99999)}\t项目${i}\t${(int(random, 9999999) / 100).toFixed(2)}\t${(int(random, 999999) / 100).toFixed(2)}`;
  return rows.join('\n');
}

export const TEXT_DAMAGE: Record<string, (text: string, random: Random) => Buffer> = {
  'utf16le-bom': (t) => utf16(t, 'le', true),
  'utf16le-nobom': (t) => utf16(t, 'le', false),
  'utf16be-bom': (t) => utf16(t, 'be', true),
  'utf16be-nobom': (t) => utf16(t, 'be', false),
  'cr-only': (t) => Buffer.from(lines(t).join('\r')),
  crlf: (t) => Buffer.from(lines(t).join('\r\n')),
  truncated: (t, r) => Buffer.from(t).subarray(0, int(r, Buffer.byteLength(t))),
  'nul-bytes': (t, r) => {
    const data = Buffer.from(t);
    for (let i = 0; i < 1 + int(r, 8); i++) data[int(r, data.length)] = 0;
    return data;
  },
  'invalid-utf8': (t, r) => {
    const data = Buffer.from(t);
    for (let i = 0; i < 1 + int(r, 8); i++) data[int(r, data.length)] = 0xff;
    return data;
  },
  'random-chunk': (t, r) => {
    const data = Buffer.from(t);
    const at = int(r, data.length);
    return Buffer.concat([data.subarray(0, at), randomBytes(r, 1 + int(r, 2048)), data.subarray(at)]);
  },
  'deleted-lines': (t, r) => Buffer.from(lines(t).filter(() => r() > 0.2).join('\n')),
  'shuffled-lines': (t, r) => {
    const all = lines(t);
    for (let i = all.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [all[i], all[j]] = [all[j], all[i]];
    }
    return Buffer.from(all.join('\n'));
  },
  'long-line': (t, r) => Buffer.from(t + '\n' + '1'.repeat(1_000_000 + int(r, 1000)) + '\n'),
  'many-rows': (t, r) => {
    const all = lines(t);
    const at = int(r, all.length);
    return Buffer.from([...all.slice(0, at), numericRows(r, 20_000 + int(r, 20_000)), ...all.slice(at)].join('\n'));
  },
};

/** Too slow to make many of (tens of seconds each): one per run, only in full runs. */
export const HUGE_TEXT = (text: string, random: Random) => {
  const all = lines(text);
  return Buffer.from([...all.slice(0, 200), numericRows(random, 200_000), ...all.slice(200)].join('\n'));
};
