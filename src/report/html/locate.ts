import type { Box, Place } from '../../model/finding.js';
import { quoteOf } from '../words.js';

/** A run of text on a page, in PDF points from the top-left corner (the extractor's space). */
export interface PageText extends Box {
  text: string;
}

/** Where a place lies on its page: the cell's box from the extractor, else its text found on the page. */
export interface Highlight {
  box: Box;
  /** `cell`: the extractor's cell box; `text`: the quoted text (or row label) found among the page's runs. */
  kind: 'cell' | 'text';
}

/*
 * squash, runsSpelling, lineBoxes and locateText run in Node (pages drawn there) and, as their own
 * source text, in the report's page (pages the browser draws: viewer.ts), so that a sentence is
 * found by the same code in both. They use nothing but each other and the language.
 */

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The runs that spell `needle` (whitespace ignored), or [] when the page does not print it. */
export function runsSpelling(needle: string, text: PageText[]): PageText[] {
  const offsets: number[] = [];
  let joined = '';
  for (const run of text) {
    offsets.push(joined.length);
    joined += squash(run.text);
  }
  const at = joined.indexOf(needle);
  if (at < 0 || needle === '') return [];
  const end = at + needle.length;
  return text.filter((run, i) => offsets[i] < end && offsets[i] + squash(run.text).length > at);
}

/** One box per printed line of the runs (a sentence may wrap over several lines). */
export function lineBoxes(runs: PageText[]): Box[] {
  const lines: PageText[][] = [];
  for (const run of runs) {
    const line = lines.find((l) => Math.abs(l[0].y + l[0].h / 2 - (run.y + run.h / 2)) < run.h / 2);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines.map((l) => {
    const x0 = Math.min(...l.map((r) => r.x));
    const y0 = Math.min(...l.map((r) => r.y));
    return { x: x0, y: y0, w: Math.max(...l.map((r) => r.x + r.w)) - x0, h: Math.max(...l.map((r) => r.y + r.h)) - y0 };
  });
}

/**
 * The boxes of `wanted` (squashed) among a page's runs. When the whole of it is not found (a run
 * split oddly, a character normalised differently), its first and last 12 characters are tried, so
 * a box is drawn only over text that really is the quote.
 */
export function locateText(wanted: string, text: PageText[]): Box[] {
  if (!wanted) return [];
  let runs = runsSpelling(wanted, text);
  if (runs.length === 0 && wanted.length > 24) {
    const head = runsSpelling(wanted.slice(0, 12), text);
    const tail = runsSpelling(wanted.slice(-12), text);
    if (head.length && tail.length) {
      const from = text.indexOf(head[0]);
      const to = text.indexOf(tail[tail.length - 1]);
      if (to >= from) runs = text.slice(from, to + 1);
    }
  }
  return lineBoxes(runs);
}

/** The functions above, for the page's script. */
export const LOCATE_FUNCTIONS = [squash, runsSpelling, lineBoxes, locateText];

/** What a place's highlight looks for on its page when it has no box: its quote, else its row label. */
export function wantedText(place: Place): string {
  return squash(quoteOf(place) ?? place.row ?? '');
}

/** Boxes to draw for a place on a page whose text runs are known (pages drawn in Node). */
export function highlightsOf(place: Place, text: PageText[]): Highlight[] {
  if (place.box) return [{ box: place.box, kind: 'cell' }];
  return locateText(wantedText(place), text).map((box) => ({ box, kind: 'text' }));
}
