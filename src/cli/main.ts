import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { crossFilingRules, rules } from '../../rules/index.js';
import { describeFailure, parseFile, type FileResult } from '../batch/check-file.js';
import { checkFiles } from '../batch/pool.js';
import { discoverFiles } from '../batch/discover.js';
import type { Lang, Rule } from '../engine/rule.js';
import { withCrossFiling } from '../crossfile/results.js';
import { crossFilingJson, crossFilingStylish } from '../report/crossfile.js';
import { crosscheckCommand } from './crosscheck.js';
import { PACKAGE_ROOT } from '../refdata/index.js';
import { FAMILIES, rulesByFamily } from '../engine/families.js';
import { jsonReport } from '../report/json.js';
import { junitReport } from '../report/junit.js';
import { sarifReport } from '../report/sarif.js';
import { stylishReport } from '../report/stylish.js';
import { htmlReport } from '../report/html/index.js';
import { loadSources } from '../report/html/sources.js';
import { checklistCsv, checklistXlsx } from '../report/checklist/index.js';
import { errorsOnly, exitCodeOf, summarize } from '../report/summary.js';
import { reportSink } from './output-file.js';
import { colourFor } from '../report/colour.js';
import { terminalWidth } from '../report/wrap.js';
import { resolveRule } from './rule-ref.js';

const VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;

interface CheckOptions {
  format: 'stylish' | 'json' | 'sarif' | 'junit' | 'html' | 'checklist';
  lang: Lang;
  quiet: boolean;
  verbose: boolean;
  /** --color / --no-color; undefined: decided by NO_COLOR, FORCE_COLOR and the terminal. */
  color?: boolean;
  disable: string[];
  jobs: number;
  timeout?: number;
  progress: boolean;
  outputFile?: string;
  reference: string[];
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
};

/** argv in, exit code out. Usage errors exit 2 (commander's own errors are mapped to 2 too). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('budgetlint')
    .description('检查部门预算公开文件的内部一致性 / checks Chinese budget disclosures for internal consistency')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check', { isDefault: true })
    .description('check disclosures (.pdf, .txt, or folders of them) and report findings')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'html', 'checklist']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh'))
    .option('-q, --quiet', 'show and count errors only', false)
    .option('--verbose', 'print infos (rounding residues, unchecked claims) instead of counting them', false)
    .option('--color', 'colour the terminal report even when not on a terminal')
    .option('--no-color', 'no colour (as NO_COLOR=1)')
    .option('--disable <rule>', 'skip a rule (id or code) or a family (tables, cross-table, completeness, narrative-numbers, wording, final-accounts, cross-filing); repeatable', collect, [])
    .option('-j, --jobs <n>', 'files checked in parallel (worker threads)', positiveInt, 1)
    .option('--timeout <seconds>', 'give up a file after this long (with --jobs > 1)', positiveInt)
    .option('--progress', 'print one line per finished file on stderr', false)
    .option('-o, --output-file <path>', 'write the report to this file (atomically: temp file + rename) instead of stdout')
    .option('--reference <path>', 'filings (or folders) used for the cross-filing checks but not reported on; repeatable', collect, [])
    .action(async (paths: string[], options: CheckOptions) => {
      // A family name stands for its rules; any other name must be a rule (id or code).
      const disabled = options.disable.map((ref) => (FAMILIES.some((f) => f.name === ref) ? ref : resolveRule(ref, [...rules, ...(crossFilingRules as unknown as Rule[])]).meta.id));
      const files = await discoverFiles(paths);
      if (files.length === 0) {
        throw new Error(options.lang === 'zh' ? `${paths.join('、')} 中没有 .pdf 或 .txt 文件` : `no .pdf or .txt files in ${paths.join(', ')}`);
      }
      // Reference filings (e.g. last year's folder) are checked for their figures only.
      const references = new Set((await discoverFiles(options.reference)).filter((f) => !files.includes(f)));
      const checked: FileResult[] = await checkFiles([...files, ...references], rules, {
        lang: options.lang,
        disabled,
        jobs: options.jobs,
        timeoutSeconds: options.timeout,
        onResult: options.progress ? (r, done, total) => io.stderr(`[${done}/${total}] ${r.status === 'failed' ? 'FAILED' : 'ok'} ${r.path}`) : undefined,
      });
      const { results, cross } = withCrossFiling(checked, references, crossFilingRules, { lang: options.lang, disabled });
      const showCross = cross.grouping.filings.length > 1;
      const tool = { name: 'budgetlint', version: VERSION };
      const shown = options.quiet ? errorsOnly(results) : results;
      const summary = summarize(shown);
      const formatters = {
        stylish: () => {
          // A file gets no escapes unless --color asks for them.
          const chalk = colourFor(options.outputFile ? options.color === true : options.color);
          // The cross-filing section colours with chalk's defaults: its escapes go when colour is off.
          const crossText = showCross ? crossFilingStylish(cross, options.lang) + '\n' : '';
          return (
            (chalk.level === 0 ? stripVTControlCharacters(crossText) : crossText) +
            stylishReport(shown, summary, {
              lang: options.lang,
              width: terminalWidth(process.stdout.isTTY && !options.outputFile ? process.stdout.columns : undefined),
              verbose: options.verbose,
              quiet: options.quiet,
              chalk,
            })
          );
        },
        json: () => jsonReport(tool, summary, shown, showCross ? { crossFiling: crossFilingJson(cross, options.lang) } : undefined),
        // SARIF reads only the rules' metadata, which cross-filing rules share.
        sarif: () => sarifReport(tool, [...rules, ...(crossFilingRules as unknown as Rule[])], shown),
        junit: () => junitReport(shown),
        html: async () => htmlReport(shown, summary, { lang: options.lang, tool, sources: await loadSources(shown) }),
        // The 公开情况检查表: .xlsx when the output file says so, else CSV.
        checklist: async () => (options.outputFile?.toLowerCase().endsWith('.xlsx') ? checklistXlsx(shown) : checklistCsv(shown)),
      };
      reportSink(options.outputFile, io.stdout)(await formatters[options.format]());
      exitCode = exitCodeOf(summary);
    });

  program
    .command('crosscheck')
    .description('run the cross-filing rules over saved results (the --format json or ndjson output of check; shards may be given together)')
    .argument('<results...>', 'saved result files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh'))
    .option('-q, --quiet', 'show errors only', false)
    .option('--disable <rule>', 'skip a rule (id or code); repeatable', collect, [])
    .option('--reference <path>', 'saved results used for the checks but not reported on; repeatable', collect, [])
    .action(async (paths: string[], options: Parameters<typeof crosscheckCommand>[1]) => {
      exitCode = await crosscheckCommand(paths, options, { io, tool: { name: 'budgetlint', version: VERSION } });
    });

  program
    .command('parse')
    .description('print the canonical budget model of one file as JSON')
    .argument('<file>')
    .action(async (file: string) => {
      try {
        io.stdout(JSON.stringify(await parseFile(file), null, 2));
      } catch (err) {
        const failure = describeFailure(err);
        io.stderr(`budgetlint: ${file}: [${failure.code}] ${failure.message}`);
        exitCode = 2;
      }
    });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('--lang <lang>').choices(['zh', 'en']).default('zh'))
    .action((options: { lang: Lang }) => {
      for (const group of rulesByFamily([...rules, ...crossFilingRules])) {
        io.stdout(`\n${group.family} (${group.rules.length})`);
        for (const rule of group.rules) {
          io.stdout(`  ${rule.meta.code}  ${rule.meta.id.padEnd(40)} ${rule.meta.severity.padEnd(8)} ${rule.meta.description[options.lang]}`);
        }
      }
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    io.stderr(`budgetlint: ${e.message ?? String(err)}`);
    return 2;
  }
  return exitCode;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
