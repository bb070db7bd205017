import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { z } from 'zod';
import type { Finding } from '../model/finding.js';
import type { FileResult } from './check-file.js';

/**
 * A finding's identity across runs: the rule, the file (relative to the base folder, with `/`), where
 * in the document (table, row, column, the quoted sentence) and the two figures compared. Not the
 * message text (reworded messages must not invalidate a baseline) and not the line or page (an
 * edit above it must not either). Used by the baseline and by SARIF's partialFingerprints.
 */
export function fingerprint(finding: Finding, path: string, base: string): string {
  const l = finding.location;
  const identity = [finding.ruleId, portable(path, base), l.table ?? '', l.row ?? '', l.column ?? '', l.excerpt ?? '', finding.expected ?? '', finding.actual ?? ''];
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
}

export const portable = (path: string, base: string) => relative(base, path).split(sep).join('/');

/** The schema (zod) is loaded only when a baseline file is read. */
export type BaselineEntry = z.infer<typeof import('./baseline.schema.js').EntrySchema>;

/** Accepted findings are the baseline's business; infos never fail a run, so they are not recorded. */
const recordable = (f: Finding) => f.severity !== 'info';

export async function readBaseline(path: string): Promise<BaselineEntry[]> {
  if (!existsSync(path)) return [];
  const { BaselineSchema } = await import('./baseline.schema.js');
  const parsed = BaselineSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.findings;
}

const where = (f: Finding) => [f.location.table, f.location.row, f.location.column].filter(Boolean).join(' · ');

/** The baseline of these results, merged with the entries of files this run did not check (other shards). */
export function buildBaseline(results: FileResult[], base: string, previous: BaselineEntry[]): string {
  const checked = new Set(results.map((r) => portable(r.path, base)));
  const entries = new Map<string, BaselineEntry>();
  for (const e of previous) if (!checked.has(e.path)) entries.set(e.fingerprint, e);
  for (const r of results) {
    for (const f of r.findings.filter(recordable)) {
      const fp = fingerprint(f, r.path, base);
      const entry = entries.get(fp);
      if (entry) entry.count++;
      else entries.set(fp, { fingerprint: fp, ruleId: f.ruleId, path: portable(r.path, base), count: 1, where: where(f) });
    }
  }
  const sorted = [...entries.values()].sort((a, b) => (a.path + a.ruleId + a.fingerprint < b.path + b.ruleId + b.fingerprint ? -1 : 1));
  return JSON.stringify({ version: 1, findings: sorted }, null, 2) + '\n';
}

/**
 * Hides the findings the baseline accepts, as many of each fingerprint as it records, file by file
 * (so streamed output can be filtered as files finish), then tells which entries were never used.
 */
export class BaselineFilter {
  private readonly remaining: Map<string, number>;
  private readonly checked = new Set<string>();
  suppressed = 0;

  constructor(
    private readonly entries: BaselineEntry[],
    private readonly base: string,
  ) {
    this.remaining = new Map(entries.map((e) => [e.fingerprint, e.count]));
  }

  apply(result: FileResult): FileResult {
    this.checked.add(portable(result.path, this.base));
    const findings = result.findings.filter((f) => {
      if (!recordable(f)) return true;
      const fp = fingerprint(f, result.path, this.base);
      const left = this.remaining.get(fp) ?? 0;
      if (left === 0) return true;
      this.remaining.set(fp, left - 1);
      this.suppressed++;
      return false;
    });
    return findings.length === result.findings.length ? result : { ...result, findings };
  }

  /** Entries for files of this run that matched nothing any more (fixed, or changed). */
  stale(): BaselineEntry[] {
    return this.entries.filter((e) => this.checked.has(e.path) && (this.remaining.get(e.fingerprint) ?? 0) > 0);
  }
}
