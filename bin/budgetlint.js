#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// `budgetlint rules | head`: the reader went away; the rest of the output has nowhere to go.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});

process.exitCode = await main(process.argv.slice(2));
