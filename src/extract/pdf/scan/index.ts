import { scanContent, type RulingOps } from './content.js';
import { PdfFile } from './file.js';
import { isDict, PdfName, PdfRef, PdfStream, Unreadable, type PdfDict, type PdfValue } from './syntax.js';

export type { RulingOps } from './content.js';

/**
 * The ruling scan of one document: the page tree read once, then each page's content streams on
 * request. `null` from either means "read this with pdf.js's operator list"; the reason is kept
 * for the caller's statistics.
 */
export class RulingScan {
  private constructor(
    private readonly file: PdfFile | null,
    private readonly pages: PdfRef[],
    /** Why no page can be scanned (the file's structure is beyond the scan, or not asked for). */
    private readonly unavailable: string,
  ) {}

  static open(data: Uint8Array): RulingScan {
    try {
      const file = new PdfFile(data);
      const root = file.get(file.trailer, 'Root');
      if (!isDict(root)) throw new Unreadable('no catalog');
      const pages: PdfRef[] = [];
      collectPages(file, root.get('Pages'), pages, new Set(), 0);
      return new RulingScan(file, pages, '');
    } catch (err) {
      return RulingScan.none(reasonOf(err));
    }
  }

  /** A scan that reads no page: pdf.js's operator list is used throughout. */
  static none(reason: string): RulingScan {
    return new RulingScan(null, [], reason);
  }

  /**
   * The page's ruling operators, or the reason the scan cannot give them. `ref` is pdf.js's
   * reference for the page: a page tree pdf.js reads differently (repaired) is not scanned.
   */
  page(pageNumber: number, ref: { num: number; gen: number } | null | undefined): { ops: RulingOps } | { ops: null; reason: string } {
    if (!this.file) return { ops: null, reason: this.unavailable };
    try {
      const own = this.pages[pageNumber - 1];
      if (!own || !ref || own.num !== ref.num || own.gen !== ref.gen) throw new Unreadable('page tree read differently by pdf.js');
      const { file } = this;
      const dict = file.fetch(own);
      if (!isDict(dict)) throw new Unreadable('page is not a dictionary');
      return { ops: scanContent(file, this.contents(file, dict), this.resources(file, dict)) };
    } catch (err) {
      return { ops: null, reason: reasonOf(err) };
    }
  }

  /** /Contents: one stream or an array of them, concatenated without separators (as pdf.js does). */
  private contents(file: PdfFile, page: PdfDict): Uint8Array {
    const value = file.get(page, 'Contents');
    const parts = Array.isArray(value) ? value.map((v) => file.resolve(v)) : [value];
    const streams = parts.filter((p): p is PdfStream => p instanceof PdfStream);
    if (streams.length !== parts.length && value !== undefined) throw new Unreadable('contents are not streams');
    const decoded = streams.map((s) => file.decode(s));
    return decoded.length === 1 ? decoded[0] : Buffer.concat(decoded);
  }

  /** /Resources, inherited: every one up the /Parent chain, the nearest first for each key (as pdf.js). */
  private resources(file: PdfFile, page: PdfDict): PdfDict {
    const found: PdfValue[] = [];
    const visited = new Set<PdfDict>();
    for (let node: PdfValue | undefined = page; isDict(node) && !visited.has(node); node = file.get(node, 'Parent')) {
      visited.add(node);
      const value = file.get(node, 'Resources');
      if (value !== undefined) found.push(value);
    }
    if (found.length === 0) return new Map();
    if (found.length === 1 || !isDict(found[0])) return isDict(found[0]) ? found[0] : new Map();
    const merged: PdfDict = new Map();
    for (const dict of found) {
      if (!isDict(dict)) continue;
      for (const [key, value] of dict) if (!merged.has(key)) merged.set(key, value);
    }
    return merged;
  }
}

const MAX_TREE_DEPTH = 64;

function collectPages(file: PdfFile, node: PdfValue | undefined, out: PdfRef[], seen: Set<number>, depth: number): void {
  if (!(node instanceof PdfRef) || seen.has(node.num) || depth > MAX_TREE_DEPTH) throw new Unreadable('bad page tree');
  seen.add(node.num);
  const dict = file.fetch(node);
  if (!isDict(dict)) throw new Unreadable('page tree node is not a dictionary');
  const type = file.get(dict, 'Type');
  const kind = type instanceof PdfName ? type.name : '';
  if (kind === 'Page') {
    out.push(node);
    return;
  }
  const kids = file.get(dict, 'Kids');
  if (kind !== 'Pages' || !Array.isArray(kids)) throw new Unreadable('bad page tree node');
  for (const kid of kids) collectPages(file, kid, out, seen, depth + 1);
}

function reasonOf(err: unknown): string {
  if (err instanceof Unreadable) return err.message;
  // A bug of ours must not pass for a damaged file, but must not cost the page either: the
  // operator list reads it, and the reason says what happened.
  return `scan error: ${err instanceof Error ? err.message : String(err)}`;
}
