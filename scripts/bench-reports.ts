/**
 * `node dist/scripts/bench-reports.js --save=DIR` / `--compare=DIR [--cli=PATH]` — the proof that a
 * speed change left the output alone: the full JSON report (`check --format json`, one invocation
 * per folder, so the cross-filing rules see the same sets) of every fixture folder and of
 * ../shared, saved byte for byte with the exit code, then compared byte for byte with a saved run.
 *
 * Typical use: `--save=/tmp/before` on the build before the change, `--compare=/tmp/before` on the
 * build after it (or `--cli=` to run another checkout's bin/budgetlint.js). Paths in the reports
 * are relative to the package root, so two checkouts give comparable reports when both are run
 * from their own root. Exit status 1 when anything differs. No timing here: `npm run bench` measures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/refdata/index.js';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const CLI = option('cli') ?? join(PACKAGE_ROOT, 'bin', 'budgetlint.js');

/** ../shared next to the checkout (a worktree elsewhere passes `--shared=/work/shared`). */
const SHARED = option('shared') ?? '../shared';

/** Every folder of inputs the project has (the shared ones when they are there). */
const FOLDERS = [
  'fixtures/seeds',
  'fixtures/pdfs',
  'fixtures/realdocs',
  'fixtures/finaldocs',
  'fixtures/not-budget',
  'fixtures/narrative-only',
  'fixtures/bad-text',
  'fixtures/encodings',
  ...['seeds', 'pdfs', 'realdocs', 'finaldocs'].map((f) => join(SHARED, f)),
].filter((f) => existsSync(resolve(PACKAGE_ROOT, f)));

function report(folder: string): Buffer {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-color', folder], {
    cwd: PACKAGE_ROOT,
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return Buffer.concat([Buffer.from(`exit ${r.status}\n`), r.stdout]);
}

const fileName = (folder: string) => folder.replace(/^[./]+/, '').replace(/\//g, '_') + '.json';

const save = option('save');
const compare = option('compare');
if (!save && !compare) {
  console.error('usage: bench-reports --save=DIR | --compare=DIR [--cli=PATH]');
  process.exit(2);
}
let differ = 0;
if (save) mkdirSync(save, { recursive: true });
for (const folder of FOLDERS) {
  const start = performance.now();
  const out = report(folder);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (save) {
    writeFileSync(join(save, fileName(folder)), out);
    console.log(`${folder}: ${out.length} bytes saved (${seconds} s)`);
  } else {
    const before = readFileSync(join(compare!, fileName(folder)));
    const same = before.equals(out);
    if (!same) differ++;
    console.log(`${folder}: ${same ? 'identical' : 'DIFFERENT'} (${before.length} → ${out.length} bytes, ${seconds} s)`);
  }
}
if (compare) console.log(differ === 0 ? `all ${FOLDERS.length} reports byte-identical` : `${differ} of ${FOLDERS.length} reports differ`);
process.exitCode = differ === 0 ? 0 : 1;
