import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossFilingRules, rules } from '../../rules/index.js';
import { defaultJobs } from '../batch/pool.js';
import type { Lang } from '../engine/rule.js';
import { PACKAGE_ROOT } from '../refdata/index.js';
import type { CrosscheckOptions } from './crosscheck.js';
import { runCheck, type CheckOptions } from './check.js';
import { CONFIG_FILE } from './config.js';
import { rulesByFamily } from '../engine/families.js';

const VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;


export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of stdin, for the `-` input (a list of paths). */
  stdin?: () => Promise<string>;
}

const defaultIo: Io = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
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
    .argument('<paths...>', "files, folders (searched recursively), quoted globs ('**/*.pdf'), or - for a list of paths on stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'ndjson', 'github', 'html', 'checklist']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']).default('zh'))
    .option('-q, --quiet', 'show and count errors only', false)
    .option('--verbose', 'print infos (rounding residues, unchecked claims) instead of counting them', false)
    .option('--color', 'colour the terminal report even when not on a terminal')
    .option('--no-color', 'no colour (as NO_COLOR=1)')
    .option('--disable <rule>', 'skip a rule (id or code) or a family (tables, cross-table, completeness, narrative-numbers, wording, final-accounts, cross-filing); repeatable', collect, [])
    .option('--ignore <pattern>', 'leave out matching paths (glob; without / it matches the file name); repeatable', collect, [])
    .option('-j, --jobs <n>', 'files checked in parallel (worker threads; default: what this machine can keep busy)', positiveInt, defaultJobs())
    .option('--timeout <seconds>', "give up a file after this long (counts the file's own work, not worker start-up)", positiveInt)
    .option('--progress', 'print one line per finished file on stderr (a bar is shown anyway when stderr is a terminal)', false)
    .option('-o, --output-file <path>', 'write the report to this file (atomically: temp file + rename; ndjson: line by line) instead of stdout')
    .option('--resume', 'with --format ndjson --output-file: keep the records of files already checked (same path and content) and check the rest', false)
    .option('--shard <i/n>', 'check only part i of n (stable split by path: n machines, no coordination)')
    .option('-c, --config <file>', `config file (default: the nearest ${CONFIG_FILE} from the working directory up)`)
    .option('--baseline <file>', 'hide the findings recorded in this baseline file; list its entries that no longer match')
    .option('--update-baseline', 'write the current findings (errors and warnings) to the --baseline file first', false)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
    .option('--reference <path>', 'filings (or folders) used for the cross-filing checks but not reported on; repeatable', collect, [])
    .option('--base <folder>', 'folder that SARIF URIs and baseline paths are relative to (default: the working directory)')
    .action(async (paths: string[], options: CheckOptions) => {
      exitCode = await runCheck(paths, options, { ...io, stdin: io.stdin ?? defaultIo.stdin }, { name: 'budgetlint', version: VERSION });
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
    .action(async (paths: string[], options: CrosscheckOptions) => {
      // Loaded when used: it reads saved results with their schemas (zod), which a check never needs.
      const { crosscheckCommand } = await import('./crosscheck.js');
      exitCode = await crosscheckCommand(paths, options, { io, tool: { name: 'budgetlint', version: VERSION } });
    });

  program
    .command('parse')
    .description('print the canonical budget model of one file as JSON')
    .argument('<file>')
    .action(async (file: string) => {
      // The parser is loaded when used: a check parses in its worker threads, not here.
      const { describeFailure, parseFile } = await import('../batch/check-file.js');
      try {
        io.stdout(JSON.stringify(await parseFile(file), null, 2));
      } catch (err) {
        const failure = describeFailure(err);
        io.stderr(`budgetlint: ${file}: [${failure.code}] ${failure.message}`);
        exitCode = 2;
      }
    });

  program
    .command('text')
    .description('print the text a file is read as: for a PDF one line per text block or table row — the line numbers findings, SARIF and annotations give')
    .argument('<file>')
    .action(async (file: string) => {
      const { describeFailure, extractedText } = await import('../batch/check-file.js');
      try {
        io.stdout(await extractedText(file));
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

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
