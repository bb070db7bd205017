import { crossFilingRules } from '../../rules/index.js';
import type { FileResult } from '../batch/check-file.js';
import { crossCheckByGroup, type LazyFiling } from '../crossfile/index.js';
import { readSavedResults, type SavedResult } from '../crossfile/saved.js';
import type { Lang } from '../engine/rule.js';
import { crossFilingJson, crossFilingStylish } from '../report/crossfile.js';
import { jsonReport, type ToolInfo } from '../report/json.js';
import { stylishReport } from '../report/stylish.js';
import { exitCodeOf, summarize } from '../report/summary.js';
import type { Io } from './main.js';

export interface CrosscheckOptions {
  format: 'stylish' | 'json';
  lang: Lang;
  quiet: boolean;
  disable: string[];
  reference: string[];
}

/**
 * `budgetlint crosscheck results…`: the cross-filing rules over saved results, so a run split into
 * shards is cross-checked once its outputs are together. Records are taken in path order and a
 * path seen twice (overlapping shards) counts once, so the findings do not depend on how the run
 * was split. Only files with a cross-filing finding are listed; exit codes as `check`.
 */
export async function crosscheckCommand(paths: string[], options: CrosscheckOptions, ctx: { io: Io; tool: ToolInfo }): Promise<number> {
  const saved: SavedResult[] = [];
  const references = new Set<string>();
  try {
    for (const path of paths) saved.push(...(await readSavedResults(path)));
    for (const path of options.reference) {
      for (const r of await readSavedResults(path)) {
        if (!saved.some((s) => s.path === r.path)) references.add(r.path);
        saved.push(r);
      }
    }
  } catch (err) {
    ctx.io.stderr(`budgetlint crosscheck: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const byPath = new Map<string, SavedResult>();
  for (const r of saved) if (!byPath.has(r.path) || (!byPath.get(r.path)!.figures && r.figures)) byPath.set(r.path, r);
  // By path, not by the order of the saved files: shards given in any order report the same.
  const ordered = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const filings: LazyFiling[] = ordered.flatMap((r) => (r.figures && r.load ? [{ path: r.path, figures: r.figures, load: r.load, reference: references.has(r.path) }] : []));
  const skipped = ordered.filter((r) => r.skipped);
  for (const r of skipped) ctx.io.stderr(`budgetlint crosscheck: ${r.path}: skipped (${r.skipped})`);

  const cross = await crossCheckByGroup(filings, crossFilingRules, { lang: options.lang, disabled: options.disable });
  const results: FileResult[] = filings
    .filter((f) => !f.reference)
    .map((f) => ({ path: f.path, status: 'checked' as const, document: byPath.get(f.path)?.document, findings: cross.findings.get(f.path) ?? [] }))
    .map((r) => (options.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r));
  const summary = summarize(results);
  const withFindings = results.filter((r) => r.findings.length > 0 && r.document);
  ctx.io.stdout(
    options.format === 'json'
      ? jsonReport(ctx.tool, summary, results.filter((r) => r.findings.length > 0), { crossFiling: crossFilingJson(cross, options.lang) })
      : crossFilingStylish(cross, options.lang) + '\n' + stylishReport(withFindings, summary, { lang: options.lang, width: process.stdout.columns }),
  );
  return skipped.length > 0 && filings.length === 0 ? 2 : exitCodeOf(summary);
}
