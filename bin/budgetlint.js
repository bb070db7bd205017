#!/usr/bin/env node
// First: V8's compiler settings for the whole process (see src/cli/v8-flags.ts).
import '../dist/src/cli/v8-flags.js';
import { main } from '../dist/src/cli/main.js';

// `budgetlint rules | head`: the reader went away; the rest of the output has nowhere to go.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});

process.exitCode = await main(process.argv.slice(2));
