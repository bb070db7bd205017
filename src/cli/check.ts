import { appendFileSync, closeSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { crossFilingRules, rules } from '../../rules/index.js';
import { withCrossFiling } from '../crossfile/results.js';
import { crossFilingJson, crossFilingStylish } from '../report/crossfile.js';
import { BaselineFilter, buildBaseline, readBaseline } from '../batch/baseline.js';
import type { FileResult } from '../batch/check-file.js';
import { discoverFiles } from '../batch/discover.js';
import { checkFiles } from '../batch/pool.js';
import { progressBar } from '../batch/progress.js';
import { resumeFrom } from '../batch/resume.js';
import { inShard, parseShard } from '../batch/shard.js';
import type { Lang, Rule } from '../engine/rule.js';
import { jsonReport, type ToolInfo } from '../report/json.js';
import { githubAnnotations, githubStepSummary } from '../report/github.js';
import { junitReport } from '../report/junit.js';
import { fileRecord, ndjsonLine, summaryRecord } from '../report/ndjson.js';
import { sarifReport } from '../report/sarif.js';
import { stylishReport } from '../report/stylish.js';
import { htmlReport } from '../report/html/index.js';
import { loadSources } from '../report/html/sources.js';
import { checklistCsv, checklistXlsx } from '../report/checklist/index.js';
import { colourFor } from '../report/colour.js';
import { terminalWidth, wrapLines } from '../report/wrap.js';
import { FAMILIES, isDisabled } from '../engine/families.js';
import { resolveRule } from './rule-ref.js';
import { stripVTControlCharacters } from 'node:util';
import { exitCodeOf, summarize } from '../report/summary.js';
import { reportSink, writeFileAtomic } from './output-file.js';
import type { Io } from './main.js';
import { applySeverities, disabledRules, findConfig, loadConfig } from './config.js';

export interface CheckOptions {
  format: 'stylish' | 'json' | 'sarif' | 'junit' | 'ndjson' | 'github' | 'html' | 'checklist';
  lang: Lang;
  quiet: boolean;
  /** Print infos instead of counting them (stylish). */
  verbose: boolean;
  /** --color / --no-color; undefined: decided by NO_COLOR, FORCE_COLOR and the terminal. */
  color?: boolean;
  disable: string[];
  ignore: string[];
  jobs: number;
  timeout?: number;
  progress: boolean;
  outputFile?: string;
  resume: boolean;
  shard?: string;
  config?: string;
  baseline?: string;
  updateBaseline: boolean;
  maxWarnings?: number;
  base?: string;
  /** Filings checked for the cross-filing rules only (e.g. last year's), not reported. */
  reference: string[];
}

/** `budgetlint check`: inputs → files → results (streamed for ndjson) → one report → exit code. */
export async function runCheck(paths: string[], options: CheckOptions, io: Io, tool: ToolInfo): Promise<number> {
  if (options.resume && (options.format !== 'ndjson' || !options.outputFile)) {
    throw new InvalidArgumentError('--resume needs --format ndjson and --output-file (the file whose records are resumed)');
  }
  if (options.updateBaseline && !options.baseline) throw new InvalidArgumentError('--update-baseline needs --baseline FILE');
  if (options.updateBaseline && options.format === 'ndjson') throw new InvalidArgumentError('--update-baseline writes the baseline at the end of a run: use a report format, not ndjson');
  const config = await loadConfig(options.config ?? findConfig(process.cwd()), rules);
  const shard = options.shard ? parseShard(options.shard) : undefined;
  const ignore = [{ patterns: options.ignore, base: process.cwd() }, ...(config.path ? [{ patterns: config.ignore, base: dirname(config.path) }] : [])];
  const discovered = await discoverFiles(paths, { ignore, readStdin: io.stdin });
  const files = shard ? discovered.filter((f) => inShard(f.path, shard)) : discovered;
  if (discovered.length === 0) throw new Error(options.lang === 'zh' ? `${paths.join('、')} 中没有 .pdf 或 .txt 文件` : `no .pdf or .txt files in ${paths.join(', ')}`);

  const reported = new Set(files.map((f) => f.path));
  const references = (await discoverFiles(options.reference ?? [], { readStdin: io.stdin })).filter((f) => !reported.has(f.path) && !f.failure);
  const referencePaths = new Set(references.map((f) => f.path));
  const previous = options.resume && options.outputFile ? await resumeFrom(options.outputFile, files.map((f) => f.path)) : undefined;
  const done = new Set(previous?.kept.map((r) => r.path));
  const todo = files.filter((f) => !done.has(f.path));
  if (previous) io.stderr(`budgetlint: resuming: ${previous.kept.length} files already recorded, ${todo.length} to check`);

  // A family name switches off its rules; a rule id or code must exist (a typo is a usage error).
  const known = [...rules, ...(crossFilingRules as unknown as Rule[])];
  const disabledRefs = options.disable.map((ref) => (FAMILIES.some((f) => f.name === ref) ? ref : resolveRule(ref, known).meta.id));
  const disabled = new Set(rules.filter((r) => isDisabled(r, disabledRefs)).map((r) => r.meta.id).concat(disabledRules(config, rules)));
  const base = resolve(options.base ?? process.cwd());
  const baseline = options.baseline && !options.updateBaseline ? new BaselineFilter(await readBaseline(options.baseline), base) : undefined;
  // Config severities and the baseline apply as each file finishes, so streamed lines are final.
  const settle = (r: FileResult) => {
    const configured = { ...r, findings: applySeverities(r.findings, config, rules) };
    return baseline ? baseline.apply(configured) : configured;
  };
  const stream = options.format === 'ndjson' ? ndjsonStream(io, options.outputFile, previous?.kept.map((r) => ndjsonLine(r)) ?? []) : undefined;
  const bar = progressBar(todo.length, options.progress ? io.stderr : undefined);
  const fresh: FileResult[] = await checkFiles([...todo, ...references], {
    lang: options.lang,
    disabled: [...disabled],
    jobs: options.jobs,
    timeoutSeconds: options.timeout,
    onResult: (result) => {
      if (referencePaths.has(result.path)) return;
      if (stream) stream.write(ndjsonLine(fileRecord(shown(settle(result), options.quiet))));
      bar.tick(result);
    },
    onStray: (message) => io.stderr(`budgetlint: ${message}`),
  });
  bar.done();

  // Cross-filing findings join each file's own (not in streamed NDJSON lines: `budgetlint crosscheck`
  // reads the saved lines' figures). Kept records of a resumed run were settled when they were written.
  const { results: crossed, cross } = stream
    ? { results: fresh.filter((r) => !referencePaths.has(r.path)), cross: undefined }
    : withCrossFiling(fresh, referencePaths, crossFilingRules, { lang: options.lang, disabled: disabledRefs });
  const showCross = cross !== undefined && cross.grouping.filings.length > 1;
  let results = [...(previous?.kept ?? []), ...crossed.map(settle)];
  if (options.updateBaseline && options.baseline) results = await updateBaseline(results, options.baseline, base, io);
  if (baseline) reportBaseline(baseline, options.baseline ?? '', io);
  const visible = results.map((r) => shown(r, options.quiet));
  // --quiet: errors only, and the summary counts errors only (as ESLint); --max-warnings counts them all.
  const summary = summarize(visible);
  const warnings = options.quiet ? summarize(results).warnings : summary.warnings;
  if (stream) {
    stream.write(ndjsonLine(summaryRecord(tool, visible)));
    stream.close();
  } else {
    const formatters = {
      stylish: () => {
        // A file gets no escapes unless --color asks for them.
        const chalk = colourFor(options.outputFile ? options.color === true : options.color);
        // The cross-filing section colours with chalk's defaults: its escapes go when colour is off.
        const width = terminalWidth(process.stdout.isTTY && !options.outputFile ? process.stdout.columns : undefined);
        const crossText = showCross && cross ? wrapLines(crossFilingStylish(cross, options.lang), width) + '\n' : '';
        return (
          (chalk.level === 0 ? stripVTControlCharacters(crossText) : crossText) +
          stylishReport(visible, summary, {
            lang: options.lang,
            width,
            verbose: options.verbose,
            quiet: options.quiet,
            chalk,
          })
        );
      },
      json: () => jsonReport(tool, summary, visible, showCross && cross ? { crossFiling: crossFilingJson(cross, options.lang) } : undefined),
      // SARIF reads only the rules' metadata, which cross-filing rules share.
      sarif: () => sarifReport(tool, [...rules, ...(crossFilingRules as unknown as Rule[])], visible, base),
      junit: () => junitReport(visible, [...rules, ...(crossFilingRules as unknown as Rule[])], (r) => disabled.has(r.meta.id)),
      github: () => githubReport(visible, summary, base),
      html: async () => htmlReport(visible, summary, { lang: options.lang, tool, sources: await loadSources(visible) }),
      // The 公开情况检查表: .xlsx when the output file says so, else CSV.
      checklist: async () => (options.outputFile?.toLowerCase().endsWith('.xlsx') ? checklistXlsx(visible) : checklistCsv(visible)),
    };
    reportSink(options.outputFile, io.stdout)(await formatters[options.format as keyof typeof formatters]());
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`budgetlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  const code = exitCodeOf(summary);
  return code === 0 && tooManyWarnings ? 1 : code;
}

/** --update-baseline: record the current findings (keeping other shards' entries); they are accepted from now on. */
async function updateBaseline(results: FileResult[], file: string, base: string, io: Io): Promise<FileResult[]> {
  writeFileAtomic(file, buildBaseline(results, base, await readBaseline(file)));
  io.stderr(`budgetlint: baseline ${file} updated`);
  const filter = new BaselineFilter(await readBaseline(file), base);
  return results.map((r) => filter.apply(r));
}

function reportBaseline(baseline: BaselineFilter, file: string, io: Io): void {
  if (baseline.suppressed > 0) io.stderr(`budgetlint: ${baseline.suppressed} findings accepted by the baseline ${file}`);
  const stale = baseline.stale();
  if (stale.length === 0) return;
  io.stderr(`budgetlint: ${stale.length} baseline entries no longer match (fixed, or the finding changed); --update-baseline removes them:`);
  for (const e of stale) io.stderr(`  ${e.path}  ${e.ruleId}  ${e.where ?? ''}  (${e.fingerprint})`);
}

/** Annotations on stdout; the markdown summary appended to the job summary when Actions provides one. */
function githubReport(results: FileResult[], summary: ReturnType<typeof summarize>, base: string): string {
  const stepSummary = process.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) appendFileSync(stepSummary, githubStepSummary(results, summary, base));
  return githubAnnotations(results, base);
}

function shown(result: FileResult, quiet: boolean): FileResult {
  return quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
}

/**
 * NDJSON goes out line by line as files finish: to stdout, or appended to the output file (after the
 * kept lines of a resumed run have been written back atomically). One write per line, so a killed
 * run leaves whole lines and at most one torn last line, which `--resume` drops.
 */
function ndjsonStream(io: Io, outputFile: string | undefined, kept: string[]): { write: (line: string) => void; close: () => void } {
  if (!outputFile) return { write: (line) => io.stdout(line.trimEnd()), close: () => undefined };
  writeFileAtomic(outputFile, kept.join(''));
  const fd = openSync(outputFile, 'a');
  return { write: (line) => writeSync(fd, line), close: () => closeSync(fd) };
}
